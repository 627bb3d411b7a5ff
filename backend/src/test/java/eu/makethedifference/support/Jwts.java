package eu.makethedifference.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds JWTs by hand, so tests control every byte: header, claims and signature. */
public final class Jwts {
    public static final String ISSUER = "https://make-the-difference.local/issuer";
    public static final String AUDIENCE = "make-the-difference-api";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jwts() {}

    /** The claims of a valid access token for this user and session. */
    public static Map<String, Object> accessClaims(String userId, String sessionId, String role) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", userId);
        claims.put("sid", sessionId);
        claims.put("token_use", "access");
        claims.put("groups", List.of(role));
        claims.put("iat", now);
        claims.put("exp", now + 300);
        return claims;
    }

    /** The test application's own signing key (test fixture generated for this run). */
    public static PrivateKey applicationKey() {
        try {
            String pem = Files.readString(PostgresResource.keyDirectory().resolve("token-signing-private.pem"));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] applicationPublicKeyPem() {
        try {
            return Files.readAllBytes(PostgresResource.keyDirectory().resolve("token-signing-public.pem"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rs256(Map<String, Object> claims, PrivateKey key) {
        String signingInput = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 keyed with the given bytes (the algorithm-confusion attack uses the public key). */
    public static String hs256(Map<String, Object> claims, byte[] secret) {
        String signingInput = part(Map.of("alg", "HS256", "typ", "JWT")) + "." + part(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "."
                    + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token: {@code alg: none} and an empty signature. */
    public static String unsigned(Map<String, Object> claims) {
        return part(Map.of("alg", "none", "typ", "JWT")) + "." + part(claims) + ".";
    }

    /** The claims of a token, unverified. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claimsOf(String token) {
        try {
            return JSON.readValue(B64D.decode(token.split("\\.")[1]), LinkedHashMap.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> headerOf(String token) {
        try {
            return JSON.readValue(B64D.decode(token.split("\\.")[0]), LinkedHashMap.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token with its payload replaced and its original signature kept. */
    public static String withPayload(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + part(claims) + "." + parts[2];
    }

    private static String part(Object value) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(value));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
