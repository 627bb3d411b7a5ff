package eu.makethedifference.identity.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserPage", description = "One page of user accounts")
public record UserPage(
        @Schema(required = true, maxItems = 100) List<User> items,

        @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
        long total,

        @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
        int page,

        @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
        int size) {}
