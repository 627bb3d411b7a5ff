package eu.makethedifference.common.security;

import eu.makethedifference.common.persistence.SqlValues;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified access token into a {@link Caller}: one query checks that the user is enabled and the
 * token's session (refresh token family) is neither revoked nor expired, and reads role, regions and
 * organisation. Logout, disabling, a role or a password change therefore take effect on the next request.
 */
@ApplicationScoped
public class SessionAugmentor implements SecurityIdentityAugmentor {
    public static final String TOKEN_USE = "token_use";
    public static final String SESSION_CLAIM = "sid";
    public static final String CLIENT_TOKEN = "client";
    public static final String CLIENT_CLAIM = "client_id";
    public static final String SCOPE_CLAIM = "scope";

    private static final String SQL = """
            select u.role, u.organisation_id,
                   array(select r.region_id from user_region r where r.user_id = u.id) as regions
            from app_user u join auth_session s on s.user_id = u.id
            where u.id = ? and s.id = ? and u.enabled and s.revoked_at is null and s.expires_at > now()
            """;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> resolve(identity, jwt));
    }

    private static final String CLIENT_SQL = """
            select u.organisation_id, c.region_id, c.scopes, c.writes_per_minute
            from integration_client c join app_user u on u.id = c.user_id
            where c.id = ? and c.user_id = ? and c.enabled and u.enabled and u.client
            """;

    private SecurityIdentity resolve(SecurityIdentity identity, JsonWebToken jwt) {
        if (CLIENT_TOKEN.equals(jwt.getClaim(TOKEN_USE))) {
            return resolveClient(identity, jwt);
        }
        if (!"access".equals(jwt.getClaim(TOKEN_USE))) {
            throw new AuthenticationFailedException("not an access token");
        }
        UUID userId;
        UUID sessionId;
        try {
            userId = UUID.fromString(jwt.getSubject());
            sessionId = UUID.fromString(jwt.getClaim(SESSION_CLAIM));
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("malformed subject or session");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setObject(1, userId);
            ps.setObject(2, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AuthenticationFailedException("session ended");
                }
                Role role = Role.valueOf(rs.getString(1));
                UUID organisationId = rs.getObject(2, UUID.class);
                Set<UUID> regions = Set.copyOf(SqlValues.uuids(rs.getArray(3)));
                Caller caller = new Caller(userId, role, regions, organisationId, sessionId);
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addRole(role.name())
                        .addAttribute(CallerContext.ATTRIBUTE, caller)
                        .setAnonymous(false)
                        .build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the session", e);
        }
    }

    /**
     * A client credentials token: the client and its technical account must still be enabled; the scopes are
     * those of the token that the client still has.
     */
    private SecurityIdentity resolveClient(SecurityIdentity identity, JsonWebToken jwt) {
        UUID userId;
        UUID clientId;
        try {
            userId = UUID.fromString(jwt.getSubject());
            clientId = UUID.fromString(jwt.getClaim(CLIENT_CLAIM));
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("malformed subject or client");
        }
        Object claimed = jwt.getClaim(SCOPE_CLAIM);
        Set<String> tokenScopes =
                claimed == null ? Set.of() : Set.of(claimed.toString().split(" "));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(CLIENT_SQL)) {
            ps.setObject(1, clientId);
            ps.setObject(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AuthenticationFailedException("client disabled or unknown");
                }
                Set<String> scopes = new java.util.HashSet<>(
                        java.util.Arrays.asList((String[]) rs.getArray(3).getArray()));
                scopes.retainAll(tokenScopes);
                Caller caller = new Caller(
                        userId,
                        Role.PROFESSIONAL,
                        Set.of(rs.getObject(2, UUID.class)),
                        rs.getObject(1, UUID.class),
                        null,
                        new Caller.Client(clientId, Set.copyOf(scopes), rs.getInt(4)));
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addRole(Role.PROFESSIONAL.name())
                        .addAttribute(CallerContext.ATTRIBUTE, caller)
                        .setAnonymous(false)
                        .build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the client", e);
        }
    }
}
