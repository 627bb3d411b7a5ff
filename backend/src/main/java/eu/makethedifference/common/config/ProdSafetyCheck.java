package eu.makethedifference.common.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start the prod profile with demo accounts or a too long access token lifetime. */
@ApplicationScoped
public class ProdSafetyCheck {
    @Inject
    AppConfig config;

    @ConfigProperty(name = "quarkus.profile")
    String profile;

    void onStart(@Observes StartupEvent event) {
        if (config.auth().accessTokenLifetime().toMinutes() > 15) {
            throw new IllegalStateException("mtd.auth.access-token-lifetime must be at most 15 minutes");
        }
        if (config.auth().bcryptCost() < 12) {
            throw new IllegalStateException("mtd.auth.bcrypt-cost must be at least 12");
        }
        if (LaunchMode.current() == LaunchMode.NORMAL
                && "prod".equals(profile)
                && config.demo().enabled()) {
            throw new IllegalStateException(
                    "Demo mode is on in the prod profile. Use QUARKUS_PROFILE=demo for a demonstration, or set MTD_DEMO_ENABLED=false");
        }
    }
}
