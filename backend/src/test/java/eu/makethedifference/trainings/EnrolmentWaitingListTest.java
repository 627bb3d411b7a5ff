package eu.makethedifference.trainings;

import static eu.makethedifference.trainings.TrainingFixtures.NOTIFICATIONS;
import static eu.makethedifference.trainings.TrainingFixtures.cancel;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.enrolmentPath;
import static eu.makethedifference.trainings.TrainingFixtures.notifications;
import static eu.makethedifference.trainings.TrainingFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.SeededUsers;
import eu.makethedifference.support.SeededUsers.Person;
import eu.makethedifference.trainings.TrainingFixtures.Plan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A freed seat goes to the first person on the waiting list whose help system keeps the balance rule, and
 * that person is told; leaving the waiting list frees no seat.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class EnrolmentWaitingListTest {

    /** A joint seminar of four seats, at most two per help system, full, with two people waiting. */
    private static final class FullSeminar {
        final UUID training =
                TrainingFixtures.published(Plan.seminar().capacity(4).balance(50));
        final Person addiction1 = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        final Person addiction2 = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        final Person welfare1 = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final Person welfare2 = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final Person addictionWaiting = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        final Person welfareWaiting = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final UUID a1 = enrolled(training, addiction1.id(), "CONFIRMED");
        final UUID a2 = enrolled(training, addiction2.id(), "CONFIRMED");
        final UUID w1 = enrolled(training, welfare1.id(), "CONFIRMED");
        final UUID w2 = enrolled(training, welfare2.id(), "CONFIRMED");
        final UUID aWaiting = enrolled(training, addictionWaiting.id(), "WAITLISTED");
        final UUID wWaiting = enrolled(training, welfareWaiting.id(), "WAITLISTED");
    }

    private static Integer position(Person person, UUID enrolment) {
        Response r = person.api().get(enrolmentPath(enrolment));
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath().get("waitlistPosition");
    }

    @Test
    void shouldGiveAFreedSeatToTheFirstWaitingPersonWhoseHelpSystemHasRoom() {
        FullSeminar s = new FullSeminar();
        assertEquals(1, position(s.addictionWaiting, s.aWaiting));
        assertEquals(2, position(s.welfareWaiting, s.wWaiting));

        Response cancelled = cancel(s.welfare1.api(), s.w1);

        assertEquals(200, cancelled.statusCode(), cancelled.asString());
        assertEquals("CANCELLED", state(s.w1));
        assertEquals("WAITLISTED", state(s.aWaiting), "addiction care already holds its two seats");
        assertEquals("CONFIRMED", state(s.wWaiting), "the next one whose help system has room");
        assertEquals(1, position(s.addictionWaiting, s.aWaiting));
        assertNull(position(s.welfareWaiting, s.wWaiting));
        assertEquals(0, notifications(s.addictionWaiting.id(), "TRAINING_ENROLMENT_PROMOTED"));

        Response inbox = s.welfareWaiting.api().get(NOTIFICATIONS);
        assertEquals(200, inbox.statusCode(), inbox.asString());
        JsonPath json = inbox.jsonPath();
        assertEquals(
                List.of("TRAINING_ENROLMENT_PROMOTED", "TRAINING_ENROLMENT_WAITLISTED"),
                json.getList("items.kind"),
                "newest first");
        assertEquals("TRAINING", json.getString("items[0].subjectType"));
        assertEquals(s.training.toString(), json.getString("items[0].subjectId"));
        String title =
                TrainingFixtures.get(Api.COORDINATOR_SI, s.training).jsonPath().getString("title");
        assertEquals(title, json.getString("items[0].params.trainingTitle"));
        assertEquals(2, json.getLong("unread"));
    }

    @Test
    void shouldPromoteAcrossHelpSystemsWhenTheBalanceAllowsIt() {
        FullSeminar s = new FullSeminar();

        cancel(s.addiction1.api(), s.a1);

        assertEquals("CONFIRMED", state(s.aWaiting), "first in line, and addiction care has room again");
        assertEquals("WAITLISTED", state(s.wWaiting));
        assertEquals(1, position(s.welfareWaiting, s.wWaiting));
        assertEquals(1, notifications(s.addictionWaiting.id(), "TRAINING_ENROLMENT_PROMOTED"));
        assertEquals(0, notifications(s.welfareWaiting.id(), "TRAINING_ENROLMENT_PROMOTED"));
    }

    @Test
    void shouldPromoteNobodyWhenSomeoneLeavesTheWaitingList() {
        FullSeminar s = new FullSeminar();

        Response left = cancel(s.addictionWaiting.api(), s.aWaiting);

        assertEquals(200, left.statusCode(), left.asString());
        assertEquals("CANCELLED", state(s.aWaiting));
        for (UUID seated : List.of(s.a1, s.a2, s.w1, s.w2)) {
            assertEquals("CONFIRMED", state(seated));
        }
        assertEquals("WAITLISTED", state(s.wWaiting), "no seat was freed");
        assertEquals(1, position(s.welfareWaiting, s.wWaiting), "but they moved up");
        assertEquals(0, notifications(s.welfareWaiting.id(), "TRAINING_ENROLMENT_PROMOTED"));
        JsonPath detail = TrainingFixtures.get(Api.COORDINATOR_SI, s.training).jsonPath();
        assertEquals(0, detail.getInt("seatsLeft"));
        assertEquals(1, detail.getInt("waitlisted"));
    }

    @Test
    void shouldLetACoordinatorDeclineAPlaceOnTheWaitingList() {
        FullSeminar s = new FullSeminar();

        Response declined = Api.as(Api.COORDINATOR_SI)
                .body(java.util.Map.of("reason", "Second person of the same team"))
                .post(enrolmentPath(s.aWaiting) + "/decline");

        assertEquals(200, declined.statusCode(), declined.asString());
        assertEquals("DECLINED", state(s.aWaiting));
        assertEquals(1, position(s.welfareWaiting, s.wWaiting));
        assertEquals(1, notifications(s.addictionWaiting.id(), "TRAINING_ENROLMENT_DECLINED"));
    }
}
