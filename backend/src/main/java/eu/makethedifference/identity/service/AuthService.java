package eu.makethedifference.identity.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.audit.service.AuditService.Outcome;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.identity.UserAccount;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Login, refresh and logout. Outcomes are returned, not thrown, so that failure counters, revocations and
 * audit entries commit even when the answer is a refusal.
 */
@ApplicationScoped
public class AuthService {
    @Inject
    EntityManager em;

    @Inject
    TokenService tokens;

    @Inject
    AuditService audit;

    @Inject
    AppConfig config;

    private String dummyHash;

    public sealed interface LoginOutcome {}

    public record LoggedIn(TokenService.Tokens tokens) implements LoginOutcome {}

    public record BadCredentials() implements LoginOutcome {}

    public record Throttled(long retryAfterSeconds) implements LoginOutcome {}

    @PostConstruct
    void init() {
        dummyHash = BcryptUtil.bcryptHash(
                UUID.randomUUID().toString(), config.auth().bcryptCost());
    }

    @Transactional
    public LoginOutcome login(String email, String password) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        UserAccount user = UserAccount.findByEmail(key);
        if (user != null && user.client) {
            user = null; // an integration client's technical account never logs in with a password
        }
        UUID actor = user == null ? null : user.id;

        Instant lockedUntil = lockedUntil(key);
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            audit.recordFor(actor, "LOGIN_THROTTLED", "USER", actor, null, Outcome.DENIED);
            return new Throttled(Math.max(1, Duration.between(now, lockedUntil).toSeconds() + 1));
        }
        // Always run bcrypt, so unknown and known accounts take the same time.
        boolean matches = BcryptUtil.matches(password, user == null ? dummyHash : user.passwordHash);
        if (user == null || !matches || !user.enabled) {
            audit.recordFor(actor, "LOGIN_FAILED", "USER", actor, null, Outcome.DENIED);
            if (registerFailure(key)) {
                audit.recordFor(actor, "ACCOUNT_LOCKED", "USER", actor, null, Outcome.DENIED);
            }
            return new BadCredentials();
        }
        em.createNativeQuery("delete from login_throttle where email_key = ?1")
                .setParameter(1, key)
                .executeUpdate();
        TokenService.Tokens issued = tokens.startSession(user);
        audit.recordFor(user.id, "LOGIN_SUCCEEDED", "USER", user.id, null, Outcome.ALLOWED);
        return new LoggedIn(issued);
    }

    /** Rotates a refresh token. A token used twice revokes its whole family (session). */
    @Transactional
    public TokenService.Tokens refresh(String refreshToken) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select rt.id, rt.session_id, rt.used_at, rt.expires_at, s.revoked_at, s.expires_at,
                               u.id, u.role, u.enabled
                        from refresh_token rt
                        join auth_session s on s.id = rt.session_id
                        join app_user u on u.id = s.user_id
                        where rt.token_hash = ?1
                        for update of rt, s
                        """)
                .setParameter(1, TokenService.hash(refreshToken))
                .getResultList();
        if (rows.isEmpty()) {
            audit.recordFor(null, "REFRESH_REFUSED", "SESSION", null, null, Outcome.DENIED);
            return null;
        }
        Object[] row = rows.get(0);
        UUID tokenId = (UUID) row[0];
        UUID sessionId = (UUID) row[1];
        UUID userId = (UUID) row[6];
        Instant now = Instant.now();
        if (row[2] != null) {
            revokeSession(sessionId, "REFRESH_TOKEN_REUSE");
            audit.recordFor(userId, "REFRESH_TOKEN_REUSED", "SESSION", sessionId, null, Outcome.DENIED);
            return null;
        }
        boolean expired = SqlValues.instant(row[3]).isBefore(now)
                || SqlValues.instant(row[5]).isBefore(now);
        if (row[4] != null || expired || !((Boolean) row[8])) {
            audit.recordFor(userId, "REFRESH_REFUSED", "SESSION", sessionId, null, Outcome.DENIED);
            return null;
        }
        em.createNativeQuery("update refresh_token set used_at = ?1 where id = ?2")
                .setParameter(1, now)
                .setParameter(2, tokenId)
                .executeUpdate();
        return tokens.issue(userId, (String) row[7], sessionId);
    }

    @Transactional
    public void logout(Caller caller) {
        revokeSession(caller.sessionId(), "LOGOUT");
        audit.recordFor(caller.userId(), "LOGOUT", "SESSION", caller.sessionId(), null, Outcome.ALLOWED);
    }

    /** Ends every session of a user but one (null: all). Used on disable, role and password change. */
    @Transactional
    public int revokeAllSessions(UUID userId, UUID except, String reason) {
        return em.createNativeQuery("""
                        update auth_session set revoked_at = now(), revoke_reason = ?1
                        where user_id = ?2 and revoked_at is null and (cast(?3 as uuid) is null or id <> cast(?3 as uuid))
                        """)
                .setParameter(1, reason)
                .setParameter(2, userId)
                .setParameter(3, except)
                .executeUpdate();
    }

    private void revokeSession(UUID sessionId, String reason) {
        em.createNativeQuery(
                        "update auth_session set revoked_at = now(), revoke_reason = ?1 where id = ?2 and revoked_at is null")
                .setParameter(1, reason)
                .setParameter(2, sessionId)
                .executeUpdate();
    }

    private Instant lockedUntil(String key) {
        List<?> rows = em.createNativeQuery("select locked_until from login_throttle where email_key = ?1")
                .setParameter(1, key)
                .getResultList();
        return rows.isEmpty() ? null : SqlValues.instant(rows.get(0));
    }

    /** Counts a failure atomically; returns true when this failure locked the account. */
    private boolean registerFailure(String key) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into login_throttle as t (email_key, window_start, failures) values (?1, now(), 1)
                        on conflict (email_key) do update set
                            failures = case when t.window_start < now() - cast(?2 as interval) then 1 else t.failures + 1 end,
                            window_start = case when t.window_start < now() - cast(?2 as interval) then now() else t.window_start end
                        returning failures, locked_until
                        """)
                .setParameter(1, key)
                .setParameter(2, config.auth().failureWindow().toSeconds() + " seconds")
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        if (failures >= config.auth().maxFailures()) {
            em.createNativeQuery(
                            "update login_throttle set locked_until = now() + cast(?2 as interval), failures = 0, window_start = now() where email_key = ?1")
                    .setParameter(1, key)
                    .setParameter(2, config.auth().lockout().toSeconds() + " seconds")
                    .executeUpdate();
            return true;
        }
        return false;
    }
}
