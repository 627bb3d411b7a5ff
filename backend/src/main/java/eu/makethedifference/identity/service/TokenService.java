package eu.makethedifference.identity.service;

import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.security.SessionAugmentor;
import eu.makethedifference.identity.UserAccount;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/** Signs access tokens (RS256 JWT) and creates opaque refresh tokens, stored only as SHA-256 hashes. */
@ApplicationScoped
public class TokenService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AppConfig config;

    @Inject
    EntityManager em;

    public record Tokens(String accessToken, String refreshToken, long expiresIn) {}

    /** Starts a session (refresh token family) for the user and issues its first token pair. */
    public Tokens startSession(UserAccount user) {
        UUID sessionId = UUID.randomUUID();
        Instant now = Instant.now();
        em.createNativeQuery("insert into auth_session (id, user_id, created_at, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, sessionId)
                .setParameter(2, user.id)
                .setParameter(3, now)
                .setParameter(4, now.plus(config.auth().sessionLifetime()))
                .executeUpdate();
        return issue(user.id, user.role.name(), sessionId);
    }

    /** A new token pair in an existing session: the refresh token is rotated. */
    public Tokens issue(UUID userId, String role, UUID sessionId) {
        Instant now = Instant.now();
        String refresh = randomToken();
        em.createNativeQuery(
                        "insert into refresh_token (id, session_id, token_hash, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, sessionId)
                .setParameter(3, hash(refresh))
                .setParameter(4, now)
                .setParameter(5, now.plus(config.auth().refreshTokenLifetime()))
                .executeUpdate();
        long lifetime = config.auth().accessTokenLifetime().toSeconds();
        String access = Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(userId.toString())
                .groups(Set.of(role))
                .claim(SessionAugmentor.SESSION_CLAIM, sessionId.toString())
                .claim(SessionAugmentor.TOKEN_USE, "access")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign();
        return new Tokens(access, refresh, lifetime);
    }

    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
