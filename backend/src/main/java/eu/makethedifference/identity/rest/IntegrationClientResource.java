package eu.makethedifference.identity.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.ClientService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
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

/** Registering and managing integration clients: ADMIN for every region, coordinators for theirs. */
@Path("/api/v1/integration-clients")
@Tag(name = "Integration clients", description = "Other systems that call the API with client credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class IntegrationClientResource {
    private static final String ETAG_PATTERN = "^(W/)?\"?[0-9]{1,10}\"?$";

    @Inject
    ClientService clients;

    @Inject
    CallerContext caller;

    @Schema(name = "IntegrationClientRequest", description = "A client's name, organisation, scopes and rate limit")
    public record CreateRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String name,

            @NotNull @Schema(required = true) UUID organisationId,

            @NotNull
            @Size(max = 7)
            @Schema(required = true, type = SchemaType.ARRAY, implementation = ClientScopes.Scope.class, maxItems = 7)
            List<String> scopes,

            @Min(1)
            @Max(10000)
            @Schema(format = "int32", minimum = "1", maximum = "10000", description = "Changes a minute; default 120")
            Integer writesPerMinute) {}

    @Schema(name = "IntegrationClientUpdate", description = "What can change of a client")
    public record UpdateRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String name,

            @NotNull
            @Size(max = 7)
            @Schema(required = true, type = SchemaType.ARRAY, implementation = ClientScopes.Scope.class, maxItems = 7)
            List<String> scopes,

            @Min(1) @Max(10000) @Schema(required = true, format = "int32", minimum = "1", maximum = "10000")
            int writesPerMinute,

            @Schema(required = true) boolean enabled) {}

    @Schema(name = "SecretRotationRequest", description = "How long the current secret keeps working")
    public record RotateRequest(
            @Min(0)
            @Max(168)
            @Schema(format = "int32", minimum = "0", maximum = "168", description = "Hours; default 24")
            Integer graceHours) {}

    @GET
    @Operation(summary = "List integration clients")
    @APIResponse(
            responseCode = "200",
            description = "The clients",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ClientService.Client.class,
                                            maxItems = 1000)))
    public List<ClientService.Client> listIntegrationClients() {
        return clients.list(caller.require());
    }

    @POST
    @Idempotent
    @Operation(summary = "Register an integration client", description = "The secret is in this answer only.")
    @APIResponse(
            responseCode = "201",
            description = "The client and its secret",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ClientService.WithSecret.class)))
    public RestResponse<ClientService.WithSecret> createIntegrationClient(@NotNull @Valid CreateRequest r) {
        ClientService.WithSecret created = clients.create(
                caller.require(),
                r.name(),
                r.organisationId(),
                r.scopes(),
                r.writesPerMinute() == null ? 120 : r.writesPerMinute());
        return Etags.created(
                created,
                "/api/v1/integration-clients/" + created.client().id(),
                created.client().version());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an integration client")
    @APIResponse(
            responseCode = "200",
            description = "The client",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ClientService.Client.class)))
    public RestResponse<ClientService.Client> getIntegrationClient(@PathParam("id") UUID id) {
        ClientService.Client c = clients.get(caller.require(), id);
        return Etags.ok(c, c.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Change an integration client (name, scopes, rate limit, enabled)",
            description = "Send the ETag in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The client",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ClientService.Client.class)))
    public RestResponse<ClientService.Client> updateIntegrationClient(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "The ETag of the client",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid UpdateRequest r) {
        int version = Etags.requireVersion(ifMatch);
        ClientService.Client c =
                clients.update(caller.require(), id, version, r.name(), r.scopes(), r.writesPerMinute(), r.enabled());
        return Etags.ok(c, c.version());
    }

    @POST
    @Path("/{id}/secret")
    @Operation(
            summary = "Rotate the client's secret",
            description = "A new secret, in this answer only; the current one keeps working for the grace period.")
    @APIResponse(
            responseCode = "200",
            description = "The client and its new secret",
            content = @Content(schema = @Schema(implementation = ClientService.WithSecret.class)))
    public ClientService.WithSecret rotateIntegrationClientSecret(@PathParam("id") UUID id, @Valid RotateRequest r) {
        int hours = r == null || r.graceHours() == null ? 24 : r.graceHours();
        return clients.rotate(caller.require(), id, Duration.ofHours(hours));
    }
}
