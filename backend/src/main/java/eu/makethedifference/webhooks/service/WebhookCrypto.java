package eu.makethedifference.webhooks.service;

import eu.makethedifference.common.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signing secrets of subscriptions: generated in the Standard Webhooks form ({@code whsec_} and 32 random bytes in
 * base64), kept AES-GCM encrypted, and used to sign deliveries (HMAC-SHA256 over id.timestamp.body).
 */
@ApplicationScoped
public class WebhookCrypto {
    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AppConfig config;

    private volatile SecretKeySpec key;

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The {@code webhook-signature} header value for one delivery. */
    public static String sign(String secret, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + body));
    }

    public byte[] encrypt(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, stored, 0, 12));
            return new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret cannot be decrypted: was the key changed?", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            byte[] bytes = config.webhooks()
                    .secretKey()
                    .map(k -> Base64.getDecoder().decode(k.strip()))
                    .orElseGet(() -> hmac(signingKey(), "make-the-difference webhook secrets"));
            if (bytes.length != 32) {
                throw new IllegalStateException("mtd.webhooks.secret-key must be 32 bytes in base64");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private static byte[] signingKey() {
        var cfg = ConfigProvider.getConfig();
        try {
            String pem =
                    cfg.getOptionalValue("smallrye.jwt.sign.key", String.class).orElse(null);
            if (pem == null) {
                String location = cfg.getValue("smallrye.jwt.sign.key.location", String.class);
                pem = Files.readString(location.contains(":") ? Path.of(URI.create(location)) : Path.of(location));
            }
            return pem.strip().getBytes(StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The token signing key cannot be read", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
