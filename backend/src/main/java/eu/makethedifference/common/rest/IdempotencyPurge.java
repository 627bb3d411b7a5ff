package eu.makethedifference.common.rest;

import eu.makethedifference.common.persistence.Jdbc;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Idempotency keys older than 24 hours are of no use: removed hourly (safe to run on every instance). */
@ApplicationScoped
public class IdempotencyPurge {
    @Inject
    Jdbc jdbc;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        jdbc.update("delete from idempotency_key where created_at < now() - interval '24 hours'");
    }
}
