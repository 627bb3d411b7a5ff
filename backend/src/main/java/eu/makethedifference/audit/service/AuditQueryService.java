package eu.makethedifference.audit.service;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the audit log. ADMIN sees platform events (accounts, organisations, regions, logins); a coordinator
 * sees the events about objects of their regions. Nobody can change or delete entries.
 */
@ApplicationScoped
public class AuditQueryService {
    /** Object types that are platform administration, not programme data. */
    public static final List<String> PLATFORM_TYPES = List.of("USER", "ORGANISATION", "REGION", "SESSION");

    @Inject
    EntityManager em;

    public record Filter(UUID actorId, String objectType, String objectId, Instant from, Instant to) {}

    public record Entry(
            long id,
            Instant occurredAt,
            String actorType,
            UUID actorId,
            String action,
            String objectType,
            String objectId,
            UUID regionId,
            String outcome,
            String sourceIp) {}

    public record Result(List<Entry> items, long total) {}

    public Result list(Caller caller, Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (caller.is(Role.ADMIN)) {
            where.add("(object_type is null or object_type in (:platform))");
            params.put("platform", PLATFORM_TYPES);
        } else if (caller.is(Role.COORDINATOR)) {
            if (caller.regionIds().isEmpty()) {
                return new Result(List.of(), 0);
            }
            where.add("region_id in (:scope)");
            params.put("scope", caller.regionIds());
        } else {
            throw ApiException.forbidden();
        }
        if (filter.actorId() != null) {
            where.add("actor_id = :actor");
            params.put("actor", filter.actorId());
        }
        if (filter.objectType() != null) {
            where.add("object_type = :objectType");
            params.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            where.add("object_id = :objectId");
            params.put("objectId", filter.objectId());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to());
        }
        String condition = " where " + String.join(" and ", where);
        Query select = em.createNativeQuery(
                "select id, occurred_at, actor_type, actor_id, action, object_type, object_id, region_id, outcome, source_ip"
                        + " from audit_event" + condition
                        + " order by occurred_at desc, id desc limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*) from audit_event" + condition);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        select.setParameter("limit", size);
        select.setParameter("offset", (long) page * size);
        List<Entry> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new Entry(
                    ((Number) r[0]).longValue(),
                    SqlValues.instant(r[1]),
                    (String) r[2],
                    (UUID) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (UUID) r[7],
                    (String) r[8],
                    (String) r[9]));
        }
        return new Result(items, ((Number) count.getSingleResult()).longValue());
    }
}
