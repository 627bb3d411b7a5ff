package eu.makethedifference.organisations.rest;

import eu.makethedifference.organisations.service.RegionService.RegionData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionRequest", description = "The fields of a region a client may set")
public record RegionRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String name,

        @NotNull
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code")
        @Schema(required = true, pattern = "^[A-Z]{2}$", maxLength = 2)
        String countryCode,

        @NotNull
        @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter language code")
        @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 8)
        String defaultLanguage,

        @NotBlank @Size(max = 64) @Schema(required = true, maxLength = 64, example = "Europe/Berlin")
        String timeZone) {

    RegionData toData() {
        return new RegionData(name, countryCode, defaultLanguage, timeZone);
    }
}
