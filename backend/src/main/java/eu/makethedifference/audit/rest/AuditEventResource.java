package eu.makethedifference.audit.rest;

import eu.makethedifference.audit.service.AuditQueryService;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Who did what, when: the append-only audit log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {
    @Inject
    AuditQueryService service;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(
            summary = "List audit events",
            description = "ADMIN: platform events; COORDINATOR: events about their regions. Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page of events",
            content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    public AuditEventPage listAuditEvents(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("actorId") @Parameter(description = "Only events of this user") UUID actorId,
            @QueryParam("objectType")
                    @Pattern(regexp = "^[A-Z_]{1,32}$")
                    @Parameter(
                            description = "Only events about this object type, e.g. USER",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z_]{1,32}$", maxLength = 32))
                    String objectType,
            @QueryParam("objectId")
                    @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$")
                    @Parameter(
                            description = "Only events about this object",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^[A-Za-z0-9_-]{1,64}$",
                                            maxLength = 64))
                    String objectId,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive)") Instant from,
            @QueryParam("to") @Parameter(description = "Until this instant (exclusive)") Instant to) {
        AuditQueryService.Result result = service.list(
                caller.require(),
                new AuditQueryService.Filter(actorId, objectType, objectId, from, to),
                pageParams.page,
                pageParams.size);
        return new AuditEventPage(
                result.items().stream().map(AuditEvent::of).toList(), result.total(), pageParams.page, pageParams.size);
    }
}
