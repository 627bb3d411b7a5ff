package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.ADDICTION_DE;
import static eu.makethedifference.trainings.TrainingFixtures.MENTOR_DE;
import static eu.makethedifference.trainings.TrainingFixtures.TRAINER_SI;
import static eu.makethedifference.trainings.TrainingFixtures.TRAININGS;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.trainings.TrainingFixtures.Plan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who sees a training: drafts only the region's coordinators; once published, its audience in the region
 * (professionals for joint seminars, mentors for volunteer trainings). Anyone else is told "not found", and
 * lists never show what a single read would hide.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class TrainingVisibilityTest {

    /** Trainings the caller finds in the list around the training's start (its own time slot). */
    private static List<String> listedAt(String caller, Instant startsAt) {
        Response list = Api.as(caller)
                .queryParam("from", startsAt.toString())
                .queryParam("to", startsAt.plusSeconds(1).toString())
                .queryParam("size", 100)
                .get(TRAININGS);
        assertEquals(200, list.statusCode(), list.asString());
        return list.jsonPath().getList("items.id");
    }

    private static List<String> mine(String caller, Instant startsAt) {
        Response list = Api.as(caller)
                .queryParam("mine", true)
                .queryParam("from", startsAt.toString())
                .queryParam("to", startsAt.plusSeconds(1).toString())
                .queryParam("size", 100)
                .get(TRAININGS);
        assertEquals(200, list.statusCode(), list.asString());
        return list.jsonPath().getList("items.id");
    }

    private static void assertSeenBy(UUID id, Instant startsAt, String... callers) {
        for (String caller : callers) {
            Response read = Api.as(caller).get(path(id));
            assertEquals(200, read.statusCode(), caller + ": " + read.asString());
            assertTrue(listedAt(caller, startsAt).contains(id.toString()), caller + " should find it in the list");
        }
    }

    private static void assertHiddenFrom(UUID id, Instant startsAt, String... callers) {
        for (String caller : callers) {
            assertProblem(Api.as(caller).get(path(id)), 404, "not_found");
            assertFalse(listedAt(caller, startsAt).contains(id.toString()), caller + " must not find it in the list");
        }
    }

    @Test
    void shouldShowADraftOnlyToTheCoordinatorsOfItsRegion() {
        Instant slot = TrainingFixtures.freeSlot();
        UUID draft = TrainingFixtures.draft(Plan.seminar().startingAt(slot));

        assertSeenBy(draft, slot, Api.COORDINATOR_SI);
        assertHiddenFrom(
                draft,
                slot,
                Api.ADDICTION_SI,
                Api.WELFARE_SI,
                TRAINER_SI,
                Api.MENTOR_SI,
                Api.COORDINATOR_DE,
                Api.WELFARE_DE);
        assertTrue(TrainingFixtures.get(Api.COORDINATOR_SI, draft).jsonPath().getBoolean("canManage"));
    }

    @Test
    void shouldShowAPublishedJointSeminarToTheProfessionalsOfItsRegionOnly() {
        Instant slot = TrainingFixtures.freeSlot();
        UUID seminar = TrainingFixtures.published(Plan.seminar().startingAt(slot));

        assertSeenBy(seminar, slot, Api.COORDINATOR_SI, Api.ADDICTION_SI, Api.WELFARE_SI, TRAINER_SI);
        assertHiddenFrom(seminar, slot, Api.MENTOR_SI, Api.COORDINATOR_DE, Api.WELFARE_DE, ADDICTION_DE, MENTOR_DE);
        JsonPath asProfessional =
                TrainingFixtures.get(Api.ADDICTION_SI, seminar).jsonPath();
        assertFalse(asProfessional.getBoolean("canManage"));
        assertFalse(asProfessional.getBoolean("isTrainer"));
    }

    @Test
    void shouldShowAPublishedMentorTrainingToTheMentorsOfItsRegionOnly() {
        Instant preparationSlot = TrainingFixtures.freeSlot();
        Instant supervisionSlot = TrainingFixtures.freeSlot();
        UUID preparation = TrainingFixtures.published(Plan.mentorPreparation().startingAt(preparationSlot));
        UUID supervision = TrainingFixtures.published(Plan.supervision().startingAt(supervisionSlot));

        assertSeenBy(preparation, preparationSlot, Api.COORDINATOR_SI, Api.MENTOR_SI);
        assertSeenBy(supervision, supervisionSlot, Api.COORDINATOR_SI, Api.MENTOR_SI);
        assertHiddenFrom(preparation, preparationSlot, Api.ADDICTION_SI, Api.WELFARE_SI, MENTOR_DE, Api.COORDINATOR_DE);
        assertHiddenFrom(supervision, supervisionSlot, Api.ADDICTION_SI, TRAINER_SI, MENTOR_DE);
    }

    @Test
    void shouldShowATrainingToItsTrainers() {
        Instant slot = TrainingFixtures.freeSlot();
        UUID seminar =
                TrainingFixtures.published(Plan.seminar().startingAt(slot).trainers(Api.userId(TRAINER_SI)));

        JsonPath asTrainer = TrainingFixtures.get(TRAINER_SI, seminar).jsonPath();

        assertTrue(asTrainer.getBoolean("isTrainer"));
        assertFalse(asTrainer.getBoolean("canManage"));
        assertTrue(mine(TRAINER_SI, slot).contains(seminar.toString()), "trainings I train are mine");
        assertFalse(mine(Api.ADDICTION_SI, slot).contains(seminar.toString()));
        assertFalse(TrainingFixtures.get(Api.ADDICTION_SI, seminar).jsonPath().getBoolean("isTrainer"));
    }

    @Test
    void shouldNotListTheTrainingsOfAnotherRegionEvenWhenAskedFor() {
        Instant slot = TrainingFixtures.freeSlot();
        UUID seminar = TrainingFixtures.published(Plan.seminar().startingAt(slot));

        Response asked = Api.as(Api.COORDINATOR_DE)
                .queryParam("regionId", Api.REGION_SI.toString())
                .queryParam("from", slot.toString())
                .queryParam("to", slot.plusSeconds(1).toString())
                .get(TRAININGS);
        Response askedByProfessional = Api.as(Api.WELFARE_DE)
                .queryParam("regionId", Api.REGION_SI.toString())
                .get(TRAININGS);

        assertEquals(0, asked.jsonPath().getLong("total"), asked.asString());
        assertFalse(askedByProfessional.jsonPath().getList("items.id").contains(seminar.toString()));
        assertEquals(0, askedByProfessional.jsonPath().getLong("total"), askedByProfessional.asString());
    }

    @Test
    void shouldForbidTrainingsToTheAdministrator() {
        UUID seminar = TrainingFixtures.published(Plan.seminar());

        assertProblem(Api.as(Api.ADMIN).get(TRAININGS), 403, "forbidden");
        assertProblem(Api.as(Api.ADMIN).get(path(seminar)), 403, "forbidden");
        assertProblem(Api.as(Api.ADMIN).body(Plan.seminar().body()).post(TRAININGS), 403, "forbidden");
        assertProblem(Api.as(Api.ADMIN).get(TrainingFixtures.ENROLMENTS), 403, "forbidden");
    }

    @Test
    void shouldForbidPlanningToEveryoneButCoordinators() {
        Plan plan = Plan.seminar();

        assertProblem(Api.as(Api.ADDICTION_SI).body(plan.body()).post(TRAININGS), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).body(plan.body()).post(TRAININGS), 403, "forbidden");
        assertEquals(0, TrainingFixtures.trainingsTitled(plan.title()));
    }
}
