package eu.makethedifference.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank
        @Size(max = 254)
        @Schema(required = true, maxLength = 254, format = "email", example = "coordinator.si@example.org")
        String email,

        @NotBlank @Size(max = 128) @Schema(required = true, maxLength = 128, format = "password")
        String password) {}
