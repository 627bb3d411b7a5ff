package eu.makethedifference.mentoring;

import static eu.makethedifference.mentoring.MentoringFixtures.API;
import static eu.makethedifference.mentoring.MentoringFixtures.activeMatch;
import static eu.makethedifference.mentoring.MentoringFixtures.approvedMentor;
import static eu.makethedifference.mentoring.MentoringFixtures.child;
import static eu.makethedifference.mentoring.MentoringFixtures.createChild;
import static eu.makethedifference.mentoring.MentoringFixtures.ok;
import static eu.makethedifference.mentoring.MentoringFixtures.propose;
import static eu.makethedifference.mentoring.MentoringFixtures.suggested;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.mentoring.service.DiaryService;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class MatchingFlowTest {
    @Inject
    RateLimitFilter rateLimit;

    @Inject
    DiaryService diary;

    @BeforeEach
    void resetRateLimit() {
        rateLimit.reset();
    }

    private static String name() {
        return "Kid" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void shouldSuggestOnlyMentorsPassingEveryHardFilter() {
        UUID fits = approvedMentor(Map.of());
        UUID farAway = approvedMentor(Map.of("municipality", "Ormož"));
        UUID otherLanguage = approvedMentor(Map.of("languages", List.of("en")));
        UUID otherSlots = approvedMentor(Map.of("availability", List.of("SUN_EVENING")));
        UUID male = approvedMentor(Map.of("gender", "MALE"));
        UUID screening = MentoringFixtures.apply(MentoringFixtures.application(
                MentoringFixtures.uniqueEmail(), LocalDate.now().minusYears(22)));
        Map<String, Object> body = child(name());
        body.put("preferredMentorGender", "FEMALE");
        UUID child = createChild(body);
        List<String> ids = suggested(child);
        assertTrue(ids.contains(fits.toString()));
        for (UUID excluded : List.of(farAway, otherLanguage, otherSlots, male, screening)) {
            assertFalse(ids.contains(excluded.toString()), "excluded " + excluded);
        }
        UUID busy = approvedMentor(Map.of());
        assertTrue(suggested(child).contains(busy.toString()));
        activeMatch(createChild(child(name())), busy, 3);
        assertFalse(suggested(child).contains(busy.toString()), "a mentor with an open match is not suggested");
        assertProblem(propose(child, farAway), 422, "pair_not_allowed");
        assertProblem(propose(child, busy), 422, "mentor_not_available");
    }

    @Test
    void shouldExplainEachScoreWithCriteriaThatAddUpToIt() {
        approvedMentor(Map.of());
        approvedMentor(Map.of("interests", List.of("READING"), "municipality", "Hoče-Slivnica"));
        UUID child = createChild(child(name()));
        JsonPath s = ok(Api.as(Api.COORDINATOR_SI).get(API + "/children/" + child + "/match-suggestions"), 200)
                .jsonPath();
        List<Map<String, Object>> suggestions = s.getList("$");
        assertTrue(suggestions.size() >= 2);
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> suggestion : suggestions) {
            double score = ((Number) suggestion.get("score")).doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> criteria = (List<Map<String, Object>>) suggestion.get("criteria");
            assertEquals(
                    Set.of("INTERESTS", "DISTANCE", "AVAILABILITY", "AGE_GAP"),
                    new TreeSet<>(criteria.stream()
                                    .map(c -> (String) c.get("name"))
                                    .toList())
                            .stream().collect(java.util.stream.Collectors.toSet()));
            double sum = criteria.stream()
                    .mapToDouble(c -> ((Number) c.get("points")).doubleValue())
                    .sum();
            assertEquals(score, sum, 0.005, "points add up to the score");
        }
    }

    @Test
    void shouldAdmitOneOpenMatchPerMentorUnderConcurrentConfirmations() throws Exception {
        UUID mentor = approvedMentor(Map.of());
        List<UUID> kids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            kids.add(createChild(child(name())));
        }
        List<Integer> confirmations = statuses(kids.size(), i -> propose(kids.get(i), mentor));
        assertEquals(1, confirmations.stream().filter(x -> x == 201).count(), confirmations.toString());
        assertTrue(confirmations.stream().allMatch(x -> x == 201 || x == 409 || x == 422), confirmations.toString());
        assertEquals(
                1,
                Db.count("select count(*) from mentoring_match where volunteer_id = ? and status <> 'CLOSED'", mentor));

        UUID kid = createChild(child(name()));
        List<UUID> mentors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mentors.add(approvedMentor(Map.of()));
        }
        List<Integer> answers = statuses(mentors.size(), i -> propose(kid, mentors.get(i)));
        assertEquals(1, answers.stream().filter(x -> x == 201).count(), answers.toString());
        assertTrue(answers.stream().allMatch(x -> x == 201 || x == 409 || x == 422), answers.toString());
        assertEquals(
                1, Db.count("select count(*) from mentoring_match where child_id = ? and status <> 'CLOSED'", kid));
    }

    private static List<Integer> statuses(int n, java.util.function.IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            answers.add(pool.submit(() -> {
                start.await();
                return call.apply(k).statusCode();
            }));
        }
        start.countDown();
        List<Integer> out = new ArrayList<>();
        for (Future<Integer> f : answers) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    @Test
    void shouldFollowTheMatchLifecycleAndRefuseIllegalActions() {
        UUID mentor = approvedMentor(Map.of());
        UUID child = createChild(child(name()));
        UUID match = UUID.fromString(ok(propose(child, mentor), 201).jsonPath().getString("id"));
        String base = API + "/matches/" + match;
        assertProblem(Api.as(Api.COORDINATOR_SI).body(Map.of()).post(base + "/start"), 409, "illegal_transition");
        ok(Api.as(Api.COORDINATOR_SI).body(Map.of("party", "MENTOR")).post(base + "/consent"), 200);
        assertEquals("PROPOSED", MentoringFixtures.match(match).getString("status"));
        JsonPath accepted = ok(
                        Api.as(Api.COORDINATOR_SI)
                                .body(Map.of("party", "FAMILY"))
                                .post(base + "/consent"),
                        200)
                .jsonPath();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals(
                "MATCHED",
                Db.string("select status from child_profile where id = ?", child)
                        .orElseThrow());
        JsonPath active = ok(Api.as(Api.COORDINATOR_SI).body(Map.of()).post(base + "/start"), 200)
                .jsonPath();
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(LocalDate.now().plusMonths(12).toString(), active.getString("plannedEndOn"));
        assertProblem(
                Api.as(Api.COORDINATOR_SI).body(Map.of("party", "MENTOR")).post(base + "/consent"),
                409,
                "illegal_transition");
        assertProblem(
                Api.responseOnly(Api.COORDINATOR_SI)
                        .body(Map.of("reason", "OTHER"))
                        .post(base + "/close"),
                400,
                "validation_failed");
        JsonPath closed = ok(
                        Api.as(Api.COORDINATOR_SI)
                                .body(Map.of("reason", "MENTOR_WITHDREW", "note", "Moved abroad for a semester"))
                                .post(base + "/close"),
                        200)
                .jsonPath();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("MENTOR_WITHDREW", closed.getString("closeReason"));
        assertEquals(
                "WAITING",
                Db.string("select status from child_profile where id = ?", child)
                        .orElseThrow(),
                "waits for a new mentor");
        assertProblem(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("reason", "OTHER", "note", "again"))
                        .post(base + "/close"),
                409,
                "illegal_transition");
        assertProblem(Api.responseOnly(Api.COORDINATOR_DE).get(base), 404, "not_found");
    }

    @Test
    void shouldShowAMentorExactlyTheAllowedFieldsOfTheirChildAndNothingElse() throws Exception {
        UUID mentor = approvedMentor(Map.of());
        UUID child = createChild(child(name()));
        UUID match = activeMatch(child, mentor, 5);
        String token = mentorToken(mentor);
        JsonPath home = ok(Api.withToken(token).get(API + "/mentoring/me"), 200).jsonPath();
        Map<String, Object> seen = home.getMap("match.child");
        assertEquals(Set.of("firstName", "age", "languages", "interests", "availability"), seen.keySet());
        assertEquals(match.toString(), home.getString("match.id"));
        assertTrue(Db.count(
                        "select count(*) from audit_event where action = 'CHILD_PROFILE_READ' and object_id = ?",
                        child.toString())
                > 0);

        assertProblem(
                Api.responseOnly(null)
                        .header("Authorization", "Bearer " + token)
                        .get(API + "/children/" + child),
                404,
                "not_found");
        UUID otherChild = createChild(child(name()));
        assertProblem(
                Api.responseOnly(null)
                        .header("Authorization", "Bearer " + token)
                        .get(API + "/children/" + otherChild),
                404,
                "not_found");
        UUID otherMatch = activeMatch(createChild(child(name())), approvedMentor(Map.of()), 2);
        assertProblem(
                Api.responseOnly(null)
                        .header("Authorization", "Bearer " + token)
                        .get(API + "/matches/" + otherMatch + "/diary"),
                404,
                "not_found");
        for (String outsider : List.of(Api.WELFARE_SI, Api.ADMIN, Api.COORDINATOR_DE)) {
            assertProblem(Api.responseOnly(outsider).get(API + "/children/" + child), 404, "not_found");
            assertProblem(Api.responseOnly(outsider).get(API + "/matches/" + match + "/diary"), 404, "not_found");
        }
    }

    static String mentorToken(UUID volunteer) throws Exception {
        UUID user = UUID.fromString(Db.string("select user_id from volunteer where id = ?", volunteer)
                .orElseThrow());
        String password = "Quiet-Meadow-" + UUID.randomUUID().toString().substring(0, 6);
        ok(
                Api.anonymous()
                        .body(Map.of("token", VolunteerTest.passwordToken(user), "password", password))
                        .post(API + "/auth/password-setup"),
                204);
        return Api.login(MentoringFixtures.email(volunteer), password).accessToken();
    }

    private static Map<String, Object> entry(boolean concern) {
        Map<String, Object> b = new HashMap<>();
        b.put("metOn", LocalDate.now().minusDays(1).toString());
        b.put("durationMinutes", 90);
        b.put("activities", List.of("PLAYGROUND", "TALKING"));
        b.put("mood", "GOOD");
        b.put("concern", concern);
        if (concern) {
            b.put("concernText", "Bruises on the arm; the child did not want to talk about it.");
        }
        return b;
    }

    @Test
    void shouldTurnAConcernIntoAnAuditedAlertForTheCoordinatorAndShowFeedbackToTheMentor() throws Exception {
        UUID mentor = approvedMentor(Map.of());
        UUID match = activeMatch(createChild(child(name())), mentor, 10);
        String token = mentorToken(mentor);
        String diaryPath = API + "/matches/" + match + "/diary";
        Map<String, Object> missing = entry(true);
        missing.remove("concernText");
        assertProblem(Api.withToken(token).body(missing).post(diaryPath), 400, "validation_failed");
        assertProblem(Api.as(Api.COORDINATOR_SI).body(entry(false)).post(diaryPath), 403, "forbidden");

        JsonPath logged =
                ok(Api.withToken(token).body(entry(true)).post(diaryPath), 201).jsonPath();
        String entryId = logged.getString("id");
        String alert = Db.string("select id from safeguarding_alert where entry_id = ?::uuid", entryId)
                .orElseThrow();
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'SAFEGUARDING_CONCERN_RAISED' and object_id = ?",
                        alert));
        assertTrue(Db.count(
                        "select count(*) from notification where kind = 'SAFEGUARDING_CONCERN' and subject_id = ?::uuid and user_id = ?",
                        alert,
                        Api.userId(Api.COORDINATOR_SI))
                > 0);
        JsonPath queue = ok(Api.as(Api.COORDINATOR_SI).queryParam("open", true).get(API + "/safeguarding-alerts"), 200)
                .jsonPath();
        assertTrue(queue.getList("id").contains(alert));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'SAFEGUARDING_ALERT_READ' and object_id = ? and actor_id = ?",
                        alert,
                        Api.userId(Api.COORDINATOR_SI)));
        assertFalse(ok(Api.as(Api.COORDINATOR_DE).get(API + "/safeguarding-alerts"), 200)
                .jsonPath()
                .getList("id")
                .contains(alert));

        String decide = API + "/safeguarding-alerts/" + alert + "/decision";
        assertProblem(
                Api.as(Api.COORDINATOR_DE)
                        .body(Map.of("decision", "NO_ACTION", "reason", "x"))
                        .post(decide),
                404,
                "not_found");
        JsonPath decided = ok(
                        Api.as(Api.COORDINATOR_SI)
                                .body(Map.of(
                                        "decision",
                                        "INFORM_REFERRER",
                                        "reason",
                                        "Consent covers informing the youth office."))
                                .post(decide),
                        200)
                .jsonPath();
        assertEquals("INFORM_REFERRER", decided.getString("decision"));
        assertProblem(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("decision", "NO_ACTION", "reason", "x"))
                        .post(decide),
                409,
                "alert_decided");

        ok(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("text", "Thank you for telling us at once."))
                        .post(API + "/diary-entries/" + entryId + "/feedback"),
                201);
        JsonPath diaryAsMentor = ok(Api.withToken(token).get(diaryPath), 200).jsonPath();
        assertEquals("Thank you for telling us at once.", diaryAsMentor.getString("[0].feedback[0].text"));
        assertTrue(Db.count(
                        "select count(*) from audit_event where action = 'DIARY_READ' and object_id = ?",
                        match.toString())
                > 0);
        assertEquals(
                LocalDate.now().minusDays(1).toString(),
                MentoringFixtures.match(match).getString("lastMeetingOn"));
    }

    @Test
    void shouldFlagAMatchWithoutAMeetingForFourteenDays() throws Exception {
        UUID quiet = activeMatch(createChild(child(name())), approvedMentor(Map.of()), 20);
        UUID lively = activeMatch(createChild(child(name())), approvedMentor(Map.of()), 13);
        assertTrue(MentoringFixtures.match(quiet).getBoolean("flags.noRecentMeeting"));
        assertFalse(MentoringFixtures.match(lively).getBoolean("flags.noRecentMeeting"));
        diary.runDaily();
        assertEquals(
                LocalDate.now().toString(),
                Db.string("select flagged_on from mentoring_match where id = ?", quiet)
                        .orElseThrow());
        assertEquals(
                null,
                Db.string("select flagged_on from mentoring_match where id = ?", lively)
                        .orElse(null));
        assertTrue(Db.count(
                        "select count(*) from notification where kind = 'MATCH_NO_RECENT_MEETING' and subject_id = ?",
                        quiet)
                > 0);
        List<String> flagged = ok(
                        Api.as(Api.COORDINATOR_SI).queryParam("flagged", true).get(API + "/matches"), 200)
                .jsonPath()
                .getList("id");
        assertTrue(flagged.contains(quiet.toString()));
        assertFalse(flagged.contains(lively.toString()));
        List<String> healthy = ok(
                        Api.as(Api.COORDINATOR_SI).queryParam("flagged", false).get(API + "/matches"), 200)
                .jsonPath()
                .getList("id");
        assertTrue(healthy.contains(lively.toString()));
        assertFalse(healthy.contains(quiet.toString()));

        // Reading the list of children is audited for each child listed.
        long before = Db.count(
                "select count(*) from audit_event where action = 'CHILD_PROFILE_READ' and object_id = ?",
                MentoringFixtures.match(quiet).getString("childId"));
        ok(
                Api.as(Api.COORDINATOR_SI)
                        .queryParam("status", "MATCHED")
                        .queryParam("sort", "-createdAt")
                        .get(API + "/children"),
                200);
        assertEquals(
                before + 1,
                Db.count(
                        "select count(*) from audit_event where action = 'CHILD_PROFILE_READ' and object_id = ?",
                        MentoringFixtures.match(quiet).getString("childId")));
    }

    @Test
    void shouldRunWholePoolMatchingAndLetTheCoordinatorConfirmAProposal() {
        approvedMentor(Map.of());
        createChild(child(name()));
        JsonPath run = ok(Api.as(Api.COORDINATOR_SI).post(API + "/regions/" + Api.REGION_SI + "/matching-runs"), 201)
                .jsonPath();
        assertTrue(run.getDouble("totalScore") >= run.getDouble("greedyScore"));
        List<Map<String, Object>> proposals = run.getList("proposals");
        assertFalse(proposals.isEmpty());
        assertEquals(
                proposals.size(),
                proposals.stream().map(p -> p.get("childId")).distinct().count());
        assertEquals(
                proposals.size(),
                proposals.stream().map(p -> p.get("volunteerId")).distinct().count());
        double sum = proposals.stream()
                .mapToDouble(p -> ((Number) p.get("score")).doubleValue())
                .sum();
        assertEquals(run.getDouble("totalScore"), sum, 0.05);
        String runPath = API + "/matching-runs/" + run.getString("id");
        String first = (String) proposals.get(0).get("id");
        JsonPath after = ok(Api.as(Api.COORDINATOR_SI).post(runPath + "/proposals/" + first + "/confirm"), 200)
                .jsonPath();
        assertEquals("CONFIRMED", after.getString("proposals.find { it.id == '" + first + "' }.status"));
        assertNotNull(after.getString("proposals.find { it.id == '" + first + "' }.matchId"));
        assertProblem(
                Api.as(Api.COORDINATOR_SI).post(runPath + "/proposals/" + first + "/drop"), 409, "proposal_decided");
        assertProblem(Api.responseOnly(Api.COORDINATOR_DE).get(runPath), 404, "not_found");
        assertProblem(
                Api.responseOnly(Api.COORDINATOR_DE).post(API + "/regions/" + Api.REGION_SI + "/matching-runs"),
                404,
                "not_found");
    }

    @Test
    void shouldCreateAProfileFromAnAcceptedReferralMoveItToMatchedAndCloseEverythingWhenConsentIsWithdrawn()
            throws Exception {
        UUID offer = Api.demoId("offer:si-mentoring");
        Map<String, Object> draft = new HashMap<>();
        java.time.YearMonth born = java.time.YearMonth.now().minusYears(8);
        String first = name();
        draft.put("targetOfferId", offer.toString());
        draft.put("firstName", first);
        draft.put("birthYear", born.getYear());
        draft.put("birthMonth", born.getMonthValue());
        draft.put("gender", "MALE");
        draft.put("area", "Maribor");
        draft.put("languages", List.of("sl"));
        draft.put("indicators", List.of("SCHOOL_ABSENCE"));
        draft.put("urgency", "ROUTINE");
        String referral = ok(
                        Api.as(Api.WELFARE_SI)
                                .header("Idempotency-Key", "referral-" + first)
                                .body(draft)
                                .post(API + "/referrals"),
                        201)
                .jsonPath()
                .getString("id");
        String storedResponses = "select count(*) from idempotency_key where body like '%' || ? || '%'";
        assertEquals(1, Db.count(storedResponses, referral));
        Map<String, Object> consent = new HashMap<>();
        consent.put("givenBy", "MOTHER");
        consent.put("givenOn", LocalDate.now().minusDays(1).toString());
        consent.put("purposes", List.of("MENTORING"));
        consent.put("recipients", "The mentoring programme");
        consent.put("form", "WRITTEN");
        consent.put("validUntil", LocalDate.now().plusYears(1).toString());
        ok(Api.as(Api.WELFARE_SI).body(consent).put(API + "/referrals/" + referral + "/consent"), 200);
        ok(Api.as(Api.WELFARE_SI).body(Map.of()).post(API + "/referrals/" + referral + "/submit"), 200);
        ok(Api.as(Api.COORDINATOR_SI).body(Map.of()).post(API + "/referrals/" + referral + "/accept"), 200);

        UUID child = UUID.fromString(Db.string("select id from child_profile where referral_id = ?::uuid", referral)
                .orElseThrow());
        JsonPath profile = ok(Api.as(Api.COORDINATOR_SI).get(API + "/children/" + child), 200)
                .jsonPath();
        assertEquals(first, profile.getString("firstName"));
        assertEquals("Maribor", profile.getString("municipality"));
        assertFalse(profile.getBoolean("readyForMatching"), "availability still missing");
        assertProblem(
                Api.as(Api.COORDINATOR_SI).get(API + "/children/" + child + "/match-suggestions"),
                422,
                "profile_incomplete");

        Response current = ok(Api.as(Api.COORDINATOR_SI).get(API + "/children/" + child), 200);
        Map<String, Object> update = child(first);
        ok(
                Api.as(Api.COORDINATOR_SI)
                        .header("If-Match", current.header("ETag"))
                        .body(update)
                        .put(API + "/children/" + child),
                200);
        assertProblem(
                Api.as(Api.COORDINATOR_SI)
                        .header("If-Match", current.header("ETag"))
                        .body(update)
                        .put(API + "/children/" + child),
                412,
                "precondition_failed");
        UUID match = activeMatch(child, approvedMentor(Map.of()), 1);
        assertEquals(
                "MATCHED",
                Db.string("select status from referral where id = ?::uuid", referral)
                        .orElseThrow());

        ok(Api.as(Api.WELFARE_SI).post(API + "/referrals/" + referral + "/consent/withdrawal"), 200);
        assertEquals(0, Db.count(storedResponses, referral), "the stored response repeated the erased data");
        JsonPath closed = MentoringFixtures.match(match);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("FAMILY_WITHDREW", closed.getString("closeReason"));
        assertEquals(
                "CLOSED",
                Db.string("select status from child_profile where id = ?", child)
                        .orElseThrow());
        assertEquals(
                null,
                Db.string("select first_name from child_profile where id = ?", child)
                        .orElse(null));
    }
}
