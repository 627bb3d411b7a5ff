package eu.makethedifference.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as read from the database on this request (never from token claims alone): role,
 * regions and organisation are current, so a role change or a disable takes effect at once.
 */
public record Caller(UUID userId, Role role, Set<UUID> regionIds, UUID organisationId, UUID sessionId, Client client) {
    /**
     * An integration client acting as its organisation's technical account ({@code userId}): limited to its
     * scopes and its own rate of changes.
     */
    public record Client(UUID id, Set<String> scopes, int writesPerMinute) {}

    /** A person signed in with a session. */
    public Caller(UUID userId, Role role, Set<UUID> regionIds, UUID organisationId, UUID sessionId) {
        this(userId, role, regionIds, organisationId, sessionId, null);
    }

    /** The audit log records an integration client as itself, not as the account it acts through. */
    public String auditActorType() {
        return client != null ? "CLIENT" : "USER";
    }

    public UUID auditActorId() {
        return client != null ? client.id() : userId;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean worksIn(UUID regionId) {
        return regionIds.contains(regionId);
    }
}
