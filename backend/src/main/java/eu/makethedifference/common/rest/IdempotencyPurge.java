package eu.makethedifference.common.rest;

import eu.makethedifference.common.persistence.Jdbc;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Stored responses of idempotency keys: removed after 24 hours (hourly, safe on every instance), and at once when
 * the personal data they may repeat is erased.
 */
@ApplicationScoped
public class IdempotencyPurge {
    @Inject
    Jdbc jdbc;

    /** Forgets the stored responses that name this resource (its data was erased), in the current transaction. */
    public void forgetResponsesAbout(UUID id) {
        jdbc.update("delete from idempotency_key where body like ?", "%" + id + "%");
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        jdbc.update("delete from idempotency_key where created_at < now() - interval '24 hours'");
    }
}
