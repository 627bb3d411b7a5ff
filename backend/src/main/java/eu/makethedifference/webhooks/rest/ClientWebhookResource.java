package eu.makethedifference.webhooks.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.webhooks.service.WebhookService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A client's webhook subscriptions: listed and created under the client. */
@Path("/api/v1/integration-clients/{clientId}/webhook-subscriptions")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ClientWebhookResource {
    @Inject
    WebhookService webhooks;

    @Inject
    CallerContext caller;

    @GET
    @Operation(summary = "List a client's webhook subscriptions")
    @APIResponse(
            responseCode = "200",
            description = "The subscriptions",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = WebhookService.Subscription.class,
                                            maxItems = 1000)))
    public List<WebhookService.Subscription> listWebhookSubscriptions(@PathParam("clientId") UUID clientId) {
        return webhooks.list(caller.require(), clientId);
    }

    @POST
    @Idempotent
    @Operation(
            summary = "Subscribe a client to events",
            description = "The signing secret is in this answer only. Each event type needs the client to hold its"
                    + " scope.")
    @APIResponse(
            responseCode = "201",
            description = "The subscription and its secret",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = WebhookService.WithSecret.class)))
    public RestResponse<WebhookService.WithSecret> createWebhookSubscription(
            @PathParam("clientId") UUID clientId, @NotNull @Valid WebhookResource.Request r) {
        WebhookService.WithSecret created = webhooks.create(caller.require(), clientId, r.url(), r.eventTypes());
        return Etags.created(
                created,
                "/api/v1/webhook-subscriptions/" + created.subscription().id(),
                created.subscription().version());
    }
}
