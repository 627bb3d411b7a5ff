package eu.makethedifference.identity.rest;

import eu.makethedifference.common.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "UpdateUserRequest",
        description = "Changing role, regions or organisation, or disabling, ends the user's sessions")
public record UpdateUserRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String displayName,

        @NotNull
        @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter language code")
        @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 8)
        String preferredLanguage,

        @NotNull @Schema(required = true) Role role,
        @Size(max = 20) @Schema(maxItems = 20) Set<@NotNull UUID> regionIds,
        UUID organisationId,
        @NotNull @Schema(required = true) Boolean enabled) {}
