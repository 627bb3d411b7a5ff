package eu.makethedifference.identity.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePasswordRequest")
public record ChangePasswordRequest(
        @NotNull @Size(max = 128) @Schema(required = true, maxLength = 128, format = "password")
        String currentPassword,

        @NotNull
        @Size(max = 128)
        @Schema(
                required = true,
                minLength = 12,
                maxLength = 128,
                format = "password",
                description = "12 to 128 characters; common passwords are refused")
        String newPassword) {}
