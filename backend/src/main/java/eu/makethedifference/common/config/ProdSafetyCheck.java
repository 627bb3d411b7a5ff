package eu.makethedifference.common.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start the prod profile with demo accounts, or any profile with unsafe token or hash settings. */
@ApplicationScoped
public class ProdSafetyCheck {
    static final Duration MAX_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    static final int MIN_BCRYPT_COST = 12;

    @Inject
    AppConfig config;

    @ConfigProperty(name = "quarkus.profile")
    String profile;

    void onStart(@Observes StartupEvent event) {
        refusal(
                        LaunchMode.current() == LaunchMode.NORMAL ? profile : "test",
                        config.demo().enabled(),
                        config.auth().accessTokenLifetime(),
                        config.auth().bcryptCost())
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    /** Why the app must not start with these settings, if it must not. */
    static Optional<String> refusal(String profile, boolean demo, Duration accessTokenLifetime, int bcryptCost) {
        if (accessTokenLifetime.compareTo(MAX_ACCESS_TOKEN_LIFETIME) > 0) {
            return Optional.of("mtd.auth.access-token-lifetime must be at most 15 minutes");
        }
        if (bcryptCost < MIN_BCRYPT_COST) {
            return Optional.of("mtd.auth.bcrypt-cost must be at least 12");
        }
        if ("prod".equals(profile) && demo) {
            return Optional.of(
                    "Demo mode is on in the prod profile. Use QUARKUS_PROFILE=demo for a demonstration, or set MTD_DEMO_ENABLED=false");
        }
        return Optional.empty();
    }
}
