package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.TRAINER_SI;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.enrolmentPath;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static eu.makethedifference.trainings.TrainingFixtures.question;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of a training: a knowledge test before and after, drawn from the questions of its modules,
 * and a satisfaction survey. Participants see their own scores; coordinators and trainers see averages only.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class EvaluationTest {

    /**
     * A joint seminar whose first session has started, with a two-question module (answers: option 1, then
     * option 0) and an empty one in its programme; three seats taken, one person waiting.
     */
    private static final class Evaluated {
        final UUID testModule = TrainingFixtures.module(
                Api.COORDINATOR_SI,
                List.of(
                        question("Which factor protects a child?", 1, "Secrecy", "A trusted adult", "Isolation"),
                        question("May a mentor report a risk?", 0, "Yes, always", "Never")));
        final UUID emptyModule = TrainingFixtures.module();
        final UUID training = TrainingFixtures.published(Plan.seminar()
                .held()
                .capacity(3)
                .balance(100)
                .modules(emptyModule, testModule)
                .trainers(Api.userId(TRAINER_SI)));
        final Person anna = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        final Person bojan = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final Person cvetka = SeededUsers.professional(Api.REGION_SI, TrainingFixtures.ORG_SI_SCHOOL);
        final Person waiting = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final UUID annaEnrolment = enrolled(training, anna.id(), "CONFIRMED");
        final UUID bojanEnrolment = enrolled(training, bojan.id(), "CONFIRMED");
        final UUID cvetkaEnrolment = enrolled(training, cvetka.id(), "CONFIRMED");
        final UUID waitingEnrolment = enrolled(training, waiting.id(), "WAITLISTED");
        final List<String> questions;

        Evaluated() {
            Response test = anna.api().get(path(training) + "/knowledge-test");
            assertEquals(200, test.statusCode(), test.asString());
            questions = test.jsonPath().getList("questions.id");
        }

        /** Answers to both questions: how many of them right (0, 1 or 2). */
        List<Map<String, Object>> answers(int right) {
            return List.of(answer(questions.get(0), right >= 1 ? 1 : 2), answer(questions.get(1), right >= 2 ? 0 : 1));
        }
    }

    private static Map<String, Object> answer(String questionId, int option) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("questionId", questionId);
        a.put("option", option);
        return a;
    }

    private static Response submit(RequestSpecification spec, UUID enrolment, String phase, List<?> answers) {
        return spec.body(Map.of("phase", phase, "answers", answers)).post(enrolmentPath(enrolment) + "/test-results");
    }

    private static Response survey(
            Person person, UUID enrolment, int overall, int content, int trainers, int organisation, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("overall", overall);
        body.put("content", content);
        body.put("trainers", trainers);
        body.put("organisation", organisation);
        if (comment != null) {
            body.put("comment", comment);
        }
        return person.api().body(body).post(enrolmentPath(enrolment) + "/survey");
    }

    private static long stored(UUID enrolment) {
        return Db.count("select count(*) from training_test_result where enrolment_id = ?", enrolment);
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }

    @Test
    void shouldServeTheQuestionsOfTheProgrammeWithoutTheAnswers() {
        Evaluated e = new Evaluated();

        Response test = e.anna.api().get(path(e.training) + "/knowledge-test");

        JsonPath json = test.jsonPath();
        assertEquals(
                List.of("Which factor protects a child?", "May a mentor report a risk?"),
                json.getList("questions.text"));
        assertEquals(List.of("Secrecy", "A trusted adult", "Isolation"), json.getList("questions[0].options"));
        for (Map<String, Object> q : json.<Map<String, Object>>getList("questions")) {
            assertFalse(q.containsKey("correctOption"), "never the answer: " + q);
        }
        assertTrue(
                TrainingFixtures.get(Api.COORDINATOR_SI, e.training).jsonPath().getBoolean("hasKnowledgeTest"));
        assertProblem(Api.as(Api.COORDINATOR_DE).get(path(e.training) + "/knowledge-test"), 404, "not_found");
        assertProblem(Api.as(Api.MENTOR_SI).get(path(e.training) + "/knowledge-test"), 404, "not_found");
    }

    @Test
    void shouldScoreEachPhaseOnce() {
        Evaluated e = new Evaluated();

        Response pre = submit(e.anna.api(), e.annaEnrolment, "PRE", e.answers(1));
        Response post = submit(e.anna.api(), e.annaEnrolment, "POST", e.answers(2));

        assertEquals(200, pre.statusCode(), pre.asString());
        assertEquals(
                Map.of("phase", "PRE", "correct", 1, "total", 2, "percent", 50),
                pre.jsonPath().getMap(""));
        assertEquals(200, post.statusCode(), post.asString());
        assertEquals(100, post.jsonPath().getInt("percent"));
        assertProblem(submit(e.anna.api(), e.annaEnrolment, "PRE", e.answers(2)), 409, "already_submitted");
        assertProblem(submit(e.anna.api(), e.annaEnrolment, "POST", e.answers(0)), 409, "already_submitted");
        assertEquals(2, stored(e.annaEnrolment));

        JsonPath mine = e.anna.api().get(enrolmentPath(e.annaEnrolment)).jsonPath();
        assertEquals(50, mine.getInt("preTest.percent"));
        assertEquals(100, mine.getInt("postTest.percent"));
        assertEquals(1, TrainingFixtures.audits("TRAINING_TEST_PRE", e.annaEnrolment));
    }

    @Test
    void shouldRequireEveryQuestionAnsweredExactlyOnce() {
        Evaluated e = new Evaluated();
        String first = e.questions.get(0);
        String second = e.questions.get(1);

        Response missing = submit(e.anna.api(), e.annaEnrolment, "PRE", List.of(answer(first, 1)));
        Response repeated = submit(
                e.anna.api(), e.annaEnrolment, "PRE", List.of(answer(first, 1), answer(first, 0), answer(second, 0)));
        Response foreign = submit(
                e.anna.api(),
                e.annaEnrolment,
                "PRE",
                List.of(answer(first, 1), answer(UUID.randomUUID().toString(), 0)));
        Response noSuchOption =
                submit(e.anna.api(), e.annaEnrolment, "PRE", List.of(answer(first, 1), answer(second, 5)));
        Response none = submit(
                Api.raw(null).header("Authorization", "Bearer " + e.anna.token()), e.annaEnrolment, "PRE", List.of());

        assertFieldProblem(missing, 400, "validation_failed", "answers");
        assertFieldProblem(repeated, 400, "validation_failed", "answers[1].questionId");
        assertFieldProblem(foreign, 400, "validation_failed", "answers[1].questionId");
        assertFieldProblem(noSuchOption, 400, "validation_failed", "answers[1].option");
        assertFieldProblem(none, 400, "validation_failed", "answers");
        assertEquals(0, stored(e.annaEnrolment));
        assertEquals(
                200, submit(e.anna.api(), e.annaEnrolment, "PRE", e.answers(2)).statusCode());
    }

    @Test
    void shouldOpenThePostTestAndTheSurveyOnlyWhenTheTrainingHasStarted() {
        UUID module = TrainingFixtures.module(Api.COORDINATOR_SI, List.of(question("Ready?", 0, "Yes", "No")));
        UUID upcoming = TrainingFixtures.published(Plan.seminar().modules(module));
        Person person = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        UUID enrolment = enrolled(upcoming, person.id(), "CONFIRMED");
        String questionId =
                person.api().get(path(upcoming) + "/knowledge-test").jsonPath().getString("questions[0].id");
        List<Map<String, Object>> answers = List.of(answer(questionId, 0));

        assertProblem(submit(person.api(), enrolment, "POST", answers), 409, "test_not_open");
        assertProblem(survey(person, enrolment, 5, 5, 5, 5, null), 409, "survey_not_open");
        assertEquals(0, stored(enrolment));

        Response pre = submit(person.api(), enrolment, "PRE", answers);
        assertEquals(200, pre.statusCode(), pre.asString());
        assertEquals(100, pre.jsonPath().getInt("percent"));
    }

    @Test
    void shouldCloseThePreTestAfterThePostTestOrTheTrainingsCompletion() {
        Evaluated e = new Evaluated();
        assertEquals(
                200, submit(e.anna.api(), e.annaEnrolment, "POST", e.answers(2)).statusCode());

        assertProblem(submit(e.anna.api(), e.annaEnrolment, "PRE", e.answers(2)), 409, "test_not_open");

        Response completed = TrainingFixtures.complete(Api.as(Api.COORDINATOR_SI), e.training);
        assertEquals(200, completed.statusCode(), completed.asString());
        assertEquals("NO_SHOW", TrainingFixtures.state(e.bojanEnrolment));
        assertProblem(submit(e.bojan.api(), e.bojanEnrolment, "PRE", e.answers(1)), 409, "test_not_open");
        Response post = submit(e.bojan.api(), e.bojanEnrolment, "POST", e.answers(1));
        assertEquals(200, post.statusCode(), post.asString());
        assertEquals(1, stored(e.bojanEnrolment));
        assertEquals(1, stored(e.annaEnrolment));
    }

    @Test
    void shouldKeepTestsAndSurveysToThePeopleWithASeat() {
        Evaluated e = new Evaluated();

        assertProblem(submit(e.bojan.api(), e.annaEnrolment, "PRE", e.answers(2)), 404, "not_found");
        assertProblem(submit(Api.as(Api.COORDINATOR_SI), e.annaEnrolment, "PRE", e.answers(2)), 404, "not_found");
        assertProblem(submit(Api.as(TRAINER_SI), e.annaEnrolment, "PRE", e.answers(2)), 404, "not_found");
        assertProblem(submit(e.waiting.api(), e.waitingEnrolment, "PRE", e.answers(2)), 409, "not_confirmed");
        assertProblem(survey(e.bojan, e.annaEnrolment, 1, 1, 1, 1, "Not mine"), 404, "not_found");
        assertProblem(survey(e.waiting, e.waitingEnrolment, 3, 3, 3, 3, null), 409, "not_confirmed");

        assertEquals(0, stored(e.annaEnrolment));
        assertEquals(0, stored(e.waitingEnrolment));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from training_survey_response where enrolment_id in (?, ?)",
                        e.annaEnrolment,
                        e.waitingEnrolment));
    }

    @Test
    void shouldTakeTheSurveyOnce() {
        Evaluated e = new Evaluated();

        Response first = survey(e.anna, e.annaEnrolment, 5, 4, 5, 3, "Very practical");
        Response second = survey(e.anna, e.annaEnrolment, 1, 1, 1, 1, "Changed my mind");
        Response outOfRange = Api.raw(null)
                .header("Authorization", "Bearer " + e.bojan.token())
                .body(Map.of("overall", 6, "content", 3, "trainers", 3, "organisation", 3))
                .post(enrolmentPath(e.bojanEnrolment) + "/survey");

        assertEquals(204, first.statusCode(), first.asString());
        assertProblem(second, 409, "already_submitted");
        assertFieldProblem(outOfRange, 400, "validation_failed", "overall");
        assertEquals(
                "Very practical",
                Db.string("select comment from training_survey_response where enrolment_id = ?", e.annaEnrolment)
                        .orElseThrow());
        assertEquals(
                0, Db.count("select count(*) from training_survey_response where enrolment_id = ?", e.bojanEnrolment));
        assertTrue(e.anna.api().get(enrolmentPath(e.annaEnrolment)).jsonPath().getBoolean("surveySubmitted"));
    }

    @Test
    void shouldReportAveragesAndTheLearningGainOfPeopleWhoTookBothTests() {
        Evaluated e = new Evaluated();
        submit(e.anna.api(), e.annaEnrolment, "PRE", e.answers(0));
        submit(e.anna.api(), e.annaEnrolment, "POST", e.answers(2));
        submit(e.bojan.api(), e.bojanEnrolment, "PRE", e.answers(1));
        submit(e.bojan.api(), e.bojanEnrolment, "POST", e.answers(2));
        submit(e.cvetka.api(), e.cvetkaEnrolment, "PRE", e.answers(2));
        survey(e.anna, e.annaEnrolment, 5, 4, 3, 2, "Great trainers");
        survey(e.bojan, e.bojanEnrolment, 4, 4, 4, 4, "More case studies, please");
        survey(e.cvetka, e.cvetkaEnrolment, 3, 4, 5, 3, null);

        Response forCoordinator = Api.as(Api.COORDINATOR_SI).get(path(e.training) + "/results");
        Response forTrainer = Api.as(TRAINER_SI).get(path(e.training) + "/results");

        assertEquals(200, forCoordinator.statusCode(), forCoordinator.asString());
        JsonPath json = forCoordinator.jsonPath();
        assertEquals(3, json.getLong("seated"));
        assertEquals(3, json.getLong("preTest.count"));
        assertEquals(0, new BigDecimal("50.0").compareTo(decimal(json, "preTest.average")), "(0 + 50 + 100) / 3");
        assertEquals(2, json.getLong("postTest.count"));
        assertEquals(0, new BigDecimal("100.0").compareTo(decimal(json, "postTest.average")));
        assertEquals(2, json.getLong("learningGain.count"), "only people who took both tests");
        assertEquals(
                0,
                new BigDecimal("75.0").compareTo(decimal(json, "learningGain.average")),
                "average of (100 - 0) and (100 - 50), not post average minus pre average");
        assertEquals(3, json.getLong("surveyResponses"));
        assertEquals(0, new BigDecimal("4.0").compareTo(decimal(json, "overall")));
        assertEquals(0, new BigDecimal("4.0").compareTo(decimal(json, "content")));
        assertEquals(0, new BigDecimal("4.0").compareTo(decimal(json, "trainers")));
        assertEquals(0, new BigDecimal("3.0").compareTo(decimal(json, "organisation")));
        assertEquals(Set.of("Great trainers", "More case studies, please"), Set.copyOf(json.getList("comments")));

        assertEquals(200, forTrainer.statusCode(), forTrainer.asString());
        JsonPath trainer = forTrainer.jsonPath();
        assertEquals(List.of(), trainer.getList("comments"), "comments are for coordinators");
        Map<String, Object> coordinatorView = new LinkedHashMap<>(json.getMap(""));
        Map<String, Object> trainerView = new LinkedHashMap<>(trainer.getMap(""));
        coordinatorView.remove("comments");
        trainerView.remove("comments");
        assertEquals(coordinatorView, trainerView, "the same averages");

        for (Person p : List.of(e.anna, e.bojan, e.cvetka)) {
            assertFalse(forCoordinator.asString().contains(p.id().toString()));
            assertFalse(forCoordinator.asString().contains(p.displayName()));
        }
    }

    @Test
    void shouldReportNothingToParticipantsOrOtherRegions() {
        Evaluated e = new Evaluated();

        assertProblem(e.anna.api().get(path(e.training) + "/results"), 403, "forbidden");
        assertProblem(Api.as(Api.ADDICTION_SI).get(path(e.training) + "/results"), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).get(path(e.training) + "/results"), 403, "forbidden");
        assertProblem(Api.as(Api.COORDINATOR_DE).get(path(e.training) + "/results"), 404, "not_found");
    }

    @Test
    void shouldShowOnePersonsScoresOnlyToThatPerson() {
        Evaluated e = new Evaluated();
        submit(e.anna.api(), e.annaEnrolment, "PRE", e.answers(1));
        submit(e.anna.api(), e.annaEnrolment, "POST", e.answers(2));

        List<JsonPath> othersViews = new ArrayList<>();
        othersViews.add(
                Api.as(Api.COORDINATOR_SI).get(enrolmentPath(e.annaEnrolment)).jsonPath());
        othersViews.add(Api.as(TRAINER_SI).get(enrolmentPath(e.annaEnrolment)).jsonPath());
        Response participants = Api.as(Api.COORDINATOR_SI).get(path(e.training) + "/enrolments");

        for (JsonPath view : othersViews) {
            assertEquals(e.annaEnrolment.toString(), view.getString("id"));
            assertNull(view.get("preTest"), "a score is the participant's own");
            assertNull(view.get("postTest"));
        }
        assertFalse(participants.asString().contains("percent"));
        assertFalse(participants.asString().contains("answers"));
        JsonPath own = e.anna.api().get(enrolmentPath(e.annaEnrolment)).jsonPath();
        assertEquals(50, own.getInt("preTest.percent"));
        assertFalse(own.getMap("").containsKey("answers"));
    }
}
