package eu.makethedifference.organisations.rest;

import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.service.OrganisationService.OrganisationData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationRequest", description = "The fields of an organisation a client may set")
public record OrganisationRequest(
        @NotNull @Schema(required = true) UUID regionId,

        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "Zavod Pot")
        String name,

        @NotNull @Schema(required = true) HelpSystem helpSystem,
        @Size(max = 200) @Schema(maxLength = 200) String street,
        @Size(max = 20) @Schema(maxLength = 20) String postalCode,
        @Size(max = 100) @Schema(maxLength = 100) String city,

        @Email @Size(max = 254) @Schema(maxLength = 254, format = "email")
        String contactEmail,

        @Size(max = 40)
        @Pattern(regexp = "^[0-9+()./ -]*$", message = "may contain digits, spaces and + ( ) . / - only")
        @Schema(maxLength = 40, pattern = "^[0-9+()./ -]*$")
        String contactPhone,

        @Size(max = 500)
        @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http(s) address")
        @Schema(maxLength = 500, pattern = "^(https?://\\S+)?$")
        String website) {

    OrganisationData toData() {
        return new OrganisationData(
                regionId, name, helpSystem, street, postalCode, city, contactEmail, contactPhone, website);
    }
}
