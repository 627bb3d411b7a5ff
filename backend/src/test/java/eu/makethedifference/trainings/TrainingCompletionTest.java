package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.TRAINER_SI;
import static eu.makethedifference.trainings.TrainingFixtures.attendance;
import static eu.makethedifference.trainings.TrainingFixtures.audits;
import static eu.makethedifference.trainings.TrainingFixtures.complete;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.enrolmentPath;
import static eu.makethedifference.trainings.TrainingFixtures.notifications;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static eu.makethedifference.trainings.TrainingFixtures.sessionIds;
import static eu.makethedifference.trainings.TrainingFixtures.state;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Completing a training that has taken place: who met the attendance rule is ATTENDED and gets a certificate,
 * the other confirmed participants are NO_SHOW, the waiting list is declined.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class TrainingCompletionTest {
    static final String CODE = "^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$";

    private static String trainingStatus(UUID id) {
        return Db.string("select status from training where id = ?", id).orElseThrow();
    }

    private static long certificates(UUID training) {
        return Db.count(
                "select count(*) from training_certificate c join enrolment e on e.id = c.enrolment_id"
                        + " where e.training_id = ?",
                training);
    }

    private static void tick(UUID training, UUID session, UUID enrolment, boolean present) {
        Response r = attendance(Api.as(TRAINER_SI), training, session, enrolment, present);
        assertEquals(200, r.statusCode(), r.asString());
    }

    @Test
    void shouldCompleteOnlyOnceTheLastSessionHasStarted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID halfway = TrainingFixtures.published(Plan.seminar()
                .sessionsAt(now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)))
                .deadline(now.minus(Duration.ofDays(3)))
                .trainers(Api.userId(TRAINER_SI)));
        UUID upcoming = TrainingFixtures.published(Plan.seminar());
        UUID draft = TrainingFixtures.draft(Plan.seminar().held());

        assertProblem(complete(Api.as(Api.COORDINATOR_SI), halfway), 409, "training_not_held");
        assertProblem(complete(Api.as(TRAINER_SI), halfway), 409, "training_not_held");
        assertProblem(complete(Api.as(Api.COORDINATOR_SI), upcoming), 409, "training_not_held");
        assertProblem(complete(Api.as(Api.COORDINATOR_SI), draft), 409, "illegal_transition");

        assertEquals("PUBLISHED", trainingStatus(halfway));
        assertEquals("PUBLISHED", trainingStatus(upcoming));
        assertEquals("DRAFT", trainingStatus(draft));
    }

    @Test
    void shouldSettleEveryEnrolmentAndCertifyThoseWhoAttendedEverySession() {
        UUID training = TrainingFixtures.published(
                Plan.seminar().held().capacity(3).balance(100).trainers(Api.userId(TRAINER_SI)));
        List<UUID> sessions = sessionIds(training);
        Person always = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        Person once = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        Person never = SeededUsers.professional(Api.REGION_SI, TrainingFixtures.ORG_SI_SCHOOL);
        Person waiting = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        UUID alwaysId = enrolled(training, always.id(), "CONFIRMED");
        UUID onceId = enrolled(training, once.id(), "CONFIRMED");
        UUID neverId = enrolled(training, never.id(), "CONFIRMED");
        UUID waitingId = enrolled(training, waiting.id(), "WAITLISTED");
        tick(training, sessions.get(0), alwaysId, true);
        tick(training, sessions.get(1), alwaysId, true);
        tick(training, sessions.get(0), onceId, true);
        tick(training, sessions.get(1), onceId, false);
        tick(training, sessions.get(0), neverId, false);

        Response completed = complete(Api.as(TRAINER_SI), training);

        assertEquals(200, completed.statusCode(), completed.asString());
        assertEquals("COMPLETED", completed.jsonPath().getString("status"));
        assertEquals("ATTENDED", state(alwaysId));
        assertEquals("NO_SHOW", state(onceId), "both sessions are required");
        assertEquals("NO_SHOW", state(neverId));
        assertEquals("DECLINED", state(waitingId));
        assertEquals(1, certificates(training));

        JsonPath attended = always.api().get(enrolmentPath(alwaysId)).jsonPath();
        assertTrue(attended.getString("certificateCode").matches(CODE), attended.getString("certificateCode"));
        assertFalse(attended.getBoolean("certificateRevoked"));
        assertEquals(
                attended.getString("certificateCode"),
                Db.string("select code from training_certificate where enrolment_id = ?", alwaysId)
                        .orElseThrow());
        JsonPath noShow = once.api().get(enrolmentPath(onceId)).jsonPath();
        assertNull(noShow.get("certificateCode"));
        assertEquals("NO_SHOW", noShow.getString("state"));
        assertEquals(
                "The training has taken place.",
                waiting.api().get(enrolmentPath(waitingId)).jsonPath().getString("stateReason"));

        assertEquals(1, notifications(always.id(), "TRAINING_CERTIFICATE_ISSUED"));
        assertEquals(0, notifications(once.id(), "TRAINING_CERTIFICATE_ISSUED"));
        assertEquals(1, audits("TRAINING_COMPLETED", training));
        assertEquals(1, audits("CERTIFICATE_ISSUED", alwaysId));

        JsonPath results =
                Api.as(Api.COORDINATOR_SI).get(path(training) + "/results").jsonPath();
        assertEquals(3, results.getLong("seated"));
        assertEquals(1, results.getLong("attended"));
        assertEquals(1, results.getLong("certificates"));

        assertProblem(complete(Api.as(Api.COORDINATOR_SI), training), 409, "illegal_transition");
        assertProblem(attendance(Api.as(TRAINER_SI), training, sessions.get(1), onceId, true), 409, "training_closed");
        assertEquals(1, certificates(training), "still one certificate");
    }

    @Test
    void shouldCertifyWithFewerSessionsWhenTheTrainingAsksForFewer() {
        UUID training = TrainingFixtures.published(
                Plan.seminar().held().minSessions(1).balance(100).trainers(Api.userId(TRAINER_SI)));
        List<UUID> sessions = sessionIds(training);
        Person once = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        Person absent = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        Person unticked = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        UUID onceId = enrolled(training, once.id(), "CONFIRMED");
        UUID absentId = enrolled(training, absent.id(), "CONFIRMED");
        UUID untickedId = enrolled(training, unticked.id(), "CONFIRMED");
        tick(training, sessions.get(1), onceId, true);
        tick(training, sessions.get(0), absentId, false);
        tick(training, sessions.get(1), absentId, false);
        assertEquals(
                1, TrainingFixtures.get(Api.COORDINATOR_SI, training).jsonPath().getInt("sessionsRequired"));

        Response completed = complete(Api.as(Api.COORDINATOR_SI), training);

        assertEquals(200, completed.statusCode(), completed.asString());
        assertEquals("ATTENDED", state(onceId));
        assertEquals("NO_SHOW", state(absentId), "ticked absent twice");
        assertEquals("NO_SHOW", state(untickedId));
        assertEquals(1, certificates(training));
        assertTrue(once.api()
                .get(enrolmentPath(onceId))
                .jsonPath()
                .getString("certificateCode")
                .matches(CODE));
    }

    @Test
    void shouldLetOnlyTheTrainersAndCoordinatorsComplete() {
        UUID training = TrainingFixtures.published(Plan.seminar().held().trainers(Api.userId(TRAINER_SI)));
        Person participant = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        enrolled(training, participant.id(), "CONFIRMED");

        assertProblem(complete(participant.api(), training), 403, "forbidden");
        assertProblem(complete(Api.as(Api.ADDICTION_SI), training), 403, "forbidden");
        assertProblem(complete(Api.as(Api.MENTOR_SI), training), 403, "forbidden");
        assertProblem(complete(Api.as(Api.COORDINATOR_DE), training), 404, "not_found");
        assertProblem(complete(Api.as(Api.ADMIN), training), 403, "forbidden");

        assertEquals("PUBLISHED", trainingStatus(training));
        assertEquals(0, certificates(training));
    }
}
