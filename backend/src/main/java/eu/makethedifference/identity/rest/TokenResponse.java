package eu.makethedifference.identity.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenResponse", description = "An access token (JWT, RS256) and a single-use refresh token")
public record TokenResponse(
        @Schema(required = true, maxLength = 4000) String accessToken,

        @Schema(
                required = true,
                maxLength = 200,
                description = "Opaque; rotated on every refresh. Reusing an old one ends the session.")
        String refreshToken,

        @Schema(
                required = true,
                enumeration = {"Bearer"},
                maxLength = 10)
        String tokenType,

        @Schema(
                required = true,
                description = "Access token lifetime in seconds",
                minimum = "1",
                maximum = "900",
                format = "int64")
        long expiresIn) {}
