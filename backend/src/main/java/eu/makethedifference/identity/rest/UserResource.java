package eu.makethedifference.identity.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.UserAccount;
import eu.makethedifference.identity.service.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/users")
@Tag(name = "Users", description = "User accounts: ADMIN manages them, coordinators read those of their regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    @Inject
    UserService service;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "List user accounts", description = "ADMIN: all; COORDINATOR: accounts of their regions.")
    @APIResponse(
            responseCode = "200",
            description = "One page of accounts",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    public UserPage listUsers(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "displayName, email, role or createdAt; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(displayName|email|role|createdAt)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("role") @Parameter(description = "Only this role") Role role,
            @QueryParam("regionId") @Parameter(description = "Only users of this region") UUID regionId) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, UserService.SORTS, "displayName");
        UserService.Result result = service.list(caller.require(), new UserService.Filter(role, regionId), paging);
        return new UserPage(
                result.items().stream().map(User::of).toList(), result.total(), pageParams.page, pageParams.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Read a user account")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = User.class)))
    public RestResponse<User> getUser(@PathParam("id") UUID id) {
        return withEtag(service.get(caller.require(), id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a user account")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(
            responseCode = "409",
            description = "E-mail address taken (code email_taken)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    @Idempotent
    public RestResponse<User> createUser(@NotNull @Valid CreateUserRequest r) {
        UserAccount user = service.create(
                caller.require(),
                new UserService.NewUser(
                        r.email(),
                        r.displayName(),
                        r.preferredLanguage(),
                        r.role(),
                        r.regionIds(),
                        r.organisationId(),
                        r.initialPassword()));
        return Etags.created(User.of(user), "/api/v1/users/" + user.id, user.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            summary = "Update a user account",
            description =
                    "Needs If-Match. A change of role, regions or organisation, or a disable, ends the user's sessions.")
    @APIResponse(
            responseCode = "409",
            description = "An ADMIN cannot change their own role or disable themselves (code cannot_change_own_access)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = User.class)))
    public RestResponse<User> updateUser(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the version being changed",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(W/)?\"[0-9]+\"$", maxLength = 20))
                    String ifMatch,
            @NotNull @Valid UpdateUserRequest r) {
        int version = Etags.requireVersion(ifMatch);
        return withEtag(service.update(
                caller.require(),
                id,
                version,
                new UserService.UserChange(
                        r.displayName(),
                        r.preferredLanguage(),
                        r.role(),
                        r.regionIds(),
                        r.organisationId(),
                        r.enabled())));
    }

    private static RestResponse<User> withEtag(UserAccount user) {
        return Etags.ok(User.of(user), user.version);
    }
}
