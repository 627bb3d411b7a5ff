package eu.makethedifference.webhooks;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.referrals.ReferralFixtures;
import eu.makethedifference.referrals.service.ReferralService;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.WebhookReceiver;
import eu.makethedifference.webhooks.service.WebhookSender;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class WebhookTest {
    static final String CLIENTS = "/api/v1/integration-clients";
    static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";

    @Inject
    WebhookSender sender;

    @Inject
    ReferralService referrals;

    /** Each test counts the deliveries of its own subscriptions only: those of earlier tests are off. */
    @BeforeEach
    void switchOffOtherSubscriptions() throws Exception {
        Db.execute("update webhook_subscription set enabled = false, disabled_reason = 'BY_USER' where enabled");
    }

    /** A client of the organisation with these scopes, registered by the SI coordinator. */
    static UUID client(UUID organisation, String... scopes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Receiver " + UUID.randomUUID().toString().substring(0, 8));
        body.put("organisationId", organisation.toString());
        body.put("scopes", List.of(scopes));
        String coordinator = organisation.equals(Api.ORG_DE_WELFARE) ? Api.COORDINATOR_DE : Api.COORDINATOR_SI;
        Response r = Api.as(coordinator).body(body).post(CLIENTS);
        assertEquals(201, r.statusCode(), r.asString());
        return UUID.fromString(r.jsonPath().getString("client.id"));
    }

    static Response subscribe(String caller, UUID client, String url, String... types) {
        return Api.responseOnly(caller)
                .body(Map.of("url", url, "eventTypes", List.of(types)))
                .post(CLIENTS + "/" + client + "/webhook-subscriptions");
    }

    /** [subscription id, secret] */
    static String[] subscribed(UUID client, String url, String... types) {
        Response r = subscribe(Api.COORDINATOR_SI, client, url, types);
        assertEquals(201, r.statusCode(), r.asString());
        return new String[] {
            r.jsonPath().getString("subscription.id"), r.jsonPath().getString("secret")
        };
    }

    static boolean verifies(WebhookReceiver.Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
        String expected =
                "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return List.of(r.header("webhook-signature").split(" ")).contains(expected);
    }

    static JsonPath deliveries(String subscription) {
        Response r = Api.as(Api.COORDINATOR_SI).get(SUBSCRIPTIONS + "/" + subscription + "/deliveries?size=100");
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    @Test
    void shouldRefuseUrlsThatReachIntoPrivateNetworksAndEventsOutsideTheClientsScopes() {
        UUID client = client(Api.ORG_SI_WELFARE, "referrals:read");
        long before = Db.count("select count(*) from webhook_subscription");
        for (String url : List.of(
                "http://203.0.113.7/hook", // plain HTTP
                "https://10.1.2.3/hook",
                "https://192.168.0.10/hook",
                "https://172.16.5.5/hook",
                "https://localhost/hook",
                "https://169.254.169.254/latest/meta-data", // cloud metadata
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://user:secret@203.0.113.7/hook",
                "ftp://203.0.113.7/hook",
                "not a url")) {
            assertFieldProblem(
                    subscribe(Api.COORDINATOR_SI, client, url, "referral.status_changed"),
                    400,
                    "validation_failed",
                    "url");
        }
        assertFieldProblem(
                subscribe(Api.COORDINATOR_SI, client, "https://203.0.113.7/hook", "agreement.signed"),
                400,
                "validation_failed",
                "eventTypes");
        assertFieldProblem(
                subscribe(Api.COORDINATOR_SI, client, "https://203.0.113.7/hook", "referral.deleted"),
                400,
                "validation_failed",
                "eventTypes");
        assertFieldProblem(
                subscribe(Api.COORDINATOR_SI, client, "https://203.0.113.7/hook"),
                400,
                "validation_failed",
                "eventTypes");
        assertEquals(before, Db.count("select count(*) from webhook_subscription"));

        Response created = subscribe(Api.COORDINATOR_SI, client, "https://203.0.113.7/hook", "referral.status_changed");
        assertEquals(201, created.statusCode(), created.asString());
        String secret = created.jsonPath().getString("secret");
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        String id = created.jsonPath().getString("subscription.id");
        byte[] stored = Db.string("select encode(secret, 'base64') from webhook_subscription where id = ?::uuid", id)
                .map(s -> Base64.getMimeDecoder().decode(s))
                .orElseThrow();
        assertFalse(
                new String(stored, StandardCharsets.ISO_8859_1).contains(secret.substring(6, 20)), "kept encrypted");
        assertFalse(Api.as(Api.COORDINATOR_SI)
                .get(SUBSCRIPTIONS + "/" + id)
                .asString()
                .contains(secret.substring(6)));
    }

    @Test
    void shouldShowSubscriptionsOnlyToThoseWhoManageTheClient() {
        UUID client = client(Api.ORG_SI_WELFARE, "referrals:read");
        String id = subscribed(client, "https://203.0.113.7/hook", "referral.status_changed")[0];
        assertProblem(Api.as(Api.COORDINATOR_DE).get(SUBSCRIPTIONS + "/" + id), 404, "not_found");
        assertProblem(
                Api.as(Api.COORDINATOR_DE).get(CLIENTS + "/" + client + "/webhook-subscriptions"), 404, "not_found");
        assertProblem(
                subscribe(Api.COORDINATOR_DE, client, "https://203.0.113.7/hook", "referral.status_changed"),
                404,
                "not_found");
        assertProblem(Api.as(Api.WELFARE_SI).get(SUBSCRIPTIONS + "/" + id), 403, "forbidden");
        assertProblem(Api.as(Api.COORDINATOR_DE).get(SUBSCRIPTIONS + "/" + id + "/deliveries"), 404, "not_found");
        assertProblem(Api.as(Api.COORDINATOR_DE).post(SUBSCRIPTIONS + "/" + id + "/secret"), 404, "not_found");
        assertEquals(200, Api.as(Api.ADMIN).get(SUBSCRIPTIONS + "/" + id).statusCode());

        Map<String, Object> change =
                Map.of("url", "https://203.0.113.8/hook", "eventTypes", List.of("referral.overdue"));
        assertProblem(
                Api.as(Api.COORDINATOR_SI).body(change).put(SUBSCRIPTIONS + "/" + id), 428, "precondition_required");
        assertProblem(
                Api.as(Api.COORDINATOR_SI)
                        .header("If-Match", "\"7\"")
                        .body(change)
                        .put(SUBSCRIPTIONS + "/" + id),
                412,
                "precondition_failed");
        Response changed = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(SUBSCRIPTIONS + "/" + id);
        assertEquals(200, changed.statusCode(), changed.asString());
        assertEquals("https://203.0.113.8/hook", changed.jsonPath().getString("url"));
        assertEquals(List.of("referral.overdue"), changed.jsonPath().getList("eventTypes"));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'WEBHOOK_SUBSCRIPTION_CHANGED' and object_id = ?",
                        id));
    }

    @Test
    void shouldDeliverSignedEventsInOrderRetryingAfterFailuresWithoutPersonalData() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID referrer = client(Api.ORG_SI_WELFARE, "referrals:read");
            UUID target = client(Api.ORG_SI_ADDICTION, "referrals:read");
            UUID foreign = client(Api.ORG_DE_WELFARE, "referrals:read");
            String[] ours = subscribed(referrer, receiver.url("/referrer"), "referral.status_changed");
            String[] theirs = subscribed(target, receiver.url("/target"), "referral.status_changed");
            Response f = subscribe(Api.COORDINATOR_DE, foreign, receiver.url("/foreign"), "referral.status_changed");
            assertEquals(201, f.statusCode(), f.asString());

            UUID id = ReferralFixtures.submitted(ReferralFixtures.SI_GROUP);
            ReferralFixtures.ok(ReferralFixtures.act(Api.ADDICTION_SI, id, "review"));
            ReferralFixtures.ok(ReferralFixtures.act(Api.ADDICTION_SI, id, "accept"));

            receiver.answer("/referrer", 500, 503); // the receiver is down for the first two attempts
            sender.deliverDue();
            sender.deliverDue();
            for (int i = 0; i < 5; i++) {
                sender.deliverDue();
            }

            List<WebhookReceiver.Received> got = receiver.at("/referrer");
            assertEquals(5, got.size(), "two failed attempts, then three events");
            assertEquals(got.get(0).header("webhook-id"), got.get(2).header("webhook-id"), "one id for every attempt");
            List<String> statuses = new ArrayList<>();
            for (WebhookReceiver.Received r : got.subList(2, 5)) {
                assertTrue(verifies(r, ours[1]), "signature of " + r.body());
                assertFalse(verifies(r, theirs[1]), "signed with this subscription's own secret");
                assertTrue(Math.abs(Long.parseLong(r.header("webhook-timestamp")) - System.currentTimeMillis() / 1000)
                        < 60);
                JsonPath body = JsonPath.from(r.body());
                assertEquals("referral.status_changed", body.getString("type"));
                assertEquals(id.toString(), body.getString("data.id"));
                assertEquals(
                        Set.of("id", "regionId", "status", "previousStatus"),
                        body.getMap("data").keySet());
                statuses.add(body.getString("data.previousStatus") + ">" + body.getString("data.status"));
                for (String name : ReferralFixtures.NAMES) {
                    assertFalse(r.body().contains(name), "no child's name in a webhook");
                }
            }
            assertEquals(List.of("DRAFT>SUBMITTED", "SUBMITTED>IN_REVIEW", "IN_REVIEW>ACCEPTED"), statuses);
            assertEquals(3, receiver.at("/target").size(), "the receiving organisation sees it once submitted");
            assertEquals(0, receiver.at("/foreign").size(), "another organisation sees nothing");

            JsonPath log = deliveries(ours[0]);
            assertEquals(3, log.getInt("total"));
            assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"), log.getList("items.status"));
            assertEquals(3, log.getInt("items[2].attempts"), "the oldest took three attempts");
            assertEquals(204, log.getInt("items[2].lastResponseCode"));
        }
    }

    @Test
    void shouldSendEveryDeliveryExactlyOnceWithTwoSendersAndKeepEachSubjectsOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().delay(20)) {
            UUID client = client(Api.ORG_SI_WELFARE, "referrals:read");
            String[] sub = subscribed(client, receiver.url("/two"), "referral.status_changed");
            List<UUID> subjects = new ArrayList<>();
            try (Connection c = Db.connect();
                    PreparedStatement ps = c.prepareStatement("""
                            select webhook_emit('referral.status_changed', ?, ?, array[?]::uuid[], '{}', 'referrals:read',
                                                jsonb_build_object('id', ?::text, 'status', 'S' || ?::text))
                            """)) {
                for (int s = 0; s < 12; s++) {
                    subjects.add(UUID.randomUUID());
                }
                for (int step = 0; step < 5; step++) {
                    for (UUID subject : subjects) {
                        ps.setObject(1, subject);
                        ps.setObject(2, Api.REGION_SI);
                        ps.setObject(3, Api.ORG_SI_WELFARE);
                        ps.setString(4, subject.toString());
                        ps.setInt(5, step);
                        ps.execute();
                    }
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> drain = () -> {
                    int sent = 0;
                    for (int i = 0; i < 40; i++) {
                        sent += sender.deliverDue();
                    }
                    return sent;
                };
                Future<Integer> a = pool.submit(drain);
                Future<Integer> b = pool.submit(drain);
                assertEquals(60, a.get() + b.get(), "60 attempts in all, none twice");
            } finally {
                pool.shutdown();
            }
            List<WebhookReceiver.Received> got = receiver.at("/two");
            assertEquals(60, got.size());
            assertEquals(
                    60, got.stream().map(r -> r.header("webhook-id")).distinct().count());
            Map<String, List<String>> perSubject = new HashMap<>();
            for (WebhookReceiver.Received r : got) {
                assertTrue(verifies(r, sub[1]));
                JsonPath body = JsonPath.from(r.body());
                perSubject
                        .computeIfAbsent(body.getString("data.id"), k -> new ArrayList<>())
                        .add(body.getString("data.status"));
            }
            assertEquals(12, perSubject.size());
            perSubject.values().forEach(order -> assertEquals(List.of("S0", "S1", "S2", "S3", "S4"), order));
            assertEquals(60, deliveries(sub[0]).getInt("total"));
            assertEquals(
                    60,
                    Db.count(
                            "select count(*) from webhook_delivery where subscription_id = ?::uuid and status = 'SUCCEEDED' and attempts = 1",
                            sub[0]));
        }
    }

    @Test
    void shouldFailAfterTheRetryWindowTurnTheSubscriptionOffTellItsOwnerAndRedeliverOnRequest() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answerByDefault(302)) {
            UUID client = client(Api.ORG_SI_WELFARE, "referrals:read");
            String[] sub = subscribed(client, receiver.url("/down"), "referral.status_changed");
            UUID id = ReferralFixtures.submitted(ReferralFixtures.SI_GROUP);
            sender.deliverDue();
            assertEquals(1, receiver.at("/down").size());
            assertEquals(0, receiver.at("/elsewhere").size(), "redirects are not followed");
            JsonPath pending = deliveries(sub[0]);
            assertEquals("PENDING", pending.getString("items[0].status"));
            assertEquals(302, pending.getInt("items[0].lastResponseCode"));

            Db.execute(
                    "update webhook_delivery set window_start = now() - interval '25 hours' where subscription_id = ?::uuid",
                    UUID.fromString(sub[0]));
            sender.deliverDue(); // the second attempt is past the window
            JsonPath failed = deliveries(sub[0]);
            assertEquals("FAILED", failed.getString("items[0].status"));
            JsonPath subscription =
                    Api.as(Api.COORDINATOR_SI).get(SUBSCRIPTIONS + "/" + sub[0]).jsonPath();
            assertFalse(subscription.getBoolean("enabled"));
            assertEquals("FAILING", subscription.getString("disabledReason"));
            assertEquals(1, subscription.getInt("failedDeliveries"));
            assertEquals(
                    1,
                    Db.count(
                            "select count(*) from notification where kind = 'WEBHOOK_SUBSCRIPTION_DISABLED' and subject_id = ?::uuid and user_id = ?",
                            sub[0],
                            Api.userId(Api.COORDINATOR_SI)));

            assertEquals(2, receiver.at("/down").size());

            // nothing goes to a subscription that is off, even when redelivered, and nothing is kept for it
            ReferralFixtures.ok(ReferralFixtures.act(Api.ADDICTION_SI, id, "review"));
            String delivery = failed.getString("items[0].id");
            Response again = Api.as(Api.COORDINATOR_SI)
                    .post(SUBSCRIPTIONS + "/" + sub[0] + "/deliveries/" + delivery + "/redeliver");
            assertEquals(200, again.statusCode(), again.asString());
            assertEquals("PENDING", again.jsonPath().getString("status"));
            sender.deliverDue();
            assertEquals(2, receiver.at("/down").size(), "nothing is sent while the subscription is off");

            receiver.answerByDefault(200);
            Response on = Api.as(Api.COORDINATOR_SI)
                    .header("If-Match", "\"" + subscription.getInt("version") + "\"")
                    .body(Map.of(
                            "url",
                            receiver.url("/down"),
                            "eventTypes",
                            List.of("referral.status_changed"),
                            "enabled",
                            true))
                    .put(SUBSCRIPTIONS + "/" + sub[0]);
            assertEquals(200, on.statusCode(), on.asString());
            sender.deliverDue();
            ReferralFixtures.ok(ReferralFixtures.act(Api.ADDICTION_SI, id, "accept"));
            sender.deliverDue();
            List<WebhookReceiver.Received> got = receiver.at("/down");
            assertEquals(4, got.size());
            assertEquals(
                    got.get(0).header("webhook-id"), got.get(2).header("webhook-id"), "the redelivery keeps its id");
            assertEquals("SUBMITTED", JsonPath.from(got.get(2).body()).getString("data.status"));
            assertEquals("ACCEPTED", JsonPath.from(got.get(3).body()).getString("data.status"));
            assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), deliveries(sub[0]).getList("items.status"));
            assertProblem(
                    Api.as(Api.COORDINATOR_SI)
                            .post(SUBSCRIPTIONS + "/" + sub[0] + "/deliveries/" + UUID.randomUUID() + "/redeliver"),
                    404,
                    "not_found");
        }
    }

    @Test
    void shouldSendNothingToADisabledClientOrOneThatLostTheScope() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID client = client(Api.ORG_SI_WELFARE, "referrals:read", "referrals:write");
            String[] sub = subscribed(client, receiver.url("/revoked"), "referral.status_changed");
            UUID id = ReferralFixtures.submitted(ReferralFixtures.SI_GROUP);

            changeClient(client, List.of("referrals:read", "referrals:write"), false);
            sender.deliverDue();
            assertEquals(0, receiver.received.size(), "a disabled client receives nothing");

            changeClient(client, List.of("referrals:write"), true);
            ReferralFixtures.ok(ReferralFixtures.act(Api.ADDICTION_SI, id, "review"));
            sender.deliverDue();
            assertEquals(0, receiver.received.size(), "nor one without referrals:read");
            assertEquals(1, deliveries(sub[0]).getInt("total"), "no new event is written for it");

            changeClient(client, List.of("referrals:read", "referrals:write"), true);
            sender.deliverDue();
            assertEquals(1, receiver.received.size(), "what waited goes out once the scope is back");
            assertEquals(
                    "SUBMITTED", JsonPath.from(receiver.received.get(0).body()).getString("data.status"));
        }
    }

    private static void changeClient(UUID client, List<String> scopes, boolean enabled) {
        Response current = Api.as(Api.COORDINATOR_SI).get(CLIENTS + "/" + client);
        Response changed = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", current.header("ETag"))
                .body(Map.of(
                        "name",
                        current.jsonPath().getString("name"),
                        "scopes",
                        scopes,
                        "writesPerMinute",
                        current.jsonPath().getInt("writesPerMinute"),
                        "enabled",
                        enabled))
                .put(CLIENTS + "/" + client);
        assertEquals(200, changed.statusCode(), changed.asString());
    }

    @Test
    void shouldSignWithTheRotatedSecretAndSignalAnOverdueReferralOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID client = client(Api.ORG_SI_ADDICTION, "referrals:read");
            String[] sub = subscribed(client, receiver.url("/overdue"), "referral.overdue");
            Response rotated = Api.as(Api.COORDINATOR_SI).post(SUBSCRIPTIONS + "/" + sub[0] + "/secret");
            assertEquals(200, rotated.statusCode(), rotated.asString());
            String secret = rotated.jsonPath().getString("secret");
            assertNotEquals(sub[1], secret);

            UUID id = ReferralFixtures.submitted(ReferralFixtures.SI_GROUP);
            Db.execute("update referral set due_on = current_date - 3 where id = ?", id);
            assertTrue(referrals.signalOverdue() >= 1);
            referrals.signalOverdue();
            sender.deliverDue();
            List<WebhookReceiver.Received> got = receiver.at("/overdue").stream()
                    .filter(r -> r.body().contains(id.toString()))
                    .toList();
            assertEquals(1, got.size(), "once per deadline");
            assertTrue(verifies(got.get(0), secret));
            assertFalse(verifies(got.get(0), sub[1]));
            JsonPath body = JsonPath.from(got.get(0).body());
            assertEquals("referral.overdue", body.getString("type"));
            assertEquals("SUBMITTED", body.getString("data.status"));
        }
    }

    @Test
    void shouldWriteAgreementEnrolmentAndMatchEventsForThoseWhoMaySeeThem() throws Exception {
        UUID parties = client(Api.ORG_SI_ADDICTION, "agreements:read", "trainings:read", "mentoring:read");
        subscribed(
                parties,
                "https://203.0.113.7/a",
                "agreement.status_changed",
                "agreement.signed",
                "training.enrolment_changed",
                "match.status_changed");
        UUID referrer = client(Api.ORG_SI_WELFARE, "mentoring:read");
        subscribed(referrer, "https://203.0.113.7/m", "match.status_changed");
        UUID mentoringReferral = ReferralFixtures.submitted(ReferralFixtures.SI_MENTORING);
        ReferralFixtures.ok(ReferralFixtures.act(Api.COORDINATOR_SI, mentoringReferral, "accept"));
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try {
                UUID agreement = one(c, """
                        select a.id from agreement a join agreement_party p on p.agreement_id = a.id
                        where p.organisation_id = ? and a.status <> 'SIGNED' order by a.id limit 1
                        """, Api.ORG_SI_ADDICTION);
                exec(c, "update agreement set status = 'SIGNED' where id = ?", agreement);
                assertEquals(List.of("agreement.signed", "agreement.status_changed"), types(c, agreement));

                UUID clientUser = one(c, "select user_id from integration_client where id = ?", parties);
                UUID training = one(c, "select id from training limit 1");
                UUID enrolment = UUID.randomUUID();
                exec(c, """
                        insert into enrolment (id, training_id, user_id, state, requested_by, requested_at, changed_at)
                        values (?, ?, ?, 'REQUESTED', ?, now(), now())
                        """, enrolment, training, clientUser, clientUser);
                exec(c, "update enrolment set state = 'CONFIRMED' where id = ?", enrolment);
                assertEquals(List.of("training.enrolment_changed", "training.enrolment_changed"), types(c, enrolment));

                UUID child = one(c, "select id from child_profile where referral_id = ?", mentoringReferral);
                UUID volunteer = one(c, """
                        select v.id from volunteer v where v.region_id = ? and not exists
                          (select 1 from mentoring_match m where m.volunteer_id = v.id and m.status <> 'CLOSED')
                        order by v.id limit 1
                        """, Api.REGION_SI);
                UUID match = UUID.randomUUID();
                exec(c, """
                        insert into mentoring_match (id, region_id, child_id, volunteer_id, status, score, explanation,
                            proposed_by, proposed_at, updated_at)
                        values (?, ?, ?, ?, 'PROPOSED', 70, '[]', ?, now(), now())
                        """, match, Api.REGION_SI, child, volunteer, Api.userId(Api.COORDINATOR_SI));
                exec(c, "update mentoring_match set status = 'CLOSED', close_reason = 'OTHER' where id = ?", match);
                assertEquals(List.of("match.status_changed", "match.status_changed"), types(c, match));
                assertEquals(
                        0, count(c, """
                                select count(*) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                                where s.client_id = ? and d.subject_id = ?
                                """, parties, match), "the match's child was not referred by this organisation");
                long toReferrer = count(c, """
                        select count(*) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where s.client_id = ? and d.subject_id in (?, ?)
                        """, referrer, agreement, enrolment);
                assertEquals(0, toReferrer, "not a party, not enrolled");
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> types(Connection c, UUID subject) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select e.type from webhook_event e join webhook_delivery d on d.event_id = e.id where e.subject_id = ? order by e.type")) {
            ps.setObject(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static UUID one(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private static long count(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
