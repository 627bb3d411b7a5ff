package eu.makethedifference.identity.rest;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.rest.RateLimited;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.AuthService;
import eu.makethedifference.identity.service.ClientService;
import eu.makethedifference.identity.service.TokenService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Login, token refresh and logout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    AuthService auth;

    @Inject
    ClientService clients;

    @Inject
    CallerContext caller;

    @POST
    @Path("/login")
    @PermitAll
    @SecurityRequirements
    @Operation(
            summary = "Log in with e-mail and password",
            description =
                    "After 6 failed attempts within a minute the account answers 429 for a minute. The answer does not reveal whether an account exists.")
    @APIResponse(
            responseCode = "200",
            description = "Logged in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Wrong e-mail or password (code invalid_credentials)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed attempts (code too_many_attempts)",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "86400")),
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    public TokenResponse login(@NotNull @Valid LoginRequest request) {
        return switch (auth.login(request.email(), request.password())) {
            case AuthService.LoggedIn in -> of(in.tokens());
            case AuthService.BadCredentials bad ->
                throw new ApiException(
                        401, "invalid_credentials", "Login failed", "The e-mail address or the password is wrong.");
            case AuthService.Throttled t ->
                throw new ApiException(
                        429,
                        "too_many_attempts",
                        "Too many attempts",
                        "Too many failed logins. Try again in " + t.retryAfterSeconds() + " seconds.",
                        List.of(),
                        Map.of("Retry-After", String.valueOf(t.retryAfterSeconds())));
        };
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @SecurityRequirements
    @Operation(
            summary = "Exchange a refresh token for a new token pair",
            description = "Each refresh token works once; a reused one ends the whole session.")
    @APIResponse(
            responseCode = "200",
            description = "New tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Unknown, used, expired or revoked refresh token (code invalid_refresh_token)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    public TokenResponse refresh(@NotNull @Valid RefreshRequest request) {
        TokenService.Tokens tokens = auth.refresh(request.refreshToken());
        if (tokens == null) {
            throw new ApiException(401, "invalid_refresh_token", "Invalid refresh token", "Log in again.");
        }
        return of(tokens);
    }

    @POST
    @Path("/logout")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(
            summary = "Log out",
            description = "Ends this session: its refresh token and every access token of it stop working at once.")
    @APIResponse(responseCode = "204", description = "Logged out")
    public RestResponse<Void> logout() {
        auth.logout(caller.require());
        return RestResponse.noContent();
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @RateLimited
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Obtain an access token for an integration client (OAuth 2.0 client credentials)",
            description = "Form fields grant_type=client_credentials and, unless sent with HTTP Basic, client_id and"
                    + " client_secret; scope (space separated) to ask for fewer scopes than the client has. The token"
                    + " lasts 10 minutes; ask for a new one when it runs out.")
    @APIResponse(
            responseCode = "200",
            description = "The access token",
            content = @Content(schema = @Schema(implementation = ClientTokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Unknown client, wrong secret, a secret past its grace period, or a disabled client"
                    + " (code invalid_client)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    public ClientTokenResponse issueClientToken(
            @FormParam("grant_type")
                    @Schema(
                            maxLength = 40,
                            enumeration = {"client_credentials"})
                    String grantType,
            @FormParam("client_id") @Schema(maxLength = 36, format = "uuid") String clientId,
            @FormParam("client_secret") @Schema(maxLength = 100) String clientSecret,
            @FormParam("scope") @Schema(maxLength = 500) String scope,
            @HeaderParam("Authorization") @Parameter(hidden = true) String authorization) {
        if (!"client_credentials".equals(grantType)) {
            throw ApiException.badRequest("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        java.util.Base64.getDecoder()
                                .decode(authorization.substring(6).strip()),
                        java.nio.charset.StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                id = java.net.URLDecoder.decode(
                        decoded.substring(0, Math.max(colon, 0)), java.nio.charset.StandardCharsets.UTF_8);
                secret = java.net.URLDecoder.decode(
                        decoded.substring(colon + 1), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                id = null;
            }
        }
        ClientService.Token token =
                id == null ? null : clients.token(id, secret, scope).orElse(null);
        if (token == null) {
            throw new ApiException(
                    401,
                    "invalid_client",
                    "Client authentication failed",
                    "Unknown client, wrong or expired secret, or the client is disabled.",
                    List.of(),
                    Map.of("WWW-Authenticate", "Basic realm=\"integration clients\""));
        }
        return new ClientTokenResponse(token.accessToken(), "Bearer", token.expiresIn(), token.scope());
    }

    private static TokenResponse of(TokenService.Tokens t) {
        return new TokenResponse(t.accessToken(), t.refreshToken(), "Bearer", t.expiresIn());
    }
}
