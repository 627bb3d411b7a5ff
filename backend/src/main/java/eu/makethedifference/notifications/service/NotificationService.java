package eu.makethedifference.notifications.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells a user that something happened to them (a seat became free, a certificate was issued). A
 * notification is a kind plus parameters, written in the transaction of the change it reports, so it
 * exists exactly when the change does; the SPA words it in the reader's language. Parameters carry ids,
 * states and titles, never data about children.
 */
@ApplicationScoped
public class NotificationService {
    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public record Notification(
            UUID id,
            String kind,
            String subjectType,
            UUID subjectId,
            Map<String, String> params,
            Instant createdAt,
            Instant readAt) {}

    public record Result(List<Notification> items, long total, long unread) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(UUID userId, String kind, String subjectType, UUID subjectId, Map<String, String> params) {
        try {
            em.createNativeQuery("""
                            insert into notification (id, user_id, kind, subject_type, subject_id, params, created_at)
                            values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)
                            """)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, userId)
                    .setParameter(3, kind)
                    .setParameter(4, subjectType)
                    .setParameter(5, subjectId)
                    .setParameter(6, json.writeValueAsString(params))
                    .setParameter(7, SqlValues.now())
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        LOG.infof("Notification %s about %s %s for user %s", kind, subjectType, subjectId, userId);
    }

    @SuppressWarnings("unchecked")
    public Result list(Caller caller, boolean unreadOnly, int page, int size) {
        String filter = unreadOnly ? " and read_at is null" : "";
        List<Notification> items = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select id, kind, subject_type, subject_id, cast(params as text), created_at, read_at"
                                + " from notification where user_id = ?1" + filter
                                + " order by created_at desc, id limit ?2 offset ?3")
                .setParameter(1, caller.userId())
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .getResultList()) {
            Object[] r = (Object[]) row;
            try {
                items.add(new Notification(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (UUID) r[3],
                        json.readValue((String) r[4], Map.class),
                        SqlValues.instant(r[5]),
                        SqlValues.instant(r[6])));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where true" + filter
                        + "), count(*) filter (where read_at is null) from notification where user_id = ?1")
                .setParameter(1, caller.userId())
                .getSingleResult();
        return new Result(items, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /** Marks one of the caller's notifications read; someone else's is "not found". */
    @Transactional
    public void markRead(Caller caller, UUID id) {
        int n = em.createNativeQuery(
                        "update notification set read_at = coalesce(read_at, ?3) where id = ?1 and user_id = ?2")
                .setParameter(1, id)
                .setParameter(2, caller.userId())
                .setParameter(3, SqlValues.now())
                .executeUpdate();
        if (n == 0) {
            throw ApiException.notFound();
        }
    }

    @Transactional
    public void markAllRead(Caller caller) {
        em.createNativeQuery("update notification set read_at = ?2 where user_id = ?1 and read_at is null")
                .setParameter(1, caller.userId())
                .setParameter(2, SqlValues.now())
                .executeUpdate();
    }
}
