package eu.makethedifference.identity.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Accounts the platform creates for people (approved mentors) and the one-time links with which they set
 * their password. Only the SHA-256 of a link's token is stored; a link works once and expires.
 */
@ApplicationScoped
public class PasswordSetupService {
    private static final Logger LOG = Logger.getLogger(PasswordSetupService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Jdbc jdbc;

    @Inject
    AppConfig config;

    @Inject
    AuditService audit;

    /**
     * The account for this e-mail address: an existing one of the same role is reused (a returning mentor);
     * a new one is created without a usable password. 409 email_taken when the address belongs to another role.
     */
    @Transactional
    public UUID ensureAccount(String email, String displayName, String language, Role role, UUID regionId) {
        Optional<Object[]> existing = jdbc.one(
                "select id, role from app_user where lower(email) = lower(?)",
                rs -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)},
                email);
        if (existing.isPresent()) {
            if (!role.name().equals(existing.get()[1])) {
                throw ApiException.conflict(
                        "email_taken", "An account with this e-mail address exists already for another role.");
            }
            UUID id = (UUID) existing.get()[0];
            jdbc.update(
                    "update app_user set enabled = true, updated_at = now(), version = version + 1 where id = ?", id);
            jdbc.update(
                    "insert into user_region (user_id, region_id) values (?, ?) on conflict do nothing", id, regionId);
            return id;
        }
        UUID id = UUID.randomUUID();
        String unusable = unusableHash();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into app_user (id, email, display_name, preferred_language, role, password_hash, enabled,
                                      created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, true, ?, ?)
                """,
                id,
                email.strip(),
                displayName,
                config.languages().contains(language) ? language : "en",
                role,
                unusable,
                now,
                now);
        jdbc.update("insert into user_region (user_id, region_id) values (?, ?)", id, regionId);
        audit.record("USER_CREATED", "USER", id, regionId);
        return id;
    }

    /** A new set-password link for the account; in development it is written to the log. */
    @Transactional
    public String issueLink(UUID userId) {
        String token = token();
        jdbc.update(
                "insert into password_setup (token_hash, user_id, expires_at) values (?, ?, ?)",
                hash(token),
                userId,
                SqlValues.now().plus(config.mentoring().passwordLinkLifetime()));
        String link = config.mentoring().publicUrl() + "/set-password#token=" + token;
        if (config.mentoring().logPasswordLinks()) {
            LOG.infof("Set-password link for account %s: %s", userId, link);
        }
        return link;
    }

    /** Sets the password through a link; 400 invalid_link when unknown, used or expired. */
    @Transactional
    public void setPassword(String token, String password) {
        Optional<Object[]> link =
                jdbc.one("""
                update password_setup set used_at = now()
                where token_hash = ? and used_at is null and expires_at > now()
                returning user_id, (select email from app_user u where u.id = user_id)
                """, rs -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}, hash(token));
        if (link.isEmpty()) {
            throw ApiException.badRequest(
                    "invalid_link",
                    "This link is unknown, used already or expired. Ask your coordinator for a new one.");
        }
        UUID userId = (UUID) link.get()[0];
        PasswordPolicy.check("password", password, (String) link.get()[1]);
        jdbc.update(
                "update app_user set password_hash = ?, updated_at = now(), version = version + 1 where id = ?",
                BcryptUtil.bcryptHash(password, config.auth().bcryptCost()),
                userId);
        jdbc.update("update password_setup set used_at = now() where user_id = ? and used_at is null", userId);
        audit.recordFor(userId, "PASSWORD_SET", "USER", userId, null, AuditService.Outcome.ALLOWED);
    }

    private volatile String unusable;

    /** A bcrypt hash of a secret nobody knows, computed once: no password logs in until one is set. */
    private String unusableHash() {
        if (unusable == null) {
            unusable = BcryptUtil.bcryptHash(token(), config.auth().bcryptCost());
        }
        return unusable;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
