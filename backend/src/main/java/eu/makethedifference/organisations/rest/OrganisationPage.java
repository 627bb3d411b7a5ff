package eu.makethedifference.organisations.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationPage", description = "One page of organisations")
public record OrganisationPage(
        @Schema(required = true, maxItems = 100) List<Organisation> items,

        @Schema(
                required = true,
                description = "Number of matching items on all pages",
                minimum = "0",
                maximum = "9223372036854775807",
                format = "int64")
        long total,

        @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
        int page,

        @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
        int size) {}
