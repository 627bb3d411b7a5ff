package eu.makethedifference.audit.service;

import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes the append-only audit log. {@link #record} joins the caller's transaction, so an action and its
 * audit entry commit or roll back together. {@link #recordDenied} writes in its own transaction, because the
 * denied request's transaction rolls back. Never pass personal data or secrets as {@code detail}.
 */
@ApplicationScoped
public class AuditService {
    private static final Logger LOG = Logger.getLogger(AuditService.class);
    private static final String INSERT = """
            insert into audit_event (actor_type, actor_id, action, object_type, object_id, region_id, outcome, source_ip, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    CallerContext callerContext;

    public enum Outcome {
        ALLOWED,
        DENIED
    }

    /** An allowed action by the current caller, in the current transaction. */
    @Transactional
    public void record(String action, String objectType, Object objectId, UUID regionId) {
        record(action, objectType, objectId, regionId, null);
    }

    /** An allowed action by the current caller with a short detail (what was exported, for instance). */
    @Transactional
    public void record(String action, String objectType, Object objectId, UUID regionId, String detail) {
        Optional<Caller> caller = caller();
        insert(
                actorType(caller),
                actorId(caller),
                action,
                objectType,
                objectId,
                regionId,
                Outcome.ALLOWED,
                sourceIp(),
                detail);
    }

    /** An integration client is recorded as itself, not as the technical account it acts through. */
    private static String actorType(Optional<Caller> caller) {
        return caller.map(c -> c.client() != null ? "CLIENT" : "USER").orElse("ANONYMOUS");
    }

    private static UUID actorId(Optional<Caller> caller) {
        return caller.map(c -> c.client() != null ? c.client().id() : c.userId())
                .orElse(null);
    }

    /**
     * The same allowed action by the current caller on many objects (the rows of a list that was read), in one
     * statement, in the current transaction. {@code objectIds} and {@code regionIds} go pairwise.
     */
    @Transactional
    public void recordEach(String action, String objectType, List<?> objectIds, List<UUID> regionIds) {
        if (objectIds.isEmpty()) {
            return;
        }
        Optional<Caller> caller = caller();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        insert into audit_event (actor_type, actor_id, action, object_type, object_id, region_id, outcome,
                                                 source_ip)
                        select ?, ?, ?, ?, o, r, 'ALLOWED', ? from unnest(?::varchar[], ?::uuid[]) t(o, r)
                        """)) {
            ps.setString(1, actorType(caller));
            ps.setObject(2, actorId(caller));
            ps.setString(3, action);
            ps.setString(4, objectType);
            ps.setString(5, sourceIp());
            ps.setArray(
                    6,
                    c.createArrayOf(
                            "varchar", objectIds.stream().map(String::valueOf).toArray()));
            ps.setArray(7, c.createArrayOf("uuid", regionIds.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    /** An event of a known user outside an authenticated request (login, refresh, lockout). */
    @Transactional
    public void recordFor(
            UUID actorId, String action, String objectType, Object objectId, UUID regionId, Outcome outcome) {
        write(actorId, action, objectType, objectId, regionId, outcome, null);
    }

    /** An event of an integration client outside an authenticated request (a token issued). */
    @Transactional
    public void recordForClient(UUID clientId, String action, String objectType, Object objectId, UUID regionId) {
        insert("CLIENT", clientId, action, objectType, objectId, regionId, Outcome.ALLOWED, sourceIp(), null);
    }

    /** An action of the platform itself (a scheduled job), in the current transaction. */
    @Transactional
    public void recordSystem(String action, String objectType, Object objectId, UUID regionId) {
        insert("SYSTEM", null, action, objectType, objectId, regionId, Outcome.ALLOWED, null, null);
    }

    /** A refused request, committed on its own even though the request's transaction rolls back. */
    public void recordDenied(String action, String objectType, Object objectId, String detail) {
        Optional<Caller> caller = caller();
        String type = actorType(caller);
        UUID actor = actorId(caller);
        String ip = sourceIp();
        Runnable task = () -> QuarkusTransaction.requiringNew()
                .run(() -> insert(type, actor, action, objectType, objectId, null, Outcome.DENIED, ip, detail));
        if (Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(task);
        } else {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warnf("Could not write a denied-access audit event: %s", e.getMessage());
            }
        }
    }

    private void write(
            UUID actorId,
            String action,
            String objectType,
            Object objectId,
            UUID regionId,
            Outcome outcome,
            String detail) {
        insert(actorType(actorId), actorId, action, objectType, objectId, regionId, outcome, sourceIp(), detail);
    }

    private static String actorType(UUID actorId) {
        return actorId == null ? "ANONYMOUS" : "USER";
    }

    private void insert(
            String actorType,
            UUID actorId,
            String action,
            String objectType,
            Object objectId,
            UUID regionId,
            Outcome outcome,
            String ip,
            String detail) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, actorType);
            ps.setObject(2, actorId);
            ps.setString(3, action);
            ps.setString(4, objectType);
            ps.setString(5, objectId == null ? null : objectId.toString());
            ps.setObject(6, regionId);
            ps.setString(7, outcome.name());
            ps.setString(8, ip);
            ps.setString(9, detail == null ? null : detail.substring(0, Math.min(detail.length(), 200)));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    private Optional<Caller> caller() {
        InjectableContext requestContext = Arc.container().getActiveContext(RequestScoped.class);
        if (requestContext == null) {
            return Optional.empty();
        }
        try {
            return callerContext.current();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The address of the current request's client, or null outside a request. */
    public String sourceIp() {
        try {
            RoutingContext rc = currentRequest.getCurrent();
            if (rc == null || rc.request().remoteAddress() == null) {
                return null;
            }
            return rc.request().remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
