package eu.makethedifference.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** Generates the RS256 token signing key pair once and keeps it in a directory (PEM, private key owner-only). */
public final class SigningKeys {
    private SigningKeys() {}

    public static Map<String, String> ensure(Path directory) {
        try {
            Path privateKey = directory.resolve("token-signing-private.pem");
            Path publicKey = directory.resolve("token-signing-public.pem");
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(
                        privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                try {
                    Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "smallrye.jwt.sign.key.location", privateKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
