package eu.makethedifference.webhooks.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.notifications.service.NotificationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: claims due deliveries with {@code FOR UPDATE SKIP LOCKED} (several instances never send one
 * delivery at the same time), at most one pending delivery per subscription and subject at a time (in order),
 * signs them the Standard Webhooks way, retries failures with exponential backoff within the retry window, then
 * fails the delivery, turns its subscription off and tells the people who set it up. Deliveries of a disabled
 * client, or of a client that no longer holds the event's scope, wait (they go out if that changes back).
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    static final int BATCH = 20;
    static final int MAX_ROUNDS = 10;

    @Inject
    Jdbc jdbc;

    @Inject
    AppConfig config;

    @Inject
    UrlGuard guard;

    @Inject
    WebhookCrypto crypto;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    private volatile HttpClient http;

    record Claim(
            UUID id,
            UUID eventId,
            int attempts,
            Instant windowStart,
            UUID subscriptionId,
            String url,
            byte[] secret,
            String body) {}

    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(
            every = "{mtd.webhooks.poll-interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /**
     * Sends due deliveries, batch by batch while batches are full (at most {@code MAX_ROUNDS}; the next poll goes
     * on); returns how many attempts were made.
     */
    public int deliverDue() {
        int attempts = 0;
        int rounds = 0;
        List<Claim> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::claim);
            List<CompletableFuture<Outcome>> sent = new ArrayList<>();
            for (Claim c : batch) {
                sent.add(send(c));
            }
            for (int i = 0; i < batch.size(); i++) {
                record(batch.get(i), sent.get(i).join());
            }
            attempts += batch.size();
        } while (batch.size() == BATCH && ++rounds < MAX_ROUNDS);
        return attempts;
    }

    private List<Claim> claim() {
        long lease = config.webhooks().timeout().multipliedBy(3).plusSeconds(30).toSeconds();
        return jdbc.list(
                """
                with c as (
                  select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                  join integration_client k on k.id = s.client_id join webhook_event x on x.id = d.event_id
                  where d.status = 'PENDING' and d.next_attempt_at <= now() and s.enabled and k.enabled
                    and x.scope = any (k.scopes)
                    and not exists (select 1 from webhook_delivery p where p.subscription_id = d.subscription_id
                                    and p.subject_id = d.subject_id and p.status = 'PENDING' and p.seq < d.seq)
                  order by d.next_attempt_at, d.seq limit ? for update of d skip locked)
                update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = now(),
                    next_attempt_at = now() + make_interval(secs => ?)
                from c, webhook_event e, webhook_subscription s
                where d.id = c.id and e.id = d.event_id and s.id = d.subscription_id
                returning d.id, d.event_id, d.attempts, d.window_start, s.id, s.url, s.secret, e.payload::text
                """,
                rs -> new Claim(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        SqlValues.instant(rs.getObject(4)),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getBytes(7),
                        rs.getString(8)),
                BATCH,
                (double) lease);
    }

    private CompletableFuture<Outcome> send(Claim c) {
        Optional<String> refused = guard.refusal(c.url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, "Not sent: the URL " + refused.get()));
        }
        String id = c.eventId().toString();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(c.url()))
                .timeout(config.webhooks().timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "MakeTheDifference-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookCrypto.sign(crypto.decrypt(c.secret()), id, timestamp, c.body()))
                .POST(HttpRequest.BodyPublishers.ofString(c.body()))
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(config.webhooks().timeout().toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((response, error) ->
                        error == null ? new Outcome(response.statusCode(), null) : new Outcome(null, describe(error)));
    }

    private void record(Claim c, Outcome outcome) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (outcome.delivered()) {
                    jdbc.update("""
                            update webhook_delivery set status = 'SUCCEEDED', completed_at = now(), next_attempt_at = now(),
                                last_response_code = ?, last_error = null where id = ? and attempts = ?
                            """, outcome.status(), c.id(), c.attempts());
                    return;
                }
                Duration wait = backoff(
                        c.attempts(),
                        config.webhooks().firstRetry(),
                        config.webhooks().maxRetryInterval());
                Instant next = Instant.now().plus(wait);
                boolean giveUp =
                        next.isAfter(c.windowStart().plus(config.webhooks().retryWindow()));
                int changed =
                        jdbc.update("""
                        update webhook_delivery set status = case when ? then 'FAILED' else 'PENDING' end,
                            completed_at = case when ? then now() end, next_attempt_at = ?,
                            last_response_code = ?, last_error = ? where id = ? and attempts = ?
                        """, giveUp, giveUp, next, outcome.status(), outcome.error(), c.id(), c.attempts());
                if (giveUp && changed == 1) {
                    turnOff(c.subscriptionId());
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Webhook delivery %s: the outcome could not be recorded; it is tried again", c.id());
        }
    }

    /** After a delivery failed for its whole retry window: the subscription goes off and its owners are told. */
    private void turnOff(UUID subscriptionId) {
        record Owner(UUID user, UUID region, String client) {}
        List<Owner> owners = jdbc.list(
                """
                with off as (
                  update webhook_subscription set enabled = false, disabled_reason = 'FAILING', version = version + 1,
                      updated_at = now() where id = ? and enabled returning client_id, created_by)
                select distinct u.id, c.region_id, c.name from off join integration_client c on c.id = off.client_id
                join app_user u on u.id in (off.created_by, c.created_by) and u.enabled
                """,
                rs -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)),
                subscriptionId);
        if (owners.isEmpty()) {
            return;
        }
        audit.recordSystem(
                "WEBHOOK_SUBSCRIPTION_DISABLED",
                WebhookService.TYPE,
                subscriptionId,
                owners.get(0).region());
        for (Owner o : owners) {
            notifications.send(
                    o.user(),
                    "WEBHOOK_SUBSCRIPTION_DISABLED",
                    WebhookService.TYPE,
                    subscriptionId,
                    Map.of("client", o.client()));
        }
        LOG.warnf("Webhook subscription %s turned off: a delivery failed for the whole retry window", subscriptionId);
    }

    /** Wait before the next attempt: first, then doubling, at most max. */
    static Duration backoff(int attemptsMade, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        jdbc.update(
                "delete from webhook_delivery where status <> 'PENDING' and completed_at < now() - interval '30 days'");
        jdbc.update("""
                delete from webhook_event e where e.created_at < now() - interval '30 days'
                  and not exists (select 1 from webhook_delivery d where d.event_id = e.id)
                """);
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(config.webhooks().timeout())
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();
        }
        return http;
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
