package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertListFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.TRAINER_SI;
import static eu.makethedifference.trainings.TrainingFixtures.TRAININGS;
import static eu.makethedifference.trainings.TrainingFixtures.audits;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static eu.makethedifference.trainings.TrainingFixtures.session;
import static eu.makethedifference.trainings.TrainingFixtures.trainingsTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.SeededUsers;
import eu.makethedifference.support.SeededUsers.Person;
import eu.makethedifference.trainings.TrainingFixtures.Plan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Planning a training: its sessions, programme, trainers and seats; publishing and changing it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class TrainingPlanningTest {

    private static Response createAsCoordinator(Plan plan) {
        return Api.as(Api.COORDINATOR_SI).body(plan.body()).post(TRAININGS);
    }

    private static Response update(UUID id, String etag, Plan plan) {
        return Api.as(Api.COORDINATOR_SI)
                .header("If-Match", etag)
                .body(plan.body())
                .put(path(id));
    }

    @Test
    void shouldPlanADraftWithSessionsProgrammeAndTrainers() {
        UUID module = TrainingFixtures.module();
        Instant first = TrainingFixtures.freeSlot();
        Instant second = first.plus(Duration.ofDays(7));
        Plan plan = Plan.seminar()
                .capacity(12)
                .modules(module)
                .trainers(Api.userId(TRAINER_SI), Api.userId(Api.COORDINATOR_SI))
                .sessions(List.of(
                        session(second, second.plus(Duration.ofHours(3)), null, "https://meet.example.org/seminar"),
                        session(first, first.plus(Duration.ofHours(2)), "Seminar room 2", null)))
                .deadline(first.minus(Duration.ofDays(2)));

        Response created = createAsCoordinator(plan);

        assertEquals(201, created.statusCode(), created.asString());
        JsonPath json = created.jsonPath();
        UUID id = TrainingFixtures.id(created);
        assertEquals("\"0\"", created.header("ETag"));
        assertTrue(created.header("Location").endsWith(path(id)), created.header("Location"));
        assertEquals("DRAFT", json.getString("status"));
        assertEquals("JOINT_SEMINAR", json.getString("kind"));
        assertEquals(Api.REGION_SI.toString(), json.getString("regionId"));
        assertEquals(plan.title(), json.getString("title"));
        assertEquals(first, Instant.parse(json.getString("startsAt")), "the first session's start");
        assertEquals(second.plus(Duration.ofHours(3)), Instant.parse(json.getString("endsAt")));
        assertEquals(12, json.getInt("capacity"));
        assertEquals(12, json.getInt("seatsLeft"));
        assertEquals(0, json.getInt("waitlisted"));
        assertEquals(60, json.getInt("balanceMaxPercent"), "the default balance rule of joint seminars");
        assertEquals(7, json.getInt("maxSeatsPerHelpSystem"), "60 % of 12 seats");
        assertEquals(2, json.getInt("sessionsRequired"), "all sessions when nothing else is said");
        assertEquals(2, json.getList("sessions").size());
        assertEquals("Seminar room 2", json.getString("sessions[0].venue"), "sessions in time order");
        assertEquals("https://meet.example.org/seminar", json.getString("sessions[1].onlineUrl"));
        assertEquals(List.of(module.toString()), json.getList("programme.moduleId"));
        assertEquals(
                Set.of(
                        Api.userId(TRAINER_SI).toString(),
                        Api.userId(Api.COORDINATOR_SI).toString()),
                Set.copyOf(json.getList("trainers.userId")));
        assertFalse(json.getBoolean("hasKnowledgeTest"), "the module has no questions");
        assertTrue(json.getBoolean("canManage"));
        assertNull(json.get("myEnrolment"));
        assertEquals(1, audits("TRAINING_CREATED", id));
        assertEquals(2, Db.count("select count(*) from training_session where training_id = ?", id));
    }

    private record Invalid(String name, Plan plan, String field, boolean withinContract) {}

    private static List<Invalid> invalidPlans() {
        Instant start = TrainingFixtures.freeSlot();
        UUID moduleDe = TrainingFixtures.module(Api.COORDINATOR_DE, List.of());
        Map<String, Object> archivedModule =
                TrainingFixtures.moduleBody(TrainingFixtures.uniqueTitle("Old"), List.of());
        archivedModule.put("archived", true);
        UUID archived = TrainingFixtures.id(
                Api.as(Api.COORDINATOR_SI).body(archivedModule).post(TrainingFixtures.MODULES));
        return List.of(
                new Invalid("no session", Plan.seminar().sessions(List.of()), "sessions", false),
                new Invalid(
                        "a session ending before it starts",
                        Plan.seminar().sessions(List.of(session(start, start.minusSeconds(60), "Room", null))),
                        "sessions[0].endsAt",
                        true),
                new Invalid(
                        "a session without venue or link",
                        Plan.seminar().sessions(List.of(session(start, start.plusSeconds(3600), null, null))),
                        "sessions[0].venue",
                        true),
                new Invalid(
                        "a deadline after the first session starts",
                        Plan.seminar().startingAt(start).deadline(start.plusSeconds(1)),
                        "enrolmentDeadline",
                        true),
                new Invalid("a module of another region", Plan.seminar().modules(moduleDe), "moduleIds", true),
                new Invalid("an archived module", Plan.seminar().modules(archived), "moduleIds", true),
                new Invalid("an unknown module", Plan.seminar().modules(UUID.randomUUID()), "moduleIds", true),
                new Invalid(
                        "a mentor as trainer", Plan.seminar().trainers(Api.userId(Api.MENTOR_SI)), "trainerIds", true),
                new Invalid(
                        "a professional of another region as trainer",
                        Plan.seminar().trainers(Api.userId(Api.WELFARE_DE)),
                        "trainerIds",
                        true),
                new Invalid(
                        "the coordinator of another region as trainer",
                        Plan.seminar().trainers(Api.userId(Api.COORDINATOR_DE)),
                        "trainerIds",
                        true),
                new Invalid(
                        "a balance rule for a mentor preparation course",
                        Plan.mentorPreparation().balance(60),
                        "balanceMaxPercent",
                        true),
                new Invalid(
                        "a balance rule for supervision", Plan.supervision().balance(50), "balanceMaxPercent", true),
                new Invalid(
                        "more sessions to attend than there are",
                        Plan.seminar().minSessions(2),
                        "minSessionsAttended",
                        true),
                new Invalid("no kind", Plan.seminar().set("kind", null), "kind", true),
                new Invalid(
                        "another region", Plan.seminar().set("regionId", Api.REGION_DE.toString()), "regionId", true));
    }

    @Test
    void shouldRefuseAnInvalidPlanWithAFieldErrorAndWriteNothing() {
        for (Invalid invalid : invalidPlans()) {
            Response response = invalid.withinContract()
                    ? createAsCoordinator(invalid.plan())
                    : Api.raw(Api.COORDINATOR_SI).body(invalid.plan().body()).post(TRAININGS);

            assertFieldProblem(response, 400, "validation_failed", invalid.field());
            assertEquals(0, trainingsTitled(invalid.plan().title()), invalid.name());
        }
    }

    @Test
    void shouldRefuseAnOnlineLinkThatIsNotHttps() {
        Instant start = TrainingFixtures.freeSlot();
        Plan plan = Plan.seminar()
                .sessions(List.of(session(start, start.plusSeconds(3600), null, "http://meet.example.org/x")));

        Response response = Api.raw(Api.COORDINATOR_SI).body(plan.body()).post(TRAININGS);

        assertListFieldProblem(response, 400, "validation_failed", "sessions", 0, "onlineUrl");
        assertEquals(0, trainingsTitled(plan.title()));
    }

    @Test
    void shouldApplyTheBalanceRuleToJointSeminarsOnly() {
        JsonPath byDefault =
                TrainingFixtures.create(Plan.seminar().capacity(10)).jsonPath();
        JsonPath half =
                TrainingFixtures.create(Plan.seminar().capacity(10).balance(50)).jsonPath();
        JsonPath mentors =
                TrainingFixtures.create(Plan.mentorPreparation().capacity(10)).jsonPath();

        assertEquals(60, byDefault.getInt("balanceMaxPercent"));
        assertEquals(6, byDefault.getInt("maxSeatsPerHelpSystem"));
        assertEquals(50, half.getInt("balanceMaxPercent"));
        assertEquals(5, half.getInt("maxSeatsPerHelpSystem"));
        assertNull(mentors.get("balanceMaxPercent"));
        assertEquals(10, mentors.getInt("maxSeatsPerHelpSystem"), "the whole capacity");
    }

    @Test
    void shouldPublishADraftOnce() {
        UUID id = TrainingFixtures.draft(Plan.seminar());

        assertProblem(Api.as(Api.ADDICTION_SI).post(path(id) + "/publish"), 403, "forbidden");
        assertProblem(Api.as(Api.COORDINATOR_DE).post(path(id) + "/publish"), 404, "not_found");
        assertProblem(Api.as(Api.MENTOR_SI).post(path(id) + "/publish"), 403, "forbidden");
        assertEquals(
                "DRAFT",
                Db.string("select status from training where id = ?", id).orElseThrow());

        Response published = Api.as(Api.COORDINATOR_SI).post(path(id) + "/publish");
        assertEquals(200, published.statusCode(), published.asString());
        assertEquals("PUBLISHED", published.jsonPath().getString("status"));

        assertProblem(Api.as(Api.COORDINATOR_SI).post(path(id) + "/publish"), 409, "illegal_transition");
        assertProblem(Api.as(Api.ADDICTION_SI).post(path(id) + "/publish"), 403, "forbidden");
        assertEquals(1, audits("TRAINING_PUBLISHED", id));
    }

    @Test
    void shouldChangeATrainingOnlyWithTheCurrentETag() {
        Plan plan = Plan.seminar().capacity(8);
        UUID id = TrainingFixtures.draft(plan);
        String originalTitle = plan.title();
        plan.title(TrainingFixtures.uniqueTitle("Renamed")).capacity(9);

        Response withoutIfMatch =
                Api.responseOnly(Api.COORDINATOR_SI).body(plan.body()).put(path(id));
        Response stale = update(id, "\"3\"", plan);
        Response malformed = Api.responseOnly(Api.COORDINATOR_SI)
                .header("If-Match", "yesterday")
                .body(plan.body())
                .put(path(id));

        assertProblem(withoutIfMatch, 428, "precondition_required");
        assertProblem(stale, 412, "precondition_failed");
        assertProblem(malformed, 412, "precondition_failed");
        assertEquals(1, trainingsTitled(originalTitle), "unchanged");

        Response updated = update(id, "\"0\"", plan);

        assertEquals(200, updated.statusCode(), updated.asString());
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals(plan.title(), updated.jsonPath().getString("title"));
        assertEquals(9, updated.jsonPath().getInt("capacity"));
        assertProblem(update(id, "\"0\"", plan), 412, "precondition_failed");
        assertEquals(1, audits("TRAINING_UPDATED", id));
    }

    @Test
    void shouldKeepKindAndRegionOfATraining() {
        Plan plan = Plan.seminar();
        UUID id = TrainingFixtures.draft(plan);

        Response kind = update(id, "\"0\"", Plan.mentorPreparation().title(plan.title()));
        Response region = update(id, "\"0\"", plan.set("regionId", Api.REGION_DE.toString()));

        assertFieldProblem(kind, 400, "validation_failed", "kind");
        assertFieldProblem(region, 400, "validation_failed", "regionId");
        JsonPath stored = TrainingFixtures.get(Api.COORDINATOR_SI, id).jsonPath();
        assertEquals("JOINT_SEMINAR", stored.getString("kind"));
        assertEquals(Api.REGION_SI.toString(), stored.getString("regionId"));
    }

    @Test
    void shouldRefuseACapacityBelowTheConfirmedSeats() {
        Plan plan = Plan.seminar().capacity(3).balance(100);
        UUID id = TrainingFixtures.published(plan);
        for (Person p : SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_WELFARE, 3)) {
            enrolled(id, p.id(), "CONFIRMED");
        }
        String etag = TrainingFixtures.get(Api.COORDINATOR_SI, id).header("ETag");

        Response smaller = update(id, etag, plan.capacity(2));

        assertProblem(smaller, 409, "capacity_below_confirmed");
        assertEquals(3, Db.count("select capacity from training where id = ?", id));
        Response same = update(id, etag, plan.capacity(3));
        assertEquals(200, same.statusCode(), same.asString());
        assertEquals(0, same.jsonPath().getInt("seatsLeft"));
    }

    @Test
    void shouldGiveNewSeatsToTheWaitingListInArrivalOrder() {
        Plan plan = Plan.seminar().capacity(2).balance(100);
        UUID id = TrainingFixtures.published(plan);
        List<Person> people = SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_ADDICTION, 5);
        enrolled(id, people.get(0).id(), "CONFIRMED");
        enrolled(id, people.get(1).id(), "CONFIRMED");
        UUID third = enrolled(id, people.get(2).id(), "WAITLISTED");
        UUID fourth = enrolled(id, people.get(3).id(), "WAITLISTED");
        UUID fifth = enrolled(id, people.get(4).id(), "WAITLISTED");
        String etag = TrainingFixtures.get(Api.COORDINATOR_SI, id).header("ETag");

        Response bigger = update(id, etag, plan.capacity(4));

        assertEquals(200, bigger.statusCode(), bigger.asString());
        assertEquals(0, bigger.jsonPath().getInt("seatsLeft"));
        assertEquals(1, bigger.jsonPath().getInt("waitlisted"));
        assertEquals("CONFIRMED", TrainingFixtures.state(third));
        assertEquals("CONFIRMED", TrainingFixtures.state(fourth));
        assertEquals("WAITLISTED", TrainingFixtures.state(fifth));
        assertEquals(1, TrainingFixtures.notifications(people.get(2).id(), "TRAINING_ENROLMENT_PROMOTED"));
        assertEquals(1, TrainingFixtures.notifications(people.get(3).id(), "TRAINING_ENROLMENT_PROMOTED"));
        assertEquals(0, TrainingFixtures.notifications(people.get(4).id(), "TRAINING_ENROLMENT_PROMOTED"));
        assertEquals(
                1,
                people.get(4)
                        .api()
                        .get(TrainingFixtures.enrolmentPath(fifth))
                        .jsonPath()
                        .getInt("waitlistPosition"));
    }

    @Test
    void shouldCancelATrainingWithItsEnrolmentsAndTellThePeople() {
        UUID id = TrainingFixtures.published(Plan.seminar().capacity(1));
        Person confirmed = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        Person waiting = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        UUID seat = enrolled(id, confirmed.id(), "CONFIRMED");
        UUID queue = enrolled(id, waiting.id(), "WAITLISTED");

        Response withoutReason = Api.raw(Api.COORDINATOR_SI).body(Map.of()).post(path(id) + "/cancel");
        assertFieldProblem(withoutReason, 400, "validation_failed", "reason");
        assertEquals(
                "PUBLISHED",
                Db.string("select status from training where id = ?", id).orElseThrow());

        Response cancelled = Api.as(Api.COORDINATOR_SI)
                .body(Map.of("reason", "The trainer is ill"))
                .post(path(id) + "/cancel");

        assertEquals(200, cancelled.statusCode(), cancelled.asString());
        assertEquals("CANCELLED", cancelled.jsonPath().getString("status"));
        assertEquals("The trainer is ill", cancelled.jsonPath().getString("statusReason"));
        assertEquals("CANCELLED", TrainingFixtures.state(seat));
        assertEquals("CANCELLED", TrainingFixtures.state(queue));
        assertEquals(1, TrainingFixtures.notifications(confirmed.id(), "TRAINING_CANCELLED"));
        assertEquals(1, TrainingFixtures.notifications(waiting.id(), "TRAINING_CANCELLED"));
        assertProblem(
                Api.as(Api.COORDINATOR_SI).body(Map.of("reason", "again")).post(path(id) + "/cancel"),
                409,
                "training_closed");
    }

    @Test
    void shouldLeaveATrainingUntouchedWhenAChangeIsRefused() {
        UUID module = TrainingFixtures.module();
        Plan plan = Plan.seminar().modules(module).trainers(Api.userId(TRAINER_SI));
        UUID id = TrainingFixtures.draft(plan);
        String title = plan.title();
        List<String> sessions =
                TrainingFixtures.get(Api.COORDINATOR_SI, id).jsonPath().getList("sessions.id");

        Response refused = update(
                id,
                "\"0\"",
                plan.title(TrainingFixtures.uniqueTitle("Changed"))
                        .modules()
                        .trainers(Api.userId(Api.MENTOR_SI))
                        .startingAt(TrainingFixtures.freeSlot()));

        assertFieldProblem(refused, 400, "validation_failed", "trainerIds");
        Response after = TrainingFixtures.get(Api.COORDINATOR_SI, id);
        JsonPath json = after.jsonPath();
        assertEquals("\"0\"", after.header("ETag"));
        assertEquals(title, json.getString("title"));
        assertEquals(List.of(module.toString()), json.getList("programme.moduleId"));
        assertEquals(List.of(Api.userId(TRAINER_SI).toString()), json.getList("trainers.userId"));
        assertEquals(sessions, json.getList("sessions.id"));
    }
}
