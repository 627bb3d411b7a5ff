package eu.makethedifference.audit.rest;

import eu.makethedifference.audit.service.AuditQueryService.Entry;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One entry of the append-only audit log. It never holds the data itself.")
public record AuditEvent(
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807", format = "int64")
        long id,

        @Schema(required = true) Instant occurredAt,

        @Schema(
                required = true,
                enumeration = {"USER", "CLIENT", "ANONYMOUS", "SYSTEM"},
                maxLength = 16)
        String actorType,

        UUID actorId,

        @Schema(required = true, maxLength = 64, example = "LOGIN_SUCCEEDED")
        String action,

        @Schema(maxLength = 32, example = "USER") String objectType,
        @Schema(maxLength = 64) String objectId,
        UUID regionId,

        @Schema(
                required = true,
                enumeration = {"ALLOWED", "DENIED"},
                maxLength = 8)
        String outcome,

        @Schema(maxLength = 64) String sourceIp) {

    static AuditEvent of(Entry e) {
        return new AuditEvent(
                e.id(),
                e.occurredAt(),
                e.actorType(),
                e.actorId(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.regionId(),
                e.outcome(),
                e.sourceIp());
    }
}
