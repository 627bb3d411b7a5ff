package eu.makethedifference.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefreshRequest")
public record RefreshRequest(
        @NotBlank
        @Size(max = 200)
        @Schema(required = true, maxLength = 200, description = "The refresh token from the last login or refresh")
        String refreshToken) {}
