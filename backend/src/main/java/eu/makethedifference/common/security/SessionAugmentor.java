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

    private SecurityIdentity resolve(SecurityIdentity identity, JsonWebToken jwt) {
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
}
