package eu.makethedifference.identity.rest;

import eu.makethedifference.common.rest.RateLimited;
import eu.makethedifference.identity.service.PasswordSetupService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/auth/password-setup")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RateLimited
public class PasswordSetupResource {
    @Inject
    PasswordSetupService service;

    @Schema(name = "PasswordSetupRequest")
    public record PasswordSetupRequest(
            @NotBlank
            @Size(max = 100)
            @Schema(required = true, maxLength = 100, description = "The token from the set-password link")
            String token,

            @NotBlank
            @Size(max = 200)
            @Schema(required = true, maxLength = 200, description = "The new password (password policy applies)")
            String password) {}

    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(
            summary = "Set the password of a new account through its one-time link",
            description = "The link is sent when an account is created for someone (an approved mentor); it works"
                    + " once and expires. Rate limited per address.")
    @APIResponse(responseCode = "204", description = "Password set; log in with it")
    @APIResponse(
            responseCode = "400",
            description = "Unknown, used or expired link (code invalid_link) or a password the policy refuses",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    public RestResponse<Void> setPassword(@NotNull @Valid PasswordSetupRequest request) {
        service.setPassword(request.token(), request.password());
        return RestResponse.noContent();
    }
}
