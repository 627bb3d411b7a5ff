package eu.makethedifference.mentoring;

import static eu.makethedifference.mentoring.MentoringFixtures.API;
import static eu.makethedifference.mentoring.MentoringFixtures.application;
import static eu.makethedifference.mentoring.MentoringFixtures.apply;
import static eu.makethedifference.mentoring.MentoringFixtures.ok;
import static eu.makethedifference.mentoring.MentoringFixtures.step;
import static eu.makethedifference.mentoring.MentoringFixtures.uniqueEmail;
import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.mentoring.service.DiaryService;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class VolunteerTest {
    @Inject
    RateLimitFilter rateLimit;

    @Inject
    DiaryService diary;

    @BeforeEach
    void resetRateLimit() {
        rateLimit.reset();
    }

    private static long volunteers(String email) {
        return Db.count("select count(*) from volunteer where lower(email) = lower(?)", email);
    }

    @Test
    void shouldRefuseAnApplicantOutsideTheRegionsAgeRuleAndStoreNothing() {
        for (LocalDate born : List.of(
                LocalDate.now().minusYears(18).plusDays(1), LocalDate.now().minusYears(31))) {
            Map<String, Object> body = application(uniqueEmail(), born);
            Response r = Api.anonymous().body(body).post(API + "/volunteer-applications");
            assertFieldProblem(r, 422, "age_out_of_range", "birthDate");
            assertEquals(0, volunteers((String) body.get("email")));
        }
        Map<String, Object> eighteen =
                application(uniqueEmail(), LocalDate.now().minusYears(18));
        ok(Api.anonymous().body(eighteen).post(API + "/volunteer-applications"), 202);
        assertEquals(1, volunteers((String) eighteen.get("email")));
    }

    @Test
    void shouldApplyTheAgeRuleConfiguredForTheRegion() {
        Response current =
                ok(Api.as(Api.COORDINATOR_DE).get(API + "/regions/" + Api.REGION_DE + "/mentoring-settings"), 200);
        Map<String, Object> settings =
                new java.util.HashMap<>(current.jsonPath().getMap("$"));
        settings.put("maxAge", 35);
        ok(
                Api.as(Api.COORDINATOR_DE)
                        .header("If-Match", current.header("ETag"))
                        .body(settings)
                        .put(API + "/regions/" + Api.REGION_DE + "/mentoring-settings"),
                200);
        Map<String, Object> body = application(uniqueEmail(), LocalDate.now().minusYears(33));
        body.put("regionId", Api.REGION_DE.toString());
        body.put("municipality", "Hiltrup");
        body.put("languages", List.of("de"));
        ok(Api.anonymous().body(body).post(API + "/volunteer-applications"), 202);
        assertEquals(1, volunteers((String) body.get("email")));
    }

    @Test
    void shouldRefuseAnApplicationWithoutConsentOrWithAnUnknownMunicipality() {
        Map<String, Object> body = application(uniqueEmail(), LocalDate.now().minusYears(22));
        body.put("consent", false);
        assertFieldProblem(
                Api.anonymous().body(body).post(API + "/volunteer-applications"), 422, "consent_required", "consent");
        body.put("consent", true);
        body.put("municipality", "Atlantis");
        assertFieldProblem(
                Api.anonymous().body(body).post(API + "/volunteer-applications"),
                400,
                "validation_failed",
                "municipality");
        assertEquals(0, volunteers((String) body.get("email")));
    }

    @Test
    void shouldAnswerASecondApplicationWithTheSameEmailAlikeWithoutStoringIt() {
        String email = uniqueEmail();
        Response first = ok(
                Api.anonymous()
                        .body(application(email, LocalDate.now().minusYears(22)))
                        .post(API + "/volunteer-applications"),
                202);
        Map<String, Object> again =
                application(email.toUpperCase(), LocalDate.now().minusYears(25));
        Response second = ok(Api.anonymous().body(again).post(API + "/volunteer-applications"), 202);
        assertEquals(first.asString(), second.asString(), "nothing reveals the existing application");
        assertEquals(1, volunteers(email));
    }

    @Test
    void shouldLimitApplicationsPerAddress() {
        Response last = null;
        for (int i = 0; i < 31; i++) {
            last = Api.responseOnly(null)
                    .body(application(uniqueEmail(), LocalDate.now().minusYears(5)))
                    .post(API + "/volunteer-applications");
        }
        assertProblem(last, 429, "too_many_requests");
        assertNotNull(last.header("Retry-After"));
    }

    @Test
    void shouldApproveOnlyAfterEveryScreeningStepAndCreateTheMentorAccountWithASetPasswordLink() throws IOException {
        Map<String, Object> body = application(uniqueEmail(), LocalDate.now().minusYears(23));
        UUID id = apply(body);
        String approve = API + "/volunteers/" + id + "/approve";
        assertProblem(Api.as(Api.COORDINATOR_SI).post(approve), 422, "screening_incomplete");
        ok(step(id, "INTERVIEW", null), 200);
        assertFieldProblem(step(id, "CERTIFICATE", null), 400, "validation_failed", "certificateIssuedOn");
        assertFieldProblem(
                step(id, "CERTIFICATE", LocalDate.now().minusMonths(13)),
                422,
                "certificate_expired",
                "certificateIssuedOn");
        ok(step(id, "CERTIFICATE", LocalDate.now().minusMonths(2)), 200);
        ok(step(id, "TRAINING", null), 200);
        var v = ok(step(id, "AGREEMENT", null), 200).jsonPath();
        assertEquals(4, v.getList("steps").size());
        assertEquals("Recorded in test", v.getString("steps[0].note"));
        assertNotNull(v.getString("steps[0].recordedByName"));

        assertProblem(Api.as(Api.COORDINATOR_DE).post(approve), 404, "not_found");
        var approved = ok(Api.as(Api.COORDINATOR_SI).post(approve), 200).jsonPath();
        assertEquals("APPROVED", approved.getString("status"));
        UUID user = UUID.fromString(approved.getString("userId"));
        assertEquals(
                "MENTOR",
                Db.string("select role from app_user where id = ?", user).orElseThrow());
        assertProblem(Api.as(Api.COORDINATOR_SI).post(approve), 409, "illegal_transition");
        // Retention is measured from the approval to the withdrawal.
        assertEquals(1, Db.count("select count(*) from volunteer where id = ? and approved_at is not null", id));
        assertEquals(1, Db.count("select count(*) from volunteer where id = ? and left_at is null", id));

        String token = passwordToken(user);
        String password = "Harbour-Lights-" + UUID.randomUUID().toString().substring(0, 6);
        ok(Api.anonymous().body(Map.of("token", token, "password", password)).post(API + "/auth/password-setup"), 204);
        assertProblem(
                Api.anonymous()
                        .body(Map.of("token", token, "password", password))
                        .post(API + "/auth/password-setup"),
                400,
                "invalid_link");
        String access = Api.login((String) body.get("email"), password).accessToken();
        var home = ok(Api.withToken(access).get(API + "/mentoring/me"), 200).jsonPath();
        assertEquals(id.toString(), home.getString("volunteer.id"));
        assertNull(home.get("match"));

        ok(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("reason", "Moved away"))
                        .post(API + "/volunteers/" + id + "/withdraw"),
                200);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from volunteer where id = ? and left_at >= approved_at and approved_at is not null",
                        id));
    }

    /** The token of the last set-password link logged for the account. */
    static String passwordToken(UUID user) throws IOException {
        Matcher m = Pattern.compile("Set-password link for account " + user + ": \\S+#token=([A-Za-z0-9_-]+)")
                .matcher(Files.readString(Path.of("target", "quarkus-test.log")));
        String token = null;
        while (m.find()) {
            token = m.group(1);
        }
        assertNotNull(token, "the link is in the log");
        return token;
    }

    @Test
    void shouldRejectWithAReasonAndRefuseFurtherSteps() {
        UUID id = apply(application(uniqueEmail(), LocalDate.now().minusYears(24)));
        String reject = API + "/volunteers/" + id + "/reject";
        assertFieldProblem(
                Api.responseOnly(Api.COORDINATOR_SI).body(Map.of()).post(reject), 400, "validation_failed", "reason");
        var v = ok(
                        Api.as(Api.COORDINATOR_SI)
                                .body(Map.of("reason", "Not available for a year"))
                                .post(reject),
                        200)
                .jsonPath();
        assertEquals("REJECTED", v.getString("status"));
        assertEquals("Not available for a year", v.getString("decisionReason"));
        assertProblem(step(id, "INTERVIEW", null), 409, "illegal_transition");
    }

    @Test
    void shouldSuspendAMentorWhenTheCertificateExpiresAndReinstateWithANewOne() throws Exception {
        UUID id = MentoringFixtures.approvedMentor(Map.of());
        Db.execute(
                "update volunteer set certificate_on = current_date - interval '11 months' - interval '10 days' where id = ?",
                id);
        diary.runDaily();
        diary.runDaily();
        assertEquals(
                "APPROVED",
                Db.string("select status from volunteer where id = ?", id).orElseThrow());
        assertEquals(
                1,
                Db.count(
                        "select count(*) from notification where kind = 'MENTOR_CERTIFICATE_EXPIRING' and subject_id = ? and user_id = ?",
                        id,
                        Api.userId(Api.COORDINATOR_SI)),
                "told once, thirty days ahead");
        Db.execute("update volunteer set certificate_on = current_date - interval '12 months' where id = ?", id);
        diary.runDaily();
        assertEquals(
                "SUSPENDED",
                Db.string("select status from volunteer where id = ?", id).orElseThrow());
        assertTrue(Db.count(
                        "select count(*) from audit_event where action = 'VOLUNTEER_SUSPENDED' and object_id = ?",
                        id.toString())
                > 0);
        UUID child = MentoringFixtures.createChild(MentoringFixtures.child("Susp"));
        assertTrue(!MentoringFixtures.suggested(child).contains(id.toString()));
        assertProblem(MentoringFixtures.propose(child, id), 422, "mentor_not_available");

        ok(step(id, "CERTIFICATE", LocalDate.now().minusDays(2)), 200);
        assertEquals(
                "APPROVED",
                Db.string("select status from volunteer where id = ?", id).orElseThrow());
        assertTrue(MentoringFixtures.suggested(child).contains(id.toString()));
    }

    @Test
    void shouldShowApplicationsOnlyToTheRegionsCoordinatorsAndTheVolunteerThemself() {
        UUID id = apply(application(uniqueEmail(), LocalDate.now().minusYears(21)));
        ok(Api.as(Api.COORDINATOR_SI).get(API + "/volunteers/" + id), 200);
        for (String outsider : List.of(Api.COORDINATOR_DE, Api.WELFARE_SI, Api.MENTOR_SI, Api.ADMIN)) {
            assertProblem(Api.responseOnly(outsider).get(API + "/volunteers/" + id), 404, "not_found");
        }
        var board = ok(
                        Api.as(Api.COORDINATOR_SI)
                                .queryParam("status", "SCREENING")
                                .queryParam("nextStep", "INTERVIEW")
                                .queryParam("size", 100)
                                .get(API + "/volunteers"),
                        200)
                .jsonPath();
        assertTrue(board.getList("items.id").contains(id.toString()));
        assertTrue(board.getList("items.nextStep").stream().allMatch("INTERVIEW"::equals));
        var other = Api.as(Api.COORDINATOR_DE)
                .queryParam("size", 100)
                .get(API + "/volunteers")
                .jsonPath();
        assertTrue(!other.getList("items.id").contains(id.toString()));
        assertProblem(Api.responseOnly(Api.WELFARE_SI).get(API + "/volunteers"), 403, "forbidden");
    }
}
