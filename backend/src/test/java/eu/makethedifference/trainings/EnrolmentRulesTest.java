package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.audits;
import static eu.makethedifference.trainings.TrainingFixtures.enrol;
import static eu.makethedifference.trainings.TrainingFixtures.enrolSelf;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.enrolmentPath;
import static eu.makethedifference.trainings.TrainingFixtures.enrolments;
import static eu.makethedifference.trainings.TrainingFixtures.id;
import static eu.makethedifference.trainings.TrainingFixtures.notifications;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static eu.makethedifference.trainings.TrainingFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may enrol whom, when, and how often; requests that wait for a coordinator's approval. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class EnrolmentRulesTest {

    private static Person professional() {
        return SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
    }

    @Test
    void shouldLetProfessionalsEnrolInSeminarsAndMentorsInVolunteerTrainings() {
        Instant before = Instant.now().minusSeconds(5);
        UUID seminar = TrainingFixtures.published(Plan.seminar());
        UUID preparation = TrainingFixtures.published(Plan.mentorPreparation());
        UUID supervision = TrainingFixtures.published(Plan.supervision());
        Person professional = professional();
        Person mentor = SeededUsers.mentor(Api.REGION_SI);

        Response inSeminar = enrolSelf(professional, seminar);
        Response inPreparation = enrolSelf(mentor, preparation);
        Response inSupervision = enrolSelf(mentor, supervision);

        assertEquals(201, inSeminar.statusCode(), inSeminar.asString());
        JsonPath json = inSeminar.jsonPath();
        UUID enrolment = id(inSeminar);
        assertTrue(inSeminar.header("Location").endsWith(enrolmentPath(enrolment)), inSeminar.header("Location"));
        assertEquals("CONFIRMED", json.getString("state"));
        assertEquals(professional.id().toString(), json.getString("userId"));
        assertEquals(seminar.toString(), json.getString("training.id"));
        assertNull(json.get("waitlistPosition"));
        assertTrue(Instant.parse(json.getString("requestedAt")).isAfter(before));
        assertEquals(201, inPreparation.statusCode(), inPreparation.asString());
        assertEquals("CONFIRMED", inPreparation.jsonPath().getString("state"));
        assertEquals(201, inSupervision.statusCode(), inSupervision.asString());

        JsonPath detail = professional.api().get(path(seminar)).jsonPath();
        assertEquals(enrolment.toString(), detail.getString("myEnrolment.id"));
        assertEquals("CONFIRMED", detail.getString("myEnrolment.state"));
        assertEquals(9, detail.getInt("seatsLeft"));
        assertEquals(
                "YOUTH_WELFARE",
                Db.string("select help_system from enrolment where id = ?", enrolment)
                        .orElseThrow());
        List<String> mine =
                professional.api().get(TrainingFixtures.ENROLMENTS).jsonPath().getList("items.id");
        assertEquals(List.of(enrolment.toString()), mine);
        assertEquals(0, notifications(professional.id(), "TRAINING_ENROLMENT_CONFIRMED"), "they know it already");
    }

    @Test
    void shouldRefuseSomeoneOutsideTheTrainingsAudience() {
        UUID seminar = TrainingFixtures.published(Plan.seminar());
        UUID preparation = TrainingFixtures.published(Plan.mentorPreparation());
        Person mentor = SeededUsers.mentor(Api.REGION_SI);
        Person professional = professional();

        assertProblem(enrol(seminar, mentor.id()), 422, "wrong_audience");
        assertProblem(enrol(preparation, professional.id()), 422, "wrong_audience");
        assertProblem(enrol(seminar, Api.userId(Api.COORDINATOR_SI)), 422, "wrong_audience");
        assertProblem(enrol(Api.as(Api.COORDINATOR_SI), seminar, null), 422, "wrong_audience");
        assertProblem(enrolSelf(mentor, seminar), 404, "not_found");
        assertProblem(enrolSelf(professional, preparation), 404, "not_found");

        assertEquals(0, enrolments(seminar));
        assertEquals(0, enrolments(preparation));
    }

    @Test
    void shouldLetOnlyCoordinatorsEnrolSomeoneElse() {
        UUID seminar = TrainingFixtures.published(Plan.seminar());
        Person colleague = professional();

        Response byProfessional = enrol(Api.as(Api.ADDICTION_SI), seminar, colleague.id());
        Response byMentor = enrol(Api.as(Api.MENTOR_SI), seminar, colleague.id());

        assertProblem(byProfessional, 403, "forbidden");
        assertProblem(byMentor, 404, "not_found");
        assertEquals(0, enrolments(seminar));

        Response foreign = enrol(seminar, Api.userId(Api.WELFARE_DE));
        Response unknown = enrol(seminar, UUID.randomUUID());
        assertFieldProblem(foreign, 400, "validation_failed", "userId");
        assertFieldProblem(unknown, 400, "validation_failed", "userId");
        assertProblem(enrol(Api.as(Api.COORDINATOR_DE), seminar, colleague.id()), 404, "not_found");
        assertEquals(0, enrolments(seminar));

        UUID byCoordinator = enrolled(seminar, colleague.id(), "CONFIRMED");

        assertEquals(1, notifications(colleague.id(), "TRAINING_ENROLMENT_CONFIRMED"), "they are told");
        assertEquals(1, audits("ENROLMENT_CONFIRMED", byCoordinator));
        assertEquals(
                Api.userId(Api.COORDINATOR_SI).toString(),
                Db.string(
                                "select actor_id from audit_event where action = 'ENROLMENT_CONFIRMED' and object_id = ?",
                                byCoordinator.toString())
                        .orElseThrow());
        assertEquals(
                Api.REGION_SI.toString(),
                Db.string(
                                "select region_id from audit_event where action = 'ENROLMENT_CONFIRMED'"
                                        + " and object_id = ?",
                                byCoordinator.toString())
                        .orElseThrow());
        assertEquals(
                Api.userId(Api.COORDINATOR_SI).toString(),
                Db.string("select requested_by from enrolment where id = ?", byCoordinator)
                        .orElseThrow());
    }

    @Test
    void shouldOpenEnrolmentOnlyWhileTheTrainingIsPublished() {
        UUID draft = TrainingFixtures.draft(Plan.seminar());
        UUID cancelled = TrainingFixtures.published(Plan.seminar());
        Api.as(Api.COORDINATOR_SI).body(Map.of("reason", "No room")).post(path(cancelled) + "/cancel");
        Person person = professional();

        assertProblem(enrol(draft, person.id()), 409, "training_not_open");
        assertProblem(enrol(cancelled, person.id()), 409, "training_not_open");
        assertProblem(enrolSelf(person, cancelled), 409, "training_not_open");
        assertProblem(enrolSelf(person, draft), 404, "not_found");

        assertEquals(0, enrolments(draft));
        assertEquals(0, enrolments(cancelled));
    }

    @Test
    void shouldCloseSelfEnrolmentAtTheDeadlineButLetCoordinatorsEnrolLater() {
        Instant start = TrainingFixtures.freeSlot();
        UUID seminar = TrainingFixtures.published(
                Plan.seminar().startingAt(start).deadline(Instant.now().minus(Duration.ofHours(1))));
        Person late = professional();
        Person other = professional();

        assertProblem(enrolSelf(late, seminar), 409, "enrolment_closed");
        assertEquals(0, enrolments(seminar));

        enrolled(seminar, other.id(), "CONFIRMED");
        enrolled(seminar, late.id(), "CONFIRMED");
    }

    @Test
    void shouldAllowOneOpenEnrolmentPerPersonAndANewOneAfterCancelling() {
        UUID seminar = TrainingFixtures.published(Plan.seminar());
        Person person = professional();
        UUID first = id(enrolSelf(person, seminar));

        assertProblem(enrolSelf(person, seminar), 409, "already_enrolled");
        assertProblem(enrol(seminar, person.id()), 409, "already_enrolled");
        assertEquals(1, enrolments(seminar));

        Response cancelled = TrainingFixtures.cancel(person.api(), first);
        assertEquals(200, cancelled.statusCode(), cancelled.asString());
        assertEquals("CANCELLED", cancelled.jsonPath().getString("state"));
        assertProblem(TrainingFixtures.cancel(person.api(), first), 409, "illegal_transition");

        Response again = enrolSelf(person, seminar);
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("CONFIRMED", again.jsonPath().getString("state"));
        assertEquals(2, enrolments(seminar));
        assertEquals(
                id(again).toString(),
                person.api().get(path(seminar)).jsonPath().getString("myEnrolment.id"),
                "the current enrolment");
    }

    @Test
    void shouldLetOnlyTheParticipantOrACoordinatorCancel() {
        UUID seminar = TrainingFixtures.published(Plan.seminar());
        Person owner = professional();
        Person other = professional();
        UUID enrolment = enrolled(seminar, owner.id(), "CONFIRMED");

        assertProblem(TrainingFixtures.cancel(other.api(), enrolment), 404, "not_found");
        assertProblem(TrainingFixtures.cancel(Api.as(Api.COORDINATOR_DE), enrolment), 404, "not_found");
        assertProblem(other.api().get(enrolmentPath(enrolment)), 404, "not_found");
        assertEquals("CONFIRMED", state(enrolment));

        Response byCoordinator = Api.as(Api.COORDINATOR_SI)
                .body(Map.of("reason", "Registered twice"))
                .post(enrolmentPath(enrolment) + "/cancel");

        assertEquals(200, byCoordinator.statusCode(), byCoordinator.asString());
        assertEquals("CANCELLED", state(enrolment));
        assertEquals("Registered twice", byCoordinator.jsonPath().getString("stateReason"));
        assertEquals(1, notifications(owner.id(), "TRAINING_ENROLMENT_CANCELLED"));
    }

    @Test
    void shouldHoldRequestsForApprovalWhenTheTrainingRequiresIt() {
        UUID seminar = TrainingFixtures.published(Plan.seminar().capacity(1).approval());
        Person first = professional();
        Person second = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        Person third = professional();

        Response requested = enrolSelf(first, seminar);
        UUID firstId = id(requested);
        UUID secondId = id(enrolSelf(second, seminar));
        UUID thirdId = id(enrolSelf(third, seminar));

        assertEquals("REQUESTED", requested.jsonPath().getString("state"));
        JsonPath detail = TrainingFixtures.get(Api.COORDINATOR_SI, seminar).jsonPath();
        assertEquals(3, detail.getInt("requested"));
        assertEquals(1, detail.getInt("seatsLeft"), "a request holds no seat");

        assertProblem(first.api().post(enrolmentPath(firstId) + "/approve"), 403, "forbidden");
        assertProblem(Api.as(Api.COORDINATOR_DE).post(enrolmentPath(firstId) + "/approve"), 404, "not_found");
        assertEquals("REQUESTED", state(firstId));

        Response approved = Api.as(Api.COORDINATOR_SI).post(enrolmentPath(firstId) + "/approve");
        Response approvedWithoutSeat = Api.as(Api.COORDINATOR_SI).post(enrolmentPath(secondId) + "/approve");

        assertEquals(200, approved.statusCode(), approved.asString());
        assertEquals("CONFIRMED", approved.jsonPath().getString("state"));
        assertEquals("WAITLISTED", approvedWithoutSeat.jsonPath().getString("state"));
        assertEquals(1, approvedWithoutSeat.jsonPath().getInt("waitlistPosition"));
        assertEquals(1, notifications(first.id(), "TRAINING_ENROLMENT_CONFIRMED"));
        assertEquals(1, notifications(second.id(), "TRAINING_ENROLMENT_WAITLISTED"));
        assertProblem(Api.as(Api.COORDINATOR_SI).post(enrolmentPath(firstId) + "/approve"), 409, "illegal_transition");

        Response withoutReason = Api.raw(Api.COORDINATOR_SI).body(Map.of()).post(enrolmentPath(thirdId) + "/decline");
        Response blankReason =
                Api.raw(Api.COORDINATOR_SI).body(Map.of("reason", "  ")).post(enrolmentPath(thirdId) + "/decline");
        assertFieldProblem(withoutReason, 400, "validation_failed", "reason");
        assertFieldProblem(blankReason, 400, "validation_failed", "reason");
        assertEquals("REQUESTED", state(thirdId));

        Response declined = Api.as(Api.COORDINATOR_SI)
                .body(Map.of("reason", "Places are for the pilot schools"))
                .post(enrolmentPath(thirdId) + "/decline");

        assertEquals(200, declined.statusCode(), declined.asString());
        assertEquals("DECLINED", declined.jsonPath().getString("state"));
        assertEquals("Places are for the pilot schools", declined.jsonPath().getString("stateReason"));
        assertEquals(1, notifications(third.id(), "TRAINING_ENROLMENT_DECLINED"));
        assertProblem(
                Api.as(Api.COORDINATOR_SI).body(Map.of("reason", "again")).post(enrolmentPath(firstId) + "/decline"),
                409,
                "illegal_transition");
        Response enrolledByCoordinator = enrol(
                seminar,
                SeededUsers.professional(Api.REGION_SI, TrainingFixtures.ORG_SI_SCHOOL)
                        .id());
        assertEquals("WAITLISTED", enrolledByCoordinator.jsonPath().getString("state"), "no request to approve");
    }
}
