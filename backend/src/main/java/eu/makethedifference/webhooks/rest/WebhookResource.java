package eu.makethedifference.webhooks.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.webhooks.WebhookEvents;
import eu.makethedifference.webhooks.service.WebhookService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Webhook subscriptions of integration clients: managed by ADMIN and the coordinators of the client's region. */
@Path("/api/v1/webhook-subscriptions")
@Tag(name = "Webhooks", description = "Events sent to integration clients, signed the Standard Webhooks way")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class WebhookResource {
    private static final String ETAG_PATTERN = "^(W/)?\"?[0-9]{1,10}\"?$";

    @Inject
    WebhookService webhooks;

    @Inject
    CallerContext caller;

    @Schema(name = "WebhookSubscriptionRequest", description = "Where to send which events")
    public record Request(
            @NotBlank
            @Size(max = 2000)
            @Schema(
                    required = true,
                    maxLength = 2000,
                    format = "uri",
                    description = "HTTPS; hosts on loopback, private or link-local addresses are refused")
            String url,

            @NotNull
            @Size(min = 1, max = 6)
            @Schema(
                    required = true,
                    type = SchemaType.ARRAY,
                    implementation = WebhookEvents.Type.class,
                    minItems = 1,
                    maxItems = 6)
            List<String> eventTypes,

            @Schema(description = "Default true on creation; false switches the subscription off")
            Boolean enabled) {}

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(
            @Schema(required = true, maxItems = 100) List<WebhookService.Delivery> items,

            @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
            long total) {}

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a webhook subscription")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = WebhookService.Subscription.class)))
    public RestResponse<WebhookService.Subscription> getWebhookSubscription(@PathParam("id") UUID id) {
        WebhookService.Subscription s = webhooks.get(caller.require(), id);
        return Etags.ok(s, s.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Change a webhook subscription (URL, events, on or off)",
            description =
                    "Send the ETag in If-Match. Switching a subscription on again resumes its pending deliveries.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = WebhookService.Subscription.class)))
    public RestResponse<WebhookService.Subscription> updateWebhookSubscription(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "The ETag of the subscription",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid Request r) {
        int version = Etags.requireVersion(ifMatch);
        WebhookService.Subscription s = webhooks.update(
                caller.require(), id, version, r.url(), r.eventTypes(), r.enabled() == null || r.enabled());
        return Etags.ok(s, s.version());
    }

    @POST
    @Path("/{id}/secret")
    @Operation(
            summary = "Rotate a subscription's signing secret",
            description = "A new secret, in this answer only; deliveries from now on are signed with it.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription and its new secret",
            content = @Content(schema = @Schema(implementation = WebhookService.WithSecret.class)))
    public WebhookService.WithSecret rotateWebhookSecret(@PathParam("id") UUID id) {
        return webhooks.rotate(caller.require(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription, newest first")
    @APIResponse(
            responseCode = "200",
            description = "Deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public DeliveryPage listWebhookDeliveries(
            @PathParam("id") UUID id,
            @QueryParam("status")
                    @Pattern(regexp = "PENDING|SUCCEEDED|FAILED")
                    @Parameter(
                            description = "Only deliveries in this status",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"PENDING", "SUCCEEDED", "FAILED"}))
                    String status,
            @BeanParam @Valid PageParams paging) {
        WebhookService.DeliveryPage page = webhooks.deliveries(caller.require(), id, status, paging.page, paging.size);
        return new DeliveryPage(page.items(), page.total());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            summary = "Send a delivery again",
            description =
                    "With the same webhook-id and a fresh retry window; it goes out with the sender's next round.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, pending",
            content = @Content(schema = @Schema(implementation = WebhookService.Delivery.class)))
    public WebhookService.Delivery redeliverWebhook(
            @PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(caller.require(), id, deliveryId);
    }
}
