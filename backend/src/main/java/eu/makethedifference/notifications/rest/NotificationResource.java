package eu.makethedifference.notifications.rest;

import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.notifications.service.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/notifications")
@Tag(name = "Me", description = "The signed-in user's own account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
public class NotificationResource {
    @Inject
    NotificationService service;

    @Inject
    CallerContext caller;

    @Schema(
            name = "Notification",
            description = "Something that happened to me. The kind and its parameters are worded by the client.")
    public record NotificationView(
            @Schema(required = true) UUID id,

            @Schema(
                    required = true,
                    maxLength = 60,
                    description =
                            "TRAINING_ENROLMENT_CONFIRMED, TRAINING_ENROLMENT_WAITLISTED, TRAINING_ENROLMENT_PROMOTED,"
                                    + " TRAINING_ENROLMENT_DECLINED, TRAINING_ENROLMENT_CANCELLED, TRAINING_CANCELLED,"
                                    + " TRAINING_CERTIFICATE_ISSUED; more kinds may follow")
            String kind,

            @Schema(required = true, maxLength = 40) String subjectType,
            @Schema(required = true) UUID subjectId,

            @Schema(
                    required = true,
                    description = "Words for the message, e.g. the training's title",
                    additionalProperties = ParamValue.class,
                    maxProperties = 20)
            Map<String, String> params,

            @Schema(required = true) Instant createdAt,
            Instant readAt) {}

    @Schema(name = "NotificationParamValue", type = SchemaType.STRING, maxLength = 300)
    public static final class ParamValue {
        private ParamValue() {}
    }

    @Schema(name = "NotificationPage")
    public record Page(
            @Schema(required = true, maxItems = 100) List<NotificationView> items,

            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long total,

            @Schema(
                    required = true,
                    minimum = "0",
                    maximum = "9223372036854775807",
                    format = "int64",
                    description = "All my unread notifications")
            long unread) {}

    @GET
    @Operation(summary = "List my notifications, newest first")
    @APIResponse(
            responseCode = "200",
            description = "One page of notifications",
            content = @Content(schema = @Schema(implementation = Page.class)))
    public Page listNotifications(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("unread") @Parameter(description = "Only unread ones") boolean unread) {
        var result = service.list(caller.require(), unread, pageParams.page, pageParams.size);
        return new Page(
                result.items().stream()
                        .map(n -> new NotificationView(
                                n.id(),
                                n.kind(),
                                n.subjectType(),
                                n.subjectId(),
                                n.params(),
                                n.createdAt(),
                                n.readAt()))
                        .toList(),
                result.total(),
                result.unread());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read")
    @APIResponse(responseCode = "204", description = "Marked read")
    public void markNotificationRead(@PathParam("id") UUID id) {
        service.markRead(caller.require(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "Marked read")
    public void markAllNotificationsRead() {
        service.markAllRead(caller.require());
    }
}
