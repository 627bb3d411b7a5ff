package eu.makethedifference.identity.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.UserAccount;
import eu.makethedifference.identity.service.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The signed-in user's own account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
public class MeResource {
    @Inject
    UserService users;

    @Inject
    CallerContext caller;

    @GET
    @Operation(summary = "Read my account")
    @APIResponse(
            responseCode = "200",
            description = "My account",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Me.class)))
    public RestResponse<Me> getMe() {
        return withEtag(users.me(caller.require()));
    }

    @PUT
    @Operation(summary = "Update my display name and preferred language")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Me.class)))
    public RestResponse<Me> updateMe(
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the version being changed",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(W/)?\"[0-9]+\"$", maxLength = 20))
                    String ifMatch,
            @NotNull @Valid UpdateMeRequest request) {
        int version = Etags.requireVersion(ifMatch);
        return withEtag(users.updateMe(caller.require(), version, request.displayName(), request.preferredLanguage()));
    }

    @POST
    @Path("/password")
    @Operation(
            summary = "Change my password",
            description = "Needs the current password. Every other session of mine ends.")
    @APIResponse(responseCode = "204", description = "Changed")
    public RestResponse<Void> changePassword(@NotNull @Valid ChangePasswordRequest request) {
        users.changePassword(caller.require(), request.currentPassword(), request.newPassword());
        return RestResponse.noContent();
    }

    private static RestResponse<Me> withEtag(UserAccount user) {
        return Etags.ok(Me.of(user), user.version);
    }
}
