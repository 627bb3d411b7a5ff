package eu.makethedifference.referrals;

import static eu.makethedifference.referrals.ReferralFixtures.REFERRALS;
import static eu.makethedifference.referrals.ReferralFixtures.SI_GROUP;
import static eu.makethedifference.referrals.ReferralFixtures.SI_MENTORING;
import static eu.makethedifference.referrals.ReferralFixtures.act;
import static eu.makethedifference.referrals.ReferralFixtures.consent;
import static eu.makethedifference.referrals.ReferralFixtures.get;
import static eu.makethedifference.referrals.ReferralFixtures.ok;
import static eu.makethedifference.referrals.ReferralFixtures.shape;
import static eu.makethedifference.referrals.ReferralFixtures.status;
import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.referrals.rest.ReferralDtos;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class ReferralConsentTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private static Response putConsent(String caller, UUID id, Map<String, Object> body) {
        return Api.as(caller).body(body).put(REFERRALS + "/" + id + "/consent");
    }

    private static Response upload(String caller, UUID id, String type, byte[] bytes) {
        return Api.raw(caller)
                .contentType(type)
                .accept(Api.ACCEPT)
                .body(bytes)
                .put(REFERRALS + "/" + id + "/consent/document");
    }

    @Test
    void shouldRefuseToSubmitWithoutAValidConsentForTheTarget() {
        UUID id = ReferralFixtures.create(Api.WELFARE_SI, SI_GROUP);
        assertProblem(act(Api.WELFARE_SI, id, "submit"), 422, "consent_required");

        ok(putConsent(Api.WELFARE_SI, id, consent("MENTORING")));
        assertProblem(act(Api.WELFARE_SI, id, "submit"), 422, "consent_required");

        Map<String, Object> expired = consent("HELP_OFFER");
        expired.put("givenOn", LocalDate.now().minusYears(2).toString());
        expired.put("validUntil", LocalDate.now().minusDays(3).toString());
        ok(putConsent(Api.WELFARE_SI, id, expired));
        assertProblem(act(Api.WELFARE_SI, id, "submit"), 422, "consent_required");
        assertEquals("DRAFT", status(id));
        assertEquals(0, Db.count("select count(*) from referral where id = ? and submitted_at is not null", id));

        ok(putConsent(Api.WELFARE_SI, id, consent("HELP_OFFER", "DATA_SHARING")));
        ReferralDtos.Referral submitted = shape(ok(act(Api.WELFARE_SI, id, "submit")));
        assertEquals(ReferralStatus.SUBMITTED, submitted.status());
        assertNull(submitted.override());
        assertNotNull(submitted.dueOn());

        UUID mentoring = ReferralFixtures.create(Api.WELFARE_SI, SI_MENTORING);
        ok(putConsent(Api.WELFARE_SI, mentoring, consent("HELP_OFFER")));
        assertProblem(act(Api.WELFARE_SI, mentoring, "submit"), 422, "consent_required");
        ok(putConsent(Api.WELFARE_SI, mentoring, consent("MENTORING")));
        ok(act(Api.WELFARE_SI, mentoring, "submit"));
    }

    @Test
    void shouldCheckTheConsentRecordItself() {
        UUID id = ReferralFixtures.create(Api.WELFARE_SI, SI_GROUP);
        Map<String, Object> verbal = consent("HELP_OFFER");
        verbal.put("form", "VERBAL_WITNESSED");
        assertFieldProblem(putConsent(Api.WELFARE_SI, id, verbal), 400, "validation_failed", "witness");
        Map<String, Object> future = consent("HELP_OFFER");
        future.put("givenOn", LocalDate.now().plusDays(5).toString());
        assertFieldProblem(putConsent(Api.WELFARE_SI, id, future), 400, "validation_failed", "givenOn");
        Map<String, Object> backwards = consent("HELP_OFFER");
        backwards.put("validUntil", LocalDate.now().minusDays(10).toString());
        assertFieldProblem(putConsent(Api.WELFARE_SI, id, backwards), 400, "validation_failed", "validUntil");
        assertFieldProblem(
                Api.responseOnly(Api.WELFARE_SI).body(consent()).put(REFERRALS + "/" + id + "/consent"),
                400,
                "validation_failed",
                "purposes");
        assertEquals(0, Db.count("select count(*) from referral_consent where referral_id = ?", id));

        verbal.put("witness", "Social worker on duty");
        ReferralDtos.Referral recorded = shape(ok(putConsent(Api.WELFARE_SI, id, verbal)));
        assertEquals(ConsentForm.VERBAL_WITNESSED, recorded.consent().form());
        assertEquals("Social worker on duty", recorded.consent().witness());
    }

    @Test
    void shouldLetOnlyACoordinatorOverrideAndOnlyWithAReason() {
        UUID id = ReferralFixtures.create(Api.WELFARE_SI, SI_GROUP);
        assertProblem(
                Api.as(Api.WELFARE_SI)
                        .body(Map.of("overrideReason", "Acute danger"))
                        .post(REFERRALS + "/" + id + "/submit"),
                403,
                "forbidden");
        assertProblem(act(Api.COORDINATOR_SI, id, "submit"), 422, "consent_required");
        assertProblem(
                Api.as(Api.COORDINATOR_SI).body(Map.of("overrideReason", "   ")).post(REFERRALS + "/" + id + "/submit"),
                422,
                "consent_required");
        assertEquals("DRAFT", status(id));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_CONSENT_OVERRIDE' and object_id = ?",
                        id.toString()));

        ReferralDtos.Referral overridden = shape(ok(Api.as(Api.COORDINATOR_SI)
                .body(Map.of("overrideReason", "Child at acute risk; guardian unreachable tonight."))
                .post(REFERRALS + "/" + id + "/submit")));
        assertEquals(ReferralStatus.SUBMITTED, overridden.status());
        assertEquals(
                "Child at acute risk; guardian unreachable tonight.",
                overridden.override().reason());
        assertNotNull(overridden.override().byName());
        assertEquals("CONSENT_OVERRIDE", overridden.timeline().getLast().reason());
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_CONSENT_OVERRIDE' and object_id = ? and actor_id = ?",
                        id.toString(),
                        Api.userId(Api.COORDINATOR_SI)));
        assertNotNull(shape(ok(get(Api.WELFARE_SI, id))).override(), "the referrer sees the override");
        assertTrue(
                ReferralFixtures.page(ok(Api.as(Api.COORDINATOR_SI)
                                .queryParam("size", 100)
                                .get(REFERRALS)))
                        .items()
                        .stream()
                        .anyMatch(s -> s.id().equals(id) && s.consentOverridden()));
    }

    @Test
    void shouldEraseThePersonalFieldsWhenConsentIsWithdrawnAndKeepTheStatistics() {
        UUID id = ReferralFixtures.submitted(SI_GROUP);
        ok(upload(Api.WELFARE_SI, id, "application/pdf", PDF));
        ok(act(Api.ADDICTION_SI, id, "review", Map.of("note", "We meet the mother on Monday.")));

        ReferralDtos.Referral erased =
                shape(ok(Api.as(Api.WELFARE_SI).post(REFERRALS + "/" + id + "/consent/withdrawal")));
        assertEquals(ReferralStatus.WITHDRAWN, erased.status());
        assertNull(erased.child());
        assertNull(erased.observations());
        assertTrue(erased.affectedParents().isEmpty());
        assertTrue(erased.addictionKinds().isEmpty());
        assertNotNull(erased.erasedAt());
        assertNotNull(erased.consent().withdrawnAt());
        assertNull(erased.consent().documentType());
        assertTrue(erased.timeline().stream().allMatch(e -> e.note() == null));
        assertEquals("CONSENT_WITHDRAWN", erased.timeline().getLast().type());

        assertEquals(1, Db.count("""
                        select count(*) from referral where id = ? and first_name is null and area is null
                            and observations is null and school is null and birth_month is null
                            and birth_year is not null and referrer_help_system = 'YOUTH_WELFARE' and region_id = ?
                            and submitted_at is not null
                        """, id, Api.REGION_SI));
        assertEquals(
                0,
                Db.count("select count(*) from referral_consent where referral_id = ? and document is not null", id));
        assertProblem(putConsent(Api.WELFARE_SI, id, consent("HELP_OFFER")), 409, "referral_closed");
        assertProblem(act(Api.ADDICTION_SI, id, "accept"), 409, "illegal_transition");
        assertProblem(
                Api.as(Api.WELFARE_SI).post(REFERRALS + "/" + id + "/consent/withdrawal"), 409, "consent_missing");
    }

    @Test
    void shouldStoreTheConsentScanCheckedByContentAndSize() {
        UUID id = ReferralFixtures.create(Api.WELFARE_SI, SI_GROUP);
        assertProblem(upload(Api.WELFARE_SI, id, "application/pdf", PDF), 409, "consent_missing");
        ok(putConsent(Api.WELFARE_SI, id, consent("HELP_OFFER")));

        assertProblem(
                upload(
                        Api.WELFARE_SI,
                        id,
                        "application/pdf",
                        "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)),
                415,
                "unsupported_document_type");
        assertProblem(upload(Api.WELFARE_SI, id, "image/jpeg", PNG), 415, "unsupported_document_type");
        assertProblem(upload(Api.WELFARE_SI, id, "text/plain", PDF), 415, "unsupported_media_type");
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        assertProblem(upload(Api.WELFARE_SI, id, "application/pdf", big), 413, "payload_too_large");
        assertEquals(
                0,
                Db.count("select count(*) from referral_consent where referral_id = ? and document is not null", id));

        byte[] largest = Arrays.copyOf(PDF, 5 * 1024 * 1024);
        ReferralDtos.Referral stored = shape(ok(upload(Api.WELFARE_SI, id, "application/pdf", largest)));
        assertEquals("application/pdf", stored.consent().documentType());
        assertEquals(5 * 1024 * 1024, stored.consent().documentSize());
        stored = shape(ok(upload(Api.WELFARE_SI, id, "application/octet-stream", PNG)));
        assertEquals("image/png", stored.consent().documentType());
        assertEquals(PNG.length, stored.consent().documentSize());

        Response download = Api.raw(Api.COORDINATOR_SI).get(REFERRALS + "/" + id + "/consent/document");
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.contentType());
        assertArrayEquals(PNG, download.asByteArray(), Arrays.toString(download.asByteArray()));
        assertEquals(
                404,
                Api.raw(TRAINER).get(REFERRALS + "/" + id + "/consent/document").statusCode());
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_CONSENT_DOCUMENT_READ' and object_id = ?",
                        id.toString()));
    }

    @Test
    void shouldRefuseBadDraftsAndWriteNothing() {
        long before = Db.count("select count(*) from referral");
        String name = ReferralFixtures.name();
        Map<String, Object> noName = ReferralFixtures.draft(SI_GROUP, name);
        noName.remove("firstName");
        assertFieldProblem(
                Api.responseOnly(Api.WELFARE_SI).body(noName).post(REFERRALS), 400, "validation_failed", "firstName");
        Map<String, Object> unknownOffer = ReferralFixtures.draft(UUID.randomUUID(), name);
        assertFieldProblem(
                Api.as(Api.WELFARE_SI).body(unknownOffer).post(REFERRALS), 400, "validation_failed", "targetOfferId");
        Map<String, Object> foreignOffer = ReferralFixtures.draft(ReferralFixtures.DE_GROUP, name);
        assertFieldProblem(
                Api.as(Api.WELFARE_SI).body(foreignOffer).post(REFERRALS), 400, "validation_failed", "targetOfferId");
        Map<String, Object> unborn = ReferralFixtures.draft(SI_GROUP, name);
        unborn.put("birthYear", LocalDate.now().getYear() + 1);
        assertFieldProblem(Api.as(Api.WELFARE_SI).body(unborn).post(REFERRALS), 400, "validation_failed", "birthYear");
        Map<String, Object> nothingObserved = ReferralFixtures.draft(SI_GROUP, name);
        nothingObserved.put("indicators", List.of());
        nothingObserved.remove("observations");
        assertFieldProblem(
                Api.as(Api.WELFARE_SI).body(nothingObserved).post(REFERRALS), 400, "validation_failed", "indicators");
        Map<String, Object> serverOwned = new HashMap<>(ReferralFixtures.draft(SI_GROUP, name));
        serverOwned.put("status", "ACCEPTED");
        assertEquals(
                400, Api.raw(Api.WELFARE_SI).body(serverOwned).post(REFERRALS).statusCode());
        assertProblem(
                Api.responseOnly(Api.COORDINATOR_SI)
                        .body(ReferralFixtures.draft(SI_GROUP, name))
                        .post(REFERRALS),
                403,
                "forbidden");
        assertEquals(before, Db.count("select count(*) from referral"));
    }

    @Test
    void shouldEditOnlyDraftsWithTheCurrentVersion() {
        String name = ReferralFixtures.name();
        Response created = Api.as(Api.WELFARE_SI)
                .body(ReferralFixtures.draft(SI_GROUP, name))
                .post(REFERRALS);
        UUID id = shape(created).id();
        Map<String, Object> changed = ReferralFixtures.draft(SI_MENTORING, name);
        changed.put("urgency", "URGENT");
        assertProblem(
                Api.as(Api.WELFARE_SI)
                        .header("If-Match", "\"99\"")
                        .body(changed)
                        .put(REFERRALS + "/" + id),
                412,
                "precondition_failed");
        ReferralDtos.Referral edited = shape(ok(Api.as(Api.WELFARE_SI)
                .header("If-Match", created.header("ETag"))
                .body(changed)
                .put(REFERRALS + "/" + id)));
        assertEquals(Urgency.URGENT, edited.urgency());
        assertEquals(SI_MENTORING, edited.target().offerId());
        ok(putConsent(Api.WELFARE_SI, id, consent("MENTORING")));
        Response submitted = ok(act(Api.WELFARE_SI, id, "submit"));
        assertProblem(
                Api.as(Api.WELFARE_SI)
                        .header("If-Match", submitted.header("ETag"))
                        .body(changed)
                        .put(REFERRALS + "/" + id),
                409,
                "referral_not_editable");
    }

    @Test
    void shouldFlagPossibleDuplicatesToCoordinatorsOnly() {
        String name = ReferralFixtures.name();
        Map<String, Object> first = ReferralFixtures.draft(SI_GROUP, name);
        UUID original = ReferralFixtures.create(Api.WELFARE_SI, first);
        ok(putConsent(Api.WELFARE_SI, original, consent("HELP_OFFER")));
        ok(act(Api.WELFARE_SI, original, "submit"));

        Map<String, Object> second = new HashMap<>(first);
        String lookalike = name.substring(0, name.length() - 1) + (name.endsWith("x") ? "y" : "x");
        second.put("firstName", lookalike.toUpperCase());
        second.put("area", ((String) first.get("area")).toLowerCase());
        UUID again = ReferralFixtures.create(TRAINER, second);
        ok(putConsent(TRAINER, again, consent("HELP_OFFER")));
        ok(act(TRAINER, again, "submit"));

        Map<String, Object> other = new HashMap<>(first);
        other.put("birthMonth", ((int) first.get("birthMonth")) % 12 + 1);
        UUID different = ReferralFixtures.create(Api.WELFARE_SI, other);
        ok(putConsent(Api.WELFARE_SI, different, consent("HELP_OFFER")));
        ok(act(Api.WELFARE_SI, different, "submit"));

        ReferralDtos.Referral coordinatorView = shape(ok(get(Api.COORDINATOR_SI, again)));
        assertEquals(
                List.of(original),
                coordinatorView.possibleDuplicates().stream()
                        .map(ReferralDtos.PossibleDuplicate::id)
                        .toList());
        assertTrue(shape(ok(get(Api.COORDINATOR_SI, different)))
                .possibleDuplicates()
                .isEmpty());
        for (String referrerSide : List.of(TRAINER, Api.ADDICTION_SI)) {
            Response seen = ok(get(referrerSide, again));
            assertNull(shape(seen).possibleDuplicates());
            assertTrue(!seen.asString().contains("possibleDuplicate"), seen.asString());
        }
        ReferralDtos.Page mine =
                ReferralFixtures.page(ok(Api.as(TRAINER).queryParam("size", 100).get(REFERRALS)));
        assertTrue(mine.items().stream().allMatch(s -> s.possibleDuplicate() == null));
        ReferralDtos.Page queue = ReferralFixtures.page(ok(Api.as(Api.COORDINATOR_SI)
                .queryParam("status", "SUBMITTED")
                .queryParam("size", 100)
                .get(REFERRALS)));
        assertTrue(queue.items().stream()
                .anyMatch(s -> s.id().equals(again) && Boolean.TRUE.equals(s.possibleDuplicate())));
    }

    private static final String TRAINER = ReferralFixtures.TRAINER_SI;
}
