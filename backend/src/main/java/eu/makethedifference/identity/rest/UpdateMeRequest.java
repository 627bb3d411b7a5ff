package eu.makethedifference.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateMeRequest")
public record UpdateMeRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String displayName,

        @NotNull
        @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter language code")
        @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 8, example = "de")
        String preferredLanguage) {}
