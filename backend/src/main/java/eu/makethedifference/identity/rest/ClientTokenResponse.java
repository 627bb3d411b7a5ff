package eu.makethedifference.identity.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth 2.0 token response (RFC 6749, section 5.1), with its field names. */
@Schema(name = "ClientTokenResponse", description = "An access token for an integration client")
public record ClientTokenResponse(
        @JsonProperty("access_token") @Schema(required = true, maxLength = 4000)
        String accessToken,

        @JsonProperty("token_type")
        @Schema(
                required = true,
                enumeration = {"Bearer"},
                maxLength = 10)
        String tokenType,

        @JsonProperty("expires_in")
        @Schema(required = true, minimum = "1", maximum = "600", format = "int64", description = "Seconds")
        long expiresIn,

        @JsonProperty("scope")
        @Schema(required = true, maxLength = 500, description = "The granted scopes, space separated")
        String scope) {}
