package eu.makethedifference.organisations.rest;

import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.OrganisationEntity;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "A member organisation of a region")
public record Organisation(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID regionId,

        @Schema(required = true, maxLength = 200, example = "Zavod Pot")
        String name,

        @Schema(required = true) HelpSystem helpSystem,
        @Schema(maxLength = 200) String street,
        @Schema(maxLength = 20) String postalCode,
        @Schema(maxLength = 100) String city,
        @Schema(maxLength = 254, format = "email") String contactEmail,
        @Schema(maxLength = 40) String contactPhone,
        @Schema(maxLength = 500, format = "uri") String website,

        @Schema(
                required = true,
                description = "Row version; also sent as the ETag",
                minimum = "0",
                maximum = "2147483647",
                format = "int32")
        int version,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static Organisation of(OrganisationEntity o) {
        return new Organisation(
                o.id,
                o.regionId,
                o.name,
                o.helpSystem,
                o.street,
                o.postalCode,
                o.city,
                o.contactEmail,
                o.contactPhone,
                o.website,
                o.version,
                o.createdAt,
                o.updatedAt);
    }
}
