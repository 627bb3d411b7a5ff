package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.NOTIFICATIONS;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** In-app notifications about trainings: each user reads and marks only their own. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class TrainingNotificationTest {

    private static JsonPath inbox(Person person, boolean unreadOnly) {
        Response r = person.api().queryParam("unread", unreadOnly).get(NOTIFICATIONS);
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    private static String readAt(String notificationId) {
        return Db.string("select read_at::text from notification where id = ?", UUID.fromString(notificationId))
                .orElse(null);
    }

    @Test
    void shouldListMarkAndCountMyNotifications() {
        Plan firstPlan = Plan.seminar();
        Plan secondPlan = Plan.seminar().capacity(1);
        UUID first = TrainingFixtures.published(firstPlan);
        UUID second = TrainingFixtures.published(secondPlan);
        Person person = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        enrolled(
                second,
                SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE).id(),
                "CONFIRMED");
        enrolled(first, person.id(), "CONFIRMED");
        enrolled(second, person.id(), "WAITLISTED");

        JsonPath all = inbox(person, false);

        assertEquals(2, all.getLong("total"));
        assertEquals(2, all.getLong("unread"));
        assertEquals(
                List.of("TRAINING_ENROLMENT_WAITLISTED", "TRAINING_ENROLMENT_CONFIRMED"), all.getList("items.kind"));
        assertEquals(List.of(second.toString(), first.toString()), all.getList("items.subjectId"));
        assertEquals(secondPlan.title(), all.getString("items[0].params.trainingTitle"));
        assertNull(all.get("items[0].readAt"));
        String waitlisted = all.getString("items[0].id");
        String confirmed = all.getString("items[1].id");

        Response read = person.api().post(NOTIFICATIONS + "/" + confirmed + "/read");

        assertEquals(204, read.statusCode(), read.asString());
        JsonPath after = inbox(person, false);
        assertEquals(2, after.getLong("total"));
        assertEquals(1, after.getLong("unread"));
        assertNotNull(after.get("items[1].readAt"));
        JsonPath unread = inbox(person, true);
        assertEquals(List.of(waitlisted), unread.getList("items.id"));
        assertEquals(1, unread.getLong("total"));
        String firstRead = readAt(confirmed);
        assertEquals(
                204,
                person.api().post(NOTIFICATIONS + "/" + confirmed + "/read").statusCode());
        assertEquals(firstRead, readAt(confirmed), "marking it again keeps the first time");

        JsonPath page = person.api().queryParam("size", 1).get(NOTIFICATIONS).jsonPath();
        assertEquals(1, page.getList("items").size());
        assertEquals(2, page.getLong("total"));

        assertEquals(204, person.api().post(NOTIFICATIONS + "/read-all").statusCode());
        JsonPath done = inbox(person, false);
        assertEquals(0, done.getLong("unread"));
        assertEquals(2, done.getLong("total"));
        assertEquals(List.of(), inbox(person, true).getList("items"));
    }

    @Test
    void shouldNotLetAnyoneReadOrMarkSomeoneElsesNotifications() {
        UUID training = TrainingFixtures.published(Plan.seminar());
        Person owner = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        Person other = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        enrolled(training, owner.id(), "CONFIRMED");
        String id = inbox(owner, false).getString("items[0].id");

        assertProblem(other.api().post(NOTIFICATIONS + "/" + id + "/read"), 404, "not_found");
        assertProblem(Api.as(Api.COORDINATOR_SI).post(NOTIFICATIONS + "/" + id + "/read"), 404, "not_found");
        assertProblem(owner.api().post(NOTIFICATIONS + "/" + UUID.randomUUID() + "/read"), 404, "not_found");
        assertEquals(204, other.api().post(NOTIFICATIONS + "/read-all").statusCode());
        assertEquals(0, inbox(other, false).getLong("total"), "nothing of the owner's");

        assertNull(readAt(id), "still unread");
        assertEquals(1, inbox(owner, true).getLong("unread"));
        assertProblem(Api.responseOnly(null).get(NOTIFICATIONS), 401, "unauthenticated");
        assertTrue(Api.as(Api.ADMIN).get(NOTIFICATIONS).statusCode() == 200, "every signed-in user has an inbox");
    }
}
