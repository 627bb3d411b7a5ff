package eu.makethedifference.webhooks.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.identity.service.ClientService;
import eu.makethedifference.webhooks.WebhookEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Webhook subscriptions of integration clients, their delivery log and redelivery. Managed by those who manage
 * the client (ADMIN, coordinators of its region); the log shows ids and statuses, never payloads.
 */
@ApplicationScoped
public class WebhookService {
    static final String TYPE = "WEBHOOK_SUBSCRIPTION";

    @Inject
    Jdbc jdbc;

    @Inject
    ClientService clients;

    @Inject
    UrlGuard guard;

    @Inject
    WebhookCrypto crypto;

    @Inject
    AuditService audit;

    @Schema(name = "WebhookSubscription", description = "Where and which events a client receives")
    public record Subscription(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID clientId,

            @Schema(required = true, maxLength = 2000, format = "uri")
            String url,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = WebhookEvents.Type.class, maxItems = 6)
            List<String> eventTypes,

            @Schema(required = true) boolean enabled,

            @Schema(
                    enumeration = {"BY_USER", "FAILING"},
                    description = "Why it is off: switched off, or turned off after a delivery failed for the whole"
                            + " retry window")
            String disabledReason,

            @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
            long pendingDeliveries,

            @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
            long failedDeliveries,

            @Schema(required = true) Instant createdAt,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version) {}

    @Schema(name = "WebhookSubscriptionSecret", description = "A subscription and its signing secret, shown this once")
    public record WithSecret(
            @Schema(required = true) Subscription subscription,

            @Schema(
                    required = true,
                    maxLength = 60,
                    description = "whsec_ and 32 bytes in base64, as Standard Webhooks libraries expect")
            String secret) {}

    @Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to one subscription")
    public record Delivery(
            @Schema(required = true) UUID id,

            @Schema(required = true, description = "The webhook-id header: the same for every attempt")
            UUID eventId,

            @Schema(required = true, implementation = WebhookEvents.Type.class)
            String eventType,

            @Schema(required = true) UUID subjectId,

            @Schema(
                    required = true,
                    enumeration = {"PENDING", "SUCCEEDED", "FAILED"})
            String status,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int attempts,

            @Schema(description = "When a pending delivery is tried next")
            Instant nextAttemptAt,

            Instant lastAttemptAt,

            @Schema(format = "int32", minimum = "100", maximum = "599", description = "The receiver's last answer")
            Integer lastResponseCode,

            @Schema(maxLength = 200, description = "Why the last attempt failed without an answer")
            String lastError,

            @Schema(required = true) Instant createdAt,
            Instant completedAt) {}

    public record DeliveryPage(List<Delivery> items, long total) {}

    private static final String SELECT = """
            select s.id, s.client_id, s.url, s.event_types, s.enabled, s.disabled_reason, s.created_at, s.version,
              (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'PENDING'),
              (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'FAILED')
            from webhook_subscription s
            """;

    private static Subscription row(ResultSet rs) throws SQLException {
        return new Subscription(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                List.of((String[]) rs.getArray(4).getArray()),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getLong(9),
                rs.getLong(10),
                SqlValues.instant(rs.getObject(7)),
                rs.getInt(8));
    }

    public List<Subscription> list(Caller caller, UUID clientId) {
        clients.get(caller, clientId);
        return jdbc.list(SELECT + " where s.client_id = ? order by s.created_at, s.id", WebhookService::row, clientId);
    }

    public Subscription get(Caller caller, UUID id) {
        return owned(caller, id).subscription();
    }

    /** A subscription and its client, when the caller manages the client (404 otherwise). */
    private record Owned(Subscription subscription, ClientService.Client client) {}

    private Optional<Subscription> read(UUID id) {
        return jdbc.one(SELECT + " where s.id = ?", WebhookService::row, id);
    }

    private Owned owned(Caller caller, UUID id) {
        Subscription s = read(id).orElseThrow(() -> ApiException.hidden(TYPE, id));
        try {
            return new Owned(s, clients.get(caller, s.clientId()));
        } catch (ApiException e) {
            throw ApiException.hidden(TYPE, id);
        }
    }

    @Transactional
    public WithSecret create(Caller caller, UUID clientId, String url, List<String> eventTypes) {
        ClientService.Client client = clients.get(caller, clientId);
        String[] types = check(client, url, eventTypes);
        UUID id = UUID.randomUUID();
        String secret = WebhookCrypto.newSecret();
        Instant now = SqlValues.now();
        jdbc.update("""
                insert into webhook_subscription (id, client_id, url, event_types, secret, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, id, clientId, url.strip(), types, crypto.encrypt(secret), caller.userId(), now, now);
        audit.record("WEBHOOK_SUBSCRIPTION_CREATED", TYPE, id, client.regionId());
        return new WithSecret(read(id).orElseThrow(), secret);
    }

    @Transactional
    public Subscription update(
            Caller caller, UUID id, int version, String url, List<String> eventTypes, boolean enabled) {
        Owned o = owned(caller, id);
        Etags.check(version, o.subscription().version());
        String[] types = check(o.client(), url, eventTypes);
        jdbc.update("""
                update webhook_subscription set url = ?, event_types = ?, enabled = ?,
                    disabled_reason = case when ? then null when enabled then 'BY_USER' else disabled_reason end,
                    version = version + 1, updated_at = now() where id = ?
                """, url.strip(), types, enabled, enabled, id);
        audit.record(
                enabled ? "WEBHOOK_SUBSCRIPTION_CHANGED" : "WEBHOOK_SUBSCRIPTION_DISABLED",
                TYPE,
                id,
                o.client().regionId());
        return read(id).orElseThrow();
    }

    /** A new signing secret; deliveries from now on are signed with it. */
    @Transactional
    public WithSecret rotate(Caller caller, UUID id) {
        Owned o = owned(caller, id);
        String secret = WebhookCrypto.newSecret();
        jdbc.update(
                "update webhook_subscription set secret = ?, version = version + 1, updated_at = now() where id = ?",
                crypto.encrypt(secret),
                id);
        audit.record("WEBHOOK_SECRET_ROTATED", TYPE, id, o.client().regionId());
        return new WithSecret(read(id).orElseThrow(), secret);
    }

    public DeliveryPage deliveries(Caller caller, UUID id, String status, int page, int size) {
        get(caller, id);
        List<Delivery> items = jdbc.list(
                DELIVERY_SELECT
                        + " where d.subscription_id = ? and (?::varchar is null or d.status = ?)"
                        + " order by d.seq desc limit ? offset ?",
                WebhookService::delivery,
                id,
                status,
                status,
                size,
                (long) page * size);
        long total = jdbc.one(
                        "select count(*) from webhook_delivery where subscription_id = ? and (?::varchar is null or status = ?)",
                        rs -> rs.getLong(1),
                        id,
                        status,
                        status)
                .orElse(0L);
        return new DeliveryPage(items, total);
    }

    /**
     * Sends a delivery again from now on, with a fresh retry window and the same webhook-id (receivers drop what
     * they already processed). A pending delivery is tried at once.
     */
    @Transactional
    public Delivery redeliver(Caller caller, UUID id, UUID deliveryId) {
        Owned o = owned(caller, id);
        int changed = jdbc.update("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = now(), window_start = now(),
                    completed_at = null where id = ? and subscription_id = ?
                """, deliveryId, id);
        if (changed == 0) {
            throw ApiException.notFound();
        }
        audit.record("WEBHOOK_REDELIVERED", TYPE, id, o.client().regionId(), deliveryId.toString());
        return jdbc.one(DELIVERY_SELECT + " where d.id = ?", WebhookService::delivery, deliveryId)
                .orElseThrow();
    }

    private static final String DELIVERY_SELECT = """
            select d.id, d.event_id, e.type, d.subject_id, d.status, d.attempts,
                   case when d.status = 'PENDING' then d.next_attempt_at end, d.last_attempt_at,
                   d.last_response_code, d.last_error, d.created_at, d.completed_at
            from webhook_delivery d join webhook_event e on e.id = d.event_id
            """;

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getInt(6),
                SqlValues.instant(rs.getObject(7)),
                SqlValues.instant(rs.getObject(8)),
                (Integer) rs.getObject(9),
                rs.getString(10),
                SqlValues.instant(rs.getObject(11)),
                SqlValues.instant(rs.getObject(12)));
    }

    private String[] check(ClientService.Client client, String url, List<String> eventTypes) {
        guard.refusal(url.strip()).ifPresent(reason -> {
            throw ApiException.invalidField("url", "The URL " + reason + ".");
        });
        Set<String> types = new LinkedHashSet<>();
        for (String t : eventTypes) {
            String scope = WebhookEvents.SCOPES.get(t);
            if (scope == null) {
                throw ApiException.invalidField("eventTypes", "unknown event type " + t);
            }
            if (!client.scopes().contains(scope)) {
                throw ApiException.invalidField("eventTypes", t + " needs the client to hold " + scope);
            }
            types.add(t);
        }
        if (types.isEmpty()) {
            throw ApiException.invalidField("eventTypes", "choose at least one event type");
        }
        return types.toArray(String[]::new);
    }
}
