package eu.makethedifference.agreements;

import static eu.makethedifference.agreements.AgreementFixtures.audits;
import static eu.makethedifference.agreements.AgreementFixtures.path;
import static eu.makethedifference.agreements.AgreementFixtures.stored;
import static eu.makethedifference.agreements.AgreementFixtures.uniqueTitle;
import static eu.makethedifference.agreements.service.CommitmentService.health;
import static eu.makethedifference.agreements.service.CommitmentService.interval;
import static eu.makethedifference.agreements.service.CommitmentService.nextDue;
import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.agreements.service.CommitmentService;
import eu.makethedifference.agreements.service.CommitmentService.Health;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class CommitmentScheduleTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Inject
    CommitmentService commitments;

    private static LocalDate todayInSlovenia() {
        return LocalDate.now(ZoneId.of("Europe/Ljubljana"));
    }

    // ------------------------------------------------------------------ the schedule (unit level)

    @ParameterizedTest(name = "{0} {1}: every {2}")
    @CsvSource({
        "WEEKS, 8, P56D, 2026-03-02",
        "WEEKS, 1, P7D, 2026-01-12",
        "TIMES_PER_YEAR, 4, P3M, 2026-04-05",
        "TIMES_PER_YEAR, 2, P6M, 2026-07-05",
        "TIMES_PER_YEAR, 1, P12M, 2027-01-05",
        "TIMES_PER_YEAR, 5, P73D, 2026-03-19",
        "TIMES_PER_YEAR, 12, P1M, 2026-02-05",
        "TIMES_PER_YEAR, 52, P7D, 2026-01-12"
    })
    void shouldScheduleTheFirstDueDateOneIntervalAfterTheStart(
            FrequencyUnit unit, int value, String period, LocalDate firstDue) {
        assertEquals(Period.parse(period), interval(unit, value));
        assertEquals(firstDue, nextDue(START, null, unit, value));
    }

    @Test
    void shouldScheduleTheNextDueDateOneIntervalAfterTheLatestActivity() {
        assertEquals(LocalDate.of(2026, 4, 7), nextDue(START, LocalDate.of(2026, 2, 10), FrequencyUnit.WEEKS, 8));
        assertEquals(
                LocalDate.of(2026, 5, 28),
                nextDue(START, LocalDate.of(2026, 2, 28), FrequencyUnit.TIMES_PER_YEAR, 4),
                "three calendar months");
        assertEquals(
                LocalDate.of(2026, 8, 28), nextDue(START, LocalDate.of(2026, 2, 28), FrequencyUnit.TIMES_PER_YEAR, 2));
        assertEquals(
                LocalDate.of(2027, 2, 28), nextDue(START, LocalDate.of(2026, 2, 28), FrequencyUnit.TIMES_PER_YEAR, 1));
        assertEquals(
                LocalDate.of(2026, 5, 12),
                nextDue(START, LocalDate.of(2026, 2, 28), FrequencyUnit.TIMES_PER_YEAR, 5),
                "73 days");
        assertEquals(LocalDate.of(2026, 3, 7), nextDue(START, LocalDate.of(2026, 2, 28), FrequencyUnit.WEEKS, 1));
        assertEquals(
                nextDue(START, null, FrequencyUnit.WEEKS, 8),
                nextDue(START, LocalDate.of(2025, 12, 1), FrequencyUnit.WEEKS, 8),
                "an activity before the start does not count");
    }

    @Test
    void shouldTellOnTrackDueSoonAndOverdue() {
        LocalDate today = LocalDate.of(2026, 6, 1);

        // every 8 weeks: the due-soon window is 14 days (a quarter of the interval, at most 14)
        assertEquals(Health.OVERDUE, health(today.minusDays(1), today, FrequencyUnit.WEEKS, 8));
        assertEquals(Health.DUE_SOON, health(today, today, FrequencyUnit.WEEKS, 8));
        assertEquals(Health.DUE_SOON, health(today.plusDays(14), today, FrequencyUnit.WEEKS, 8));
        assertEquals(Health.ON_TRACK, health(today.plusDays(15), today, FrequencyUnit.WEEKS, 8));
        // 4 times a year and once a year: still 14 days
        assertEquals(Health.DUE_SOON, health(today.plusDays(14), today, FrequencyUnit.TIMES_PER_YEAR, 4));
        assertEquals(Health.ON_TRACK, health(today.plusDays(15), today, FrequencyUnit.TIMES_PER_YEAR, 4));
        assertEquals(Health.ON_TRACK, health(today.plusDays(15), today, FrequencyUnit.TIMES_PER_YEAR, 1));
        assertEquals(Health.OVERDUE, health(today.minusDays(200), today, FrequencyUnit.TIMES_PER_YEAR, 1));
        // 5 times a year (73 days): 14 days
        assertEquals(Health.DUE_SOON, health(today.plusDays(14), today, FrequencyUnit.TIMES_PER_YEAR, 5));
        assertEquals(Health.ON_TRACK, health(today.plusDays(15), today, FrequencyUnit.TIMES_PER_YEAR, 5));
        // every 4 weeks: a quarter of 28 days = 7
        assertEquals(Health.DUE_SOON, health(today.plusDays(7), today, FrequencyUnit.WEEKS, 4));
        assertEquals(Health.ON_TRACK, health(today.plusDays(8), today, FrequencyUnit.WEEKS, 4));
        // weekly: one day
        assertEquals(Health.DUE_SOON, health(today.plusDays(1), today, FrequencyUnit.WEEKS, 1));
        assertEquals(Health.ON_TRACK, health(today.plusDays(2), today, FrequencyUnit.WEEKS, 1));
        assertEquals(Health.OVERDUE, health(today.minusDays(1), today, FrequencyUnit.WEEKS, 1));
    }

    // ------------------------------------------------------------------ the API

    private static Map<String, Object> commitment(UUID responsible, String unit, int value, LocalDate startsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CASE_DISCUSSION");
        body.put("title", "Skupna obravnava primerov");
        body.put("frequencyUnit", unit);
        body.put("frequencyValue", value);
        body.put("responsibleOrganisationId", responsible.toString());
        if (startsOn != null) {
            body.put("startsOn", startsOn.toString());
        }
        return body;
    }

    private static JsonPath addCommitment(String caller, UUID agreement, Map<String, Object> body) {
        Response r = Api.as(caller).body(body).post(path(agreement) + "/commitments");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    private static Map<String, Object> activity(LocalDate heldOn, UUID... organisations) {
        return Map.of(
                "heldOn",
                heldOn.toString(),
                "organisationIds",
                java.util.Arrays.stream(organisations).map(UUID::toString).toList(),
                "notes",
                "Dva anonimizirana primera.");
    }

    private static Response logActivity(String caller, UUID agreement, String commitment, Map<String, Object> body) {
        return Api.as(caller).body(body).post(path(agreement) + "/commitments/" + commitment + "/activities");
    }

    private static JsonPath commitmentView(UUID agreement, String commitment) {
        Response r = Api.as(Api.WELFARE_SI).get(path(agreement) + "/commitments");
        assertEquals(200, r.statusCode(), r.asString());
        List<Map<String, Object>> all = r.jsonPath().getList("$");
        Map<String, Object> item = all.stream()
                .filter(m -> commitment.equals(m.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("commitment not listed: " + all));
        try {
            return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(item));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long activities(UUID agreement) {
        return Db.count("select count(*) from agreement_activity where agreement_id = ?", agreement);
    }

    @Test
    void shouldRequireTheResponsibleOrganisationToBeAParty() {
        UUID id = AgreementFixtures.bridgingDraft(uniqueTitle("Responsible"));
        var before = stored(id);

        assertFieldProblem(
                Api.as(Api.ADDICTION_SI)
                        .body(commitment(AgreementFixtures.ORG_SI_SCHOOL, "WEEKS", 8, null))
                        .post(path(id) + "/commitments"),
                400,
                "validation_failed",
                "responsibleOrganisationId");
        assertFieldProblem(
                Api.as(Api.ADDICTION_SI)
                        .body(commitment(Api.ORG_DE_WELFARE, "WEEKS", 8, null))
                        .post(path(id) + "/commitments"),
                400,
                "validation_failed",
                "responsibleOrganisationId");

        assertEquals(before, stored(id));
        JsonPath ok = addCommitment(Api.ADDICTION_SI, id, commitment(Api.ORG_SI_WELFARE, "WEEKS", 8, null));
        assertEquals("NOT_STARTED", ok.getString("health"), "a draft's commitments have not started");
        assertEquals(todayInSlovenia().toString(), ok.getString("startsOn"));
        assertEquals(todayInSlovenia().plusWeeks(8).toString(), ok.getString("nextDueOn"));
    }

    @Test
    void shouldLogActivitiesOnlyOnceTheAgreementIsBinding() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Not binding"));
        String c = addCommitment(Api.ADDICTION_SI, id, commitment(Api.ORG_SI_WELFARE, "WEEKS", 8, null))
                .getString("id");
        var before = stored(id);

        assertProblem(
                AgreementFixtures.conflicting(Api.ADDICTION_SI)
                        .body(activity(todayInSlovenia(), Api.ORG_SI_ADDICTION, Api.ORG_SI_WELFARE))
                        .post(path(id) + "/commitments/" + c + "/activities"),
                409,
                "agreement_not_binding");

        assertEquals(before, stored(id));
        assertEquals(0, activities(id));
        assertEquals(0, audits("AGREEMENT_ACTIVITY_LOGGED", id));
    }

    @Test
    void shouldRefuseAnActivityInTheFutureOrWithAnOrganisationThatIsNoParty() {
        UUID id = AgreementFixtures.signed(uniqueTitle("Bad activity"));
        String c = addCommitment(Api.COORDINATOR_SI, id, commitment(Api.ORG_SI_WELFARE, "WEEKS", 8, null))
                .getString("id");
        var before = stored(id);

        assertFieldProblem(
                logActivity(Api.WELFARE_SI, id, c, activity(todayInSlovenia().plusDays(2), Api.ORG_SI_WELFARE)),
                400,
                "validation_failed",
                "heldOn");
        assertFieldProblem(
                logActivity(
                        Api.WELFARE_SI,
                        id,
                        c,
                        activity(todayInSlovenia(), Api.ORG_SI_WELFARE, AgreementFixtures.ORG_SI_SCHOOL)),
                400,
                "validation_failed",
                "organisationIds");
        assertFieldProblem(
                logActivity(Api.WELFARE_SI, id, c, activity(todayInSlovenia(), UUID.randomUUID())),
                400,
                "validation_failed",
                "organisationIds");

        assertEquals(before, stored(id));
        assertEquals(0, activities(id));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from agreement_activity_participant p join agreement_activity a on a.id ="
                                + " p.activity_id where a.agreement_id = ?",
                        id));
    }

    @Test
    void shouldMoveTheDueDateAndPutTheCommitmentOnTrackWhenAnActivityIsLogged() {
        UUID id = AgreementFixtures.signed(uniqueTitle("On track"));
        LocalDate today = todayInSlovenia();
        String c = addCommitment(
                        Api.COORDINATOR_SI, id, commitment(Api.ORG_SI_WELFARE, "WEEKS", 8, today.minusWeeks(10)))
                .getString("id");
        JsonPath overdue = commitmentView(id, c);
        assertEquals("OVERDUE", overdue.getString("health"));
        assertEquals(today.minusWeeks(2).toString(), overdue.getString("nextDueOn"));

        Response logged = logActivity(
                Api.WELFARE_SI, id, c, activity(today.minusDays(3), Api.ORG_SI_ADDICTION, Api.ORG_SI_WELFARE));

        assertEquals(201, logged.statusCode(), logged.asString());
        assertEquals("ON_TRACK", logged.jsonPath().getString("health"));
        assertEquals(
                today.minusDays(3).plusWeeks(8).toString(), logged.jsonPath().getString("nextDueOn"));
        assertEquals(today.minusDays(3).toString(), logged.jsonPath().getString("lastHeldOn"));
        assertEquals(1, logged.jsonPath().getInt("activityCount"));
        assertNull(logged.jsonPath().getString("overdueSince"));
        assertEquals(1, audits("AGREEMENT_ACTIVITY_LOGGED", id));

        Response list = Api.as(Api.ADDICTION_SI).queryParam("commitmentId", c).get(path(id) + "/activities");
        assertEquals(200, list.statusCode(), list.asString());
        assertEquals(1, list.jsonPath().getList("$").size());
        assertEquals(
                List.of(Api.ORG_SI_ADDICTION.toString(), Api.ORG_SI_WELFARE.toString()).stream()
                        .sorted()
                        .toList(),
                list.jsonPath().getList("[0].organisationIds", String.class).stream()
                        .sorted()
                        .toList());
        assertEquals("Luka Horvat", list.jsonPath().getString("[0].createdByName"));

        // an older activity does not move the schedule back
        Response older = logActivity(Api.ADDICTION_SI, id, c, activity(today.minusDays(30), Api.ORG_SI_ADDICTION));
        assertEquals(201, older.statusCode(), older.asString());
        assertEquals(
                today.minusDays(3).plusWeeks(8).toString(), older.jsonPath().getString("nextDueOn"));
        assertEquals(2, older.jsonPath().getInt("activityCount"));
    }

    @Test
    void shouldMarkOverdueCommitmentsDailyAndClearTheMarkAfterAnActivity() throws Exception {
        UUID id = AgreementFixtures.inStatus("ACTIVE", uniqueTitle("Overdue job"));
        LocalDate today = todayInSlovenia();
        String c = addCommitment(Api.COORDINATOR_SI, id, commitment(Api.ORG_SI_ADDICTION, "TIMES_PER_YEAR", 4, null))
                .getString("id");
        UUID commitmentId = UUID.fromString(c);
        Db.execute("update agreement_commitment set next_due_on = ? where id = ?", today.minusDays(3), commitmentId);

        assertTrue(commitments.markOverdue() >= 1);

        assertEquals(
                today.minusDays(2).toString(),
                Db.string("select overdue_since from agreement_commitment where id = ?", commitmentId)
                        .orElseThrow());
        JsonPath marked = commitmentView(id, c);
        assertEquals("OVERDUE", marked.getString("health"));
        assertEquals(today.minusDays(2).toString(), marked.getString("overdueSince"));
        commitments.markOverdue();
        assertEquals(
                today.minusDays(2).toString(),
                Db.string("select overdue_since from agreement_commitment where id = ?", commitmentId)
                        .orElseThrow(),
                "marking again keeps the first day");

        Response logged = logActivity(Api.ADDICTION_SI, id, c, activity(today, Api.ORG_SI_ADDICTION));
        assertEquals(201, logged.statusCode(), logged.asString());
        assertNull(logged.jsonPath().getString("overdueSince"));
        assertEquals("ON_TRACK", logged.jsonPath().getString("health"));
        assertEquals(today.plusMonths(3).toString(), logged.jsonPath().getString("nextDueOn"));
        commitments.markOverdue();
        assertNull(Db.string("select overdue_since from agreement_commitment where id = ?", commitmentId)
                .orElse(null));

        // the job also clears a mark whose due date moved into the future
        Db.execute(
                "update agreement_commitment set next_due_on = ?, overdue_since = ? where id = ?",
                today.plusDays(10),
                today.minusDays(5),
                commitmentId);
        commitments.markOverdue();
        assertNull(Db.string("select overdue_since from agreement_commitment where id = ?", commitmentId)
                .orElse(null));
    }

    @Test
    void shouldNotMarkTheCommitmentsOfAnAgreementThatIsNotBinding() throws Exception {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Overdue draft"));
        UUID c = UUID.fromString(addCommitment(Api.ADDICTION_SI, id, commitment(Api.ORG_SI_WELFARE, "WEEKS", 8, null))
                .getString("id"));
        Db.execute(
                "update agreement_commitment set next_due_on = ? where id = ?",
                todayInSlovenia().minusDays(9),
                c);

        commitments.markOverdue();

        assertNull(Db.string("select overdue_since from agreement_commitment where id = ?", c)
                .orElse(null));
        assertEquals("NOT_STARTED", commitmentView(id, c.toString()).getString("health"));
    }

    @Test
    void shouldSeedAnActiveAgreementWithOneCommitmentOnTrackAndOneOverdueInEachRegion() {
        for (String[] seed : List.of(
                new String[] {
                    Api.COORDINATOR_SI,
                    "Dogovor o sodelovanju za otroke iz družin z zasvojenostjo – Podravje",
                    "Dogovor o sodelovanju: šolska okolja Maribor"
                },
                new String[] {
                    Api.COORDINATOR_DE,
                    "Kooperationsvereinbarung Suchthilfe und Jugendhilfe Münster",
                    "Kooperationsvereinbarung Familienhilfe Münster-Süd"
                })) {
            String coordinator = seed[0];
            String activeId = Db.string("select id from agreement where title = ? and status = 'ACTIVE'", seed[1])
                    .orElseThrow(() -> new AssertionError("demo agreement " + seed[1]));
            assertTrue(Db.string("select id from agreement where title = ? and status = 'NEGOTIATION'", seed[2])
                    .isPresent());

            Response list = Api.as(coordinator).get(AgreementFixtures.AGREEMENTS + "/" + activeId + "/commitments");
            assertEquals(200, list.statusCode(), list.asString());
            List<String> health = list.jsonPath().getList("health");
            assertEquals(2, health.size());
            assertEquals(
                    List.of("ON_TRACK", "OVERDUE"), health.stream().sorted().toList(), seed[1]);
            assertEquals("ON_TRACK", list.jsonPath().getString("find { it.type == 'CASE_DISCUSSION' }.health"));
            assertEquals(2, list.jsonPath().getInt("find { it.type == 'CASE_DISCUSSION' }.activityCount"));
            assertEquals("OVERDUE", list.jsonPath().getString("find { it.type == 'JOB_SHADOWING' }.health"));
            Response activities =
                    Api.as(coordinator).get(AgreementFixtures.AGREEMENTS + "/" + activeId + "/activities");
            assertEquals(2, activities.jsonPath().getList("$").size());
            assertNotNull(Api.as(coordinator)
                    .get(AgreementFixtures.AGREEMENTS + "/" + activeId)
                    .jsonPath()
                    .getString("reviewDate"));
        }
    }
}
