package eu.makethedifference.identity.rest;

import eu.makethedifference.common.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateUserRequest")
public record CreateUserRequest(
        @NotBlank @Email @Size(max = 254) @Schema(required = true, maxLength = 254, format = "email")
        String email,

        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String displayName,

        @NotNull
        @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter language code")
        @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 8)
        String preferredLanguage,

        @NotNull @Schema(required = true) Role role,

        @Size(max = 20)
        @Schema(
                maxItems = 20,
                description =
                        "COORDINATOR: one or more; MENTOR: exactly one; PROFESSIONAL: their organisation's region (may be omitted); ADMIN: none")
        Set<@NotNull UUID> regionIds,

        @Schema(description = "Required for a PROFESSIONAL") UUID organisationId,

        @NotNull
        @Size(max = 128)
        @Schema(
                required = true,
                minLength = 12,
                maxLength = 128,
                format = "password",
                description = "The first password; the user should change it")
        String initialPassword) {}
