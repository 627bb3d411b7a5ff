package eu.makethedifference.common.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Entry point. When no datasource URL is configured it starts the embedded PostgreSQL server with its
 * data kept in {@code <data dir>/postgres}; when no signing keys are configured outside the prod profile it
 * generates them once into {@code <data dir>/keys}. Both are handed to Quarkus as system properties.
 */
@QuarkusMain
public final class Launcher {
    private static final Logger LOG = Logger.getLogger(Launcher.class);

    private Launcher() {}

    public static void main(String... args) throws IOException {
        Path dataDir = Path.of(setting("mtd.data-dir").orElse("data")).toAbsolutePath();
        boolean embedded = setting("quarkus.datasource.jdbc.url").isEmpty();
        if (embedded && setting("quarkus.profile").isEmpty()) {
            // The embedded default is a demonstration: demo profile, demo data on.
            System.setProperty("quarkus.profile", "demo");
        }
        String profile = setting("quarkus.profile").orElse("prod");
        EmbeddedPostgres postgres = null;
        if (embedded) {
            postgres = EmbeddedDatabase.start(dataDir.resolve("postgres"));
            EmbeddedDatabase.properties(postgres).forEach(System::setProperty);
            System.setProperty("mtd.embedded-database", "true");
            LOG.infof("Embedded PostgreSQL started, data in %s", dataDir.resolve("postgres"));
        }
        if (setting("mp.jwt.verify.publickey.location").isEmpty()
                || setting("smallrye.jwt.sign.key.location").isEmpty()) {
            if ("prod".equals(profile) && postgres == null) {
                throw new IllegalStateException(
                        "Signing keys are not configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION and SMALLRYE_JWT_SIGN_KEY_LOCATION");
            }
            Files.createDirectories(dataDir);
            Map<String, String> keys = SigningKeys.ensure(dataDir.resolve("keys"));
            keys.forEach(System::setProperty);
        }
        try {
            Quarkus.run(args);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Reads a setting the way MicroProfile Config would: system property first, then environment. */
    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
