package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.TRAINER_SI;
import static eu.makethedifference.trainings.TrainingFixtures.attendance;
import static eu.makethedifference.trainings.TrainingFixtures.cancel;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static eu.makethedifference.trainings.TrainingFixtures.sessionIds;
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
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Attendance per session: ticked by the training's trainers and coordinators, for confirmed participants. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AttendanceTest {

    /** A joint seminar held over two sessions, trained by trainer.si: two seats taken, one person waiting. */
    private static final class HeldSeminar {
        final Plan plan = Plan.seminar().held().capacity(2).balance(100).trainers(Api.userId(TRAINER_SI));
        final UUID training = TrainingFixtures.published(plan);
        final Person first = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        final Person second = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final Person waiting = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final UUID firstEnrolment = enrolled(training, first.id(), "CONFIRMED");
        final UUID secondEnrolment = enrolled(training, second.id(), "CONFIRMED");
        final UUID waitingEnrolment = enrolled(training, waiting.id(), "WAITLISTED");
        final List<UUID> sessions = sessionIds(training);

        String sheet(UUID session) {
            return path(training) + "/sessions/" + session + "/attendance";
        }
    }

    private static long ticks(UUID enrolment) {
        return Db.count("select count(*) from training_attendance where enrolment_id = ?", enrolment);
    }

    private static Boolean stored(UUID session, UUID enrolment) {
        return Db.string(
                        "select present::text from training_attendance where session_id = ? and enrolment_id = ?",
                        session,
                        enrolment)
                .map(Boolean::valueOf)
                .orElse(null);
    }

    @Test
    void shouldLetTheTrainerAndTheCoordinatorTickConfirmedParticipants() {
        HeldSeminar s = new HeldSeminar();
        UUID firstSession = s.sessions.get(0);
        RequestSpecification trainer = Api.as(TRAINER_SI);

        Response ticked = attendance(trainer, s.training, firstSession, s.firstEnrolment, true);
        Response again = attendance(Api.as(TRAINER_SI), s.training, firstSession, s.firstEnrolment, true);
        Response absent = attendance(Api.as(Api.COORDINATOR_SI), s.training, firstSession, s.secondEnrolment, false);

        assertEquals(200, ticked.statusCode(), ticked.asString());
        assertEquals(s.firstEnrolment.toString(), ticked.jsonPath().getString("enrolmentId"));
        assertEquals(s.first.displayName(), ticked.jsonPath().getString("displayName"));
        assertEquals("CONFIRMED", ticked.jsonPath().getString("state"));
        assertTrue(ticked.jsonPath().getBoolean("present"));
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(ticked.jsonPath().getMap(""), again.jsonPath().getMap(""), "repeating it changes nothing");
        assertEquals(1, ticks(s.firstEnrolment));
        assertEquals(200, absent.statusCode(), absent.asString());
        assertFalse(absent.jsonPath().getBoolean("present"));

        Response sheet = Api.as(TRAINER_SI).get(s.sheet(firstSession));
        assertEquals(200, sheet.statusCode(), sheet.asString());
        JsonPath json = sheet.jsonPath();
        assertEquals(firstSession.toString(), json.getString("session.id"));
        assertEquals(
                List.of(s.firstEnrolment.toString(), s.secondEnrolment.toString()),
                json.getList("rows.enrolmentId"),
                "people with a seat, in arrival order; not the waiting list");
        assertEquals(List.of(true, false), json.getList("rows.present"));
        Response otherSession = Api.as(Api.COORDINATOR_SI).get(s.sheet(s.sessions.get(1)));
        assertEquals(200, otherSession.statusCode(), otherSession.asString());
        assertNull(otherSession.jsonPath().get("rows[0].present"), "nothing recorded for that session yet");

        Response untick = attendance(Api.as(TRAINER_SI), s.training, firstSession, s.firstEnrolment, false);
        assertEquals(200, untick.statusCode(), untick.asString());
        assertEquals(Boolean.FALSE, stored(firstSession, s.firstEnrolment));
        assertEquals(1, ticks(s.firstEnrolment));
        assertEquals(
                Api.userId(TRAINER_SI).toString(),
                Db.string(
                                "select recorded_by from training_attendance where session_id = ? and enrolment_id = ?",
                                firstSession,
                                s.firstEnrolment)
                        .orElseThrow());
    }

    @Test
    void shouldKeepTheSheetFromParticipantsAndStrangers() {
        HeldSeminar s = new HeldSeminar();
        UUID session = s.sessions.get(0);

        assertProblem(s.first.api().get(s.sheet(session)), 403, "forbidden");
        assertProblem(attendance(s.first.api(), s.training, session, s.firstEnrolment, true), 403, "forbidden");
        assertProblem(attendance(s.second.api(), s.training, session, s.firstEnrolment, true), 403, "forbidden");
        assertProblem(Api.as(Api.ADDICTION_SI).get(s.sheet(session)), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).get(s.sheet(session)), 403, "forbidden");
        assertProblem(Api.as(Api.COORDINATOR_DE).get(s.sheet(session)), 404, "not_found");
        assertProblem(
                attendance(Api.as(Api.COORDINATOR_DE), s.training, session, s.firstEnrolment, true), 404, "not_found");
        assertProblem(Api.as(Api.WELFARE_DE).get(s.sheet(session)), 404, "not_found");

        assertEquals(0, ticks(s.firstEnrolment));
    }

    @Test
    void shouldTickOnlyPeopleWithASeat() {
        HeldSeminar s = new HeldSeminar();
        UUID session = s.sessions.get(0);
        cancel(s.second.api(), s.secondEnrolment);

        assertEquals("CONFIRMED", TrainingFixtures.state(s.waitingEnrolment), "promoted into the freed seat");
        assertProblem(
                attendance(Api.as(TRAINER_SI), s.training, session, s.secondEnrolment, true), 409, "not_confirmed");
        Response promoted = attendance(Api.as(TRAINER_SI), s.training, session, s.waitingEnrolment, true);
        assertEquals(200, promoted.statusCode(), promoted.asString());
        assertEquals(0, ticks(s.secondEnrolment));
    }

    @Test
    void shouldRefuseAWaitingPerson() {
        HeldSeminar s = new HeldSeminar();

        Response response =
                attendance(Api.as(Api.COORDINATOR_SI), s.training, s.sessions.get(0), s.waitingEnrolment, true);

        assertProblem(response, 409, "not_confirmed");
        assertEquals(0, ticks(s.waitingEnrolment));
    }

    @Test
    void shouldNotMixUpSessionsAndEnrolmentsOfAnotherTraining() {
        HeldSeminar s = new HeldSeminar();
        HeldSeminar other = new HeldSeminar();
        UUID foreignSession = other.sessions.get(0);

        assertProblem(Api.as(TRAINER_SI).get(s.sheet(foreignSession)), 404, "not_found");
        assertProblem(
                attendance(Api.as(TRAINER_SI), s.training, foreignSession, s.firstEnrolment, true), 404, "not_found");
        assertProblem(
                attendance(Api.as(TRAINER_SI), s.training, s.sessions.get(0), other.firstEnrolment, true),
                404,
                "not_found");
        assertProblem(
                attendance(Api.as(TRAINER_SI), s.training, UUID.randomUUID(), s.firstEnrolment, true),
                404,
                "not_found");
        assertProblem(
                attendance(Api.as(TRAINER_SI), s.training, s.sessions.get(0), UUID.randomUUID(), true),
                404,
                "not_found");

        assertEquals(0, ticks(s.firstEnrolment));
        assertEquals(0, ticks(other.firstEnrolment));
    }

    @Test
    void shouldRefuseATickWithoutPresence() {
        HeldSeminar s = new HeldSeminar();

        Response response = Api.raw(TRAINER_SI).body(Map.of()).put(s.sheet(s.sessions.get(0)) + "/" + s.firstEnrolment);

        assertFieldProblem(response, 400, "validation_failed", "present");
        assertEquals(0, ticks(s.firstEnrolment));
    }

    @Test
    void shouldKeepASessionWhoseAttendanceWasTaken() {
        HeldSeminar s = new HeldSeminar();
        attendance(Api.as(TRAINER_SI), s.training, s.sessions.get(0), s.firstEnrolment, true);
        Response current = TrainingFixtures.get(Api.COORDINATOR_SI, s.training);
        List<Map<String, Object>> sessions = current.jsonPath().getList("sessions");

        Response removing = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", current.header("ETag"))
                .body(s.plan.sessions(List.of(sessions.get(1))).body())
                .put(path(s.training));

        assertProblem(removing, 409, "session_has_attendance");
        assertEquals(2, sessionIds(s.training).size());
        assertEquals(1, ticks(s.firstEnrolment));

        Response keeping = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", current.header("ETag"))
                .body(s.plan.sessions(sessions).capacity(3).body())
                .put(path(s.training));

        assertEquals(200, keeping.statusCode(), keeping.asString());
        assertEquals(s.sessions, sessionIds(s.training), "the same sessions");
        assertEquals(Boolean.TRUE, stored(s.sessions.get(0), s.firstEnrolment));
        assertEquals("CONFIRMED", TrainingFixtures.state(s.waitingEnrolment), "the new seat went to the waiting list");
    }
}
