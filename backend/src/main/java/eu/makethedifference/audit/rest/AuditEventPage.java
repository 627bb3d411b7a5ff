package eu.makethedifference.audit.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEventPage", description = "One page of audit events, newest first")
public record AuditEventPage(
        @Schema(required = true, maxItems = 100) List<AuditEvent> items,

        @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
        long total,

        @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
        int page,

        @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
        int size) {}
