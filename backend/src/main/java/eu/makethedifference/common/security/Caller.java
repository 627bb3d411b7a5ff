package eu.makethedifference.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as read from the database on this request (never from token claims alone): role,
 * regions and organisation are current, so a role change or a disable takes effect at once.
 */
public record Caller(UUID userId, Role role, Set<UUID> regionIds, UUID organisationId, UUID sessionId) {
    public boolean is(Role r) {
        return role == r;
    }

    public boolean worksIn(UUID regionId) {
        return regionIds.contains(regionId);
    }
}
