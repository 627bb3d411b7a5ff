package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertListFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.MODULES;
import static eu.makethedifference.trainings.TrainingFixtures.id;
import static eu.makethedifference.trainings.TrainingFixtures.moduleBody;
import static eu.makethedifference.trainings.TrainingFixtures.question;
import static eu.makethedifference.trainings.TrainingFixtures.uniqueTitle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The training concept: modules with knowledge-test questions, kept by the coordinators of a region. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class TrainingModuleTest {

    private static long modulesTitled(String title) {
        return Db.count("select count(*) from training_module where title = ?", title);
    }

    private static long questionsOf(UUID moduleId) {
        return Db.count("select count(*) from training_module_question where module_id = ?", moduleId);
    }

    @Test
    void shouldCreateAModuleWithItsQuestionsInTheCoordinatorsRegion() {
        String title = uniqueTitle("Risk factors");
        Map<String, Object> body = moduleBody(
                title,
                List.of(
                        question("Which is a protective factor?", 1, "Isolation", "A trusted adult", "Secrecy"),
                        question("Who may talk to the child?", 0, "Anyone they trust", "Nobody")));

        Response created = Api.as(Api.COORDINATOR_SI).body(body).post(MODULES);

        assertEquals(201, created.statusCode(), created.asString());
        JsonPath json = created.jsonPath();
        UUID id = id(created);
        assertEquals("\"0\"", created.header("ETag"));
        assertTrue(created.header("Location").endsWith(MODULES + "/" + id), created.header("Location"));
        assertEquals(Api.REGION_SI.toString(), json.getString("regionId"), "the coordinator's only region");
        assertEquals(title, json.getString("title"));
        assertEquals(90, json.getInt("durationMinutes"));
        assertFalse(json.getBoolean("archived"));
        assertEquals(
                List.of("Which is a protective factor?", "Who may talk to the child?"), json.getList("questions.text"));
        assertEquals(List.of(1, 0), json.getList("questions.correctOption"), "the editor shows the answers");
        assertEquals(List.of("Isolation", "A trusted adult", "Secrecy"), json.getList("questions[0].options"));
        assertEquals(2, questionsOf(id));
        assertEquals(1, TrainingFixtures.audits("TRAINING_MODULE_CREATED", id));

        Response read = Api.as(Api.COORDINATOR_SI).get(MODULES + "/" + id);
        assertEquals(200, read.statusCode(), read.asString());
        assertEquals(json.getMap(""), read.jsonPath().getMap(""));
    }

    @Test
    void shouldRefuseACorrectOptionThatIsNotOneOfTheOptionsAndWriteNothing() {
        String title = uniqueTitle("Bad answer");
        Map<String, Object> body = moduleBody(
                title,
                List.of(
                        question("Fine question of " + title, 0, "Yes", "No"),
                        question("Answer out of range", 2, "Yes", "No")));

        Response response = Api.as(Api.COORDINATOR_SI).body(body).post(MODULES);

        assertFieldProblem(response, 400, "validation_failed", "questions[1].correctOption");
        assertEquals(0, modulesTitled(title), "neither the module nor its first question is kept");
        assertEquals(
                0,
                Db.count("select count(*) from training_module_question where text = ?", "Fine question of " + title));
    }

    @Test
    void shouldAcceptTwoToEightOptionsOnly() {
        String one = uniqueTitle("One option");
        String nine = uniqueTitle("Nine options");

        Response tooFew = Api.raw(Api.COORDINATOR_SI)
                .body(moduleBody(one, List.of(question("Only one", 0, "Yes"))))
                .post(MODULES);
        Response tooMany = Api.raw(Api.COORDINATOR_SI)
                .body(moduleBody(nine, List.of(question("Nine", 0, "1", "2", "3", "4", "5", "6", "7", "8", "9"))))
                .post(MODULES);
        Response eight = Api.as(Api.COORDINATOR_SI)
                .body(moduleBody(
                        uniqueTitle("Eight options"),
                        List.of(question("Eight", 7, "1", "2", "3", "4", "5", "6", "7", "8"))))
                .post(MODULES);

        assertListFieldProblem(tooFew, 400, "validation_failed", "questions", 0, "options");
        assertListFieldProblem(tooMany, 400, "validation_failed", "questions", 0, "options");
        assertEquals(0, modulesTitled(one));
        assertEquals(0, modulesTitled(nine));
        assertEquals(201, eight.statusCode(), eight.asString());
        assertEquals(7, eight.jsonPath().getInt("questions[0].correctOption"));
    }

    @Test
    void shouldUpdateOnlyWithTheCurrentETagAndReplaceTheQuestions() {
        UUID id = TrainingFixtures.module(Api.COORDINATOR_SI, List.of(question("Old question", 0, "a", "b")));
        Map<String, Object> change =
                moduleBody("Renamed module " + id, List.of(question("New question", 2, "x", "y", "z")));

        Response withoutIfMatch =
                Api.responseOnly(Api.COORDINATOR_SI).body(change).put(MODULES + "/" + id);
        Response stale = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", "\"7\"")
                .body(change)
                .put(MODULES + "/" + id);

        assertProblem(withoutIfMatch, 428, "precondition_required");
        assertProblem(stale, 412, "precondition_failed");
        assertEquals(
                1,
                modulesTitled(Api.as(Api.COORDINATOR_SI)
                        .get(MODULES + "/" + id)
                        .jsonPath()
                        .getString("title")));
        assertEquals(0, modulesTitled("Renamed module " + id));

        Response updated = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(MODULES + "/" + id);

        assertEquals(200, updated.statusCode(), updated.asString());
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals("Renamed module " + id, updated.jsonPath().getString("title"));
        assertEquals(List.of("New question"), updated.jsonPath().getList("questions.text"));
        assertEquals(1, questionsOf(id));

        Response again = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(MODULES + "/" + id);
        assertProblem(again, 412, "precondition_failed");

        Response invalid = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", "\"1\"")
                .body(moduleBody("Broken " + id, List.of(question("Broken", 5, "x", "y"))))
                .put(MODULES + "/" + id);
        assertFieldProblem(invalid, 400, "validation_failed", "questions[0].correctOption");
        JsonPath unchanged = Api.as(Api.COORDINATOR_SI).get(MODULES + "/" + id).jsonPath();
        assertEquals("Renamed module " + id, unchanged.getString("title"));
        assertEquals(List.of("New question"), unchanged.getList("questions.text"));
    }

    @Test
    void shouldHideAModuleFromTheCoordinatorOfAnotherRegion() {
        UUID id = TrainingFixtures.module();
        String title =
                Api.as(Api.COORDINATOR_SI).get(MODULES + "/" + id).jsonPath().getString("title");

        assertProblem(Api.as(Api.COORDINATOR_DE).get(MODULES + "/" + id), 404, "not_found");
        assertProblem(
                Api.as(Api.COORDINATOR_DE)
                        .header("If-Match", "\"0\"")
                        .body(moduleBody("Taken over", List.of()))
                        .put(MODULES + "/" + id),
                404,
                "not_found");
        List<String> deList = Api.as(Api.COORDINATOR_DE).get(MODULES).jsonPath().getList("items.id");
        assertFalse(deList.contains(id.toString()));
        List<String> deAsksForSi = Api.as(Api.COORDINATOR_DE)
                .queryParam("regionId", Api.REGION_SI.toString())
                .get(MODULES)
                .jsonPath()
                .getList("items.id");
        assertEquals(List.of(), deAsksForSi);
        assertEquals(1, modulesTitled(title), "unchanged");

        Response intoSi = Api.as(Api.COORDINATOR_DE)
                .body(Map.of("regionId", Api.REGION_SI.toString(), "title", "Smuggled", "durationMinutes", 60))
                .post(MODULES);
        assertFieldProblem(intoSi, 400, "validation_failed", "regionId");
    }

    @Test
    void shouldListArchivedModulesOnlyWhenAskedTo() {
        UUID active = TrainingFixtures.module();
        Map<String, Object> archivedBody = moduleBody(uniqueTitle("Archived"), List.of());
        archivedBody.put("archived", true);
        Response archived = Api.as(Api.COORDINATOR_SI).body(archivedBody).post(MODULES);
        assertEquals(201, archived.statusCode(), archived.asString());

        List<String> current =
                Api.as(Api.COORDINATOR_SI).get(MODULES).jsonPath().getList("items.id");
        List<String> all = Api.as(Api.COORDINATOR_SI)
                .queryParam("includeArchived", true)
                .get(MODULES)
                .jsonPath()
                .getList("items.id");

        assertTrue(current.contains(active.toString()));
        assertFalse(current.contains(id(archived).toString()));
        assertTrue(all.containsAll(List.of(active.toString(), id(archived).toString())));
    }

    @Test
    void shouldForbidModulesToEveryoneButCoordinators() {
        UUID id = TrainingFixtures.module();
        String title = uniqueTitle("Not mine");

        assertProblem(Api.as(Api.ADDICTION_SI).get(MODULES), 403, "forbidden");
        assertProblem(Api.as(Api.ADDICTION_SI).get(MODULES + "/" + id), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).get(MODULES + "/" + id), 403, "forbidden");
        assertProblem(Api.as(Api.ADMIN).get(MODULES), 403, "forbidden");
        assertProblem(
                Api.as(Api.ADDICTION_SI).body(moduleBody(title, List.of())).post(MODULES), 403, "forbidden");
        assertProblem(
                Api.as(Api.WELFARE_SI)
                        .header("If-Match", "\"0\"")
                        .body(moduleBody(title, List.of()))
                        .put(MODULES + "/" + id),
                403,
                "forbidden");
        assertEquals(0, modulesTitled(title));
        assertNotEquals(
                title,
                Api.as(Api.COORDINATOR_SI).get(MODULES + "/" + id).jsonPath().getString("title"));
    }
}
