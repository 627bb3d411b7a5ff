package eu.makethedifference.referrals;

import static eu.makethedifference.referrals.ReferralFixtures.REFERRALS;
import static eu.makethedifference.referrals.ReferralFixtures.SI_MENTORING;
import static eu.makethedifference.referrals.ReferralFixtures.act;
import static eu.makethedifference.referrals.ReferralFixtures.ok;
import static eu.makethedifference.referrals.ReferralFixtures.submitted;
import static eu.makethedifference.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mentoring status of a referral: what the referring side may know of a match, and nothing more. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class ReferralMentoringStatusTest {
    static JsonPath status(String caller, UUID referral) {
        return ok(Api.as(caller).get(REFERRALS + "/" + referral + "/mentoring")).jsonPath();
    }

    @Test
    void shouldShowTheLatestMatchAndItsMeetingsToThoseWhoSeeTheReferralOnly() throws Exception {
        UUID referral = submitted(SI_MENTORING);
        ok(act(Api.COORDINATOR_SI, referral, "accept"));
        JsonPath none = status(Api.WELFARE_SI, referral);
        assertEquals("NONE", none.getString("status"));
        assertEquals(0, none.getInt("matches"));
        assertEquals(0, none.getInt("meetingsHeld"));

        UUID child = UUID.fromString(Db.string("select id::text from child_profile where referral_id = ?", referral)
                .orElseThrow());
        UUID volunteer = UUID.fromString(
                Db.string("select id::text from volunteer where region_id = ? order by id limit 1", Api.REGION_SI)
                        .orElseThrow());
        UUID match = UUID.randomUUID();
        LocalDate started = LocalDate.now().minusMonths(3);
        Db.execute(
                """
                insert into mentoring_match (id, region_id, child_id, volunteer_id, status, score, explanation,
                    proposed_by, proposed_at, started_on, planned_end_on, closed_at, close_reason, close_note, updated_at)
                values (?, ?, ?, ?, 'CLOSED', 70, '[]', ?, now() - interval '100 days', ?, ?, now(),
                        'FAMILY_WITHDREW', 'The family moved to Ljubljana.', now())
                """,
                match,
                Api.REGION_SI,
                child,
                volunteer,
                Api.userId(Api.COORDINATOR_SI),
                started,
                started.plusMonths(12));
        Db.execute(
                "insert into diary_month (match_id, month, meetings) values (?, ?, 4), (?, ?, 3)",
                match,
                started.withDayOfMonth(1),
                match,
                started.plusMonths(1).withDayOfMonth(1));

        Response read = Api.as(Api.WELFARE_SI).get(REFERRALS + "/" + referral + "/mentoring");
        JsonPath s = ok(read).jsonPath();
        assertEquals("CLOSED", s.getString("status"));
        assertEquals(match.toString(), s.getString("matchId"));
        assertEquals("FAMILY_WITHDREW", s.getString("closeReason"));
        assertEquals(started.toString(), s.getString("startedOn"));
        assertEquals(7, s.getInt("meetingsHeld"));
        assertEquals(started.plusMonths(1).withDayOfMonth(1).toString(), s.getString("lastMeetingMonth"));
        assertEquals(1, s.getInt("matches"));
        assertFalse(read.asString().contains("Ljubljana"), "the closing note stays with the coordinator");
        assertFalse(read.asString().contains(volunteer.toString()), "nothing about the mentor");
        assertEquals(
                2,
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_MENTORING_READ' and object_id = ?",
                        referral.toString()));
        assertEquals("CLOSED", status(Api.COORDINATOR_SI, referral).getString("status"));

        assertProblem(Api.as(Api.WELFARE_DE).get(REFERRALS + "/" + referral + "/mentoring"), 404, "not_found");
        assertProblem(Api.as(Api.COORDINATOR_DE).get(REFERRALS + "/" + referral + "/mentoring"), 404, "not_found");
        assertProblem(Api.as(Api.ADMIN).get(REFERRALS + "/" + referral + "/mentoring"), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).get(REFERRALS + "/" + referral + "/mentoring"), 403, "forbidden");
        assertProblem(Api.as(Api.WELFARE_SI).get(REFERRALS + "/" + UUID.randomUUID() + "/mentoring"), 404, "not_found");

        // A system of the referring organisation reads it with mentoring:read, and only with it.
        assertEquals(
                "CLOSED",
                asClient(List.of("mentoring:read"), referral).jsonPath().getString("status"));
        assertProblem(asClient(List.of("referrals:read"), referral), 403, "insufficient_scope");
        assertNull(asClient(List.of("mentoring:read"), referral).jsonPath().getString("closeNote"));
    }

    private static Response asClient(List<String> scopes, UUID referral) {
        Response registered = Api.as(Api.COORDINATOR_SI)
                .body(Map.of(
                        "name",
                        "Case system " + UUID.randomUUID().toString().substring(0, 8),
                        "organisationId",
                        Api.ORG_SI_WELFARE.toString(),
                        "scopes",
                        scopes))
                .post("/api/v1/integration-clients");
        assertEquals(201, registered.statusCode(), registered.asString());
        String token = given().auth()
                .preemptive()
                .basic(
                        registered.jsonPath().getString("client.id"),
                        registered.jsonPath().getString("clientSecret"))
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/auth/token")
                .jsonPath()
                .getString("access_token");
        return Api.withToken(token).get(REFERRALS + "/" + referral + "/mentoring");
    }
}
