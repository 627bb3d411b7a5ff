package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.enrolmentPath;
import static eu.makethedifference.trainings.TrainingFixtures.path;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.SeededUsers;
import eu.makethedifference.support.SeededUsers.Person;
import eu.makethedifference.trainings.TrainingFixtures.Plan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seats under load: every seat decision of a training happens one at a time, so any number of simultaneous
 * requests confirm exactly the capacity (within the balance rule), put the rest on the waiting list in the
 * order they were decided, and never enrol anyone twice.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class EnrolmentConcurrencyTest {

    /** One enrolment request: {@code token} enrols {@code person} (themselves, or someone as a coordinator). */
    private record Request(Person person, String token, boolean self) {}

    private record Attempt(Request request, Response response) {}

    /** An enrolment as stored, in arrival order. */
    private record Row(UUID id, UUID userId, String state, String helpSystem, long arrival, Timestamp requestedAt) {}

    private static Request byCoordinator(Person person) {
        return new Request(person, Api.token(Api.COORDINATOR_SI), false);
    }

    private static Request bySelf(Person person) {
        return new Request(person, person.token(), true);
    }

    private static Response send(UUID trainingId, Request r) {
        Map<String, Object> body =
                r.self() ? Map.of() : Map.of("userId", r.person().id().toString());
        return given().contentType(ContentType.JSON)
                .accept(Api.ACCEPT)
                .header("Authorization", "Bearer " + r.token())
                .body(body)
                .post(path(trainingId) + "/enrolments");
    }

    /** Runs all tasks at the same moment, each on a thread of its own, and waits for all answers. */
    private static <T, R> List<R> simultaneously(List<T> items, Function<T, R> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        CountDownLatch ready = new CountDownLatch(items.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Callable<R> call = () -> {
                    ready.countDown();
                    start.await();
                    return task.apply(item);
                };
                futures.add(pool.submit(call));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all threads ready");
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Attempt> enrolSimultaneously(UUID trainingId, List<Request> requests) throws Exception {
        return simultaneously(requests, r -> new Attempt(r, send(trainingId, r)));
    }

    private static List<Row> rows(UUID trainingId) {
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement("""
                        select id, user_id, state, help_system, arrival, requested_at from enrolment
                        where training_id = ? order by arrival
                        """)) {
            ps.setObject(1, trainingId);
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getTimestamp(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long inState(List<Row> rows, String state) {
        return rows.stream().filter(r -> state.equals(r.state())).count();
    }

    /** Waiting-list places as coordinators see them, by enrolment. */
    private static Map<String, Integer> waitlistPositions(UUID trainingId) {
        Response list = Api.as(Api.COORDINATOR_SI).get(path(trainingId) + "/enrolments");
        assertEquals(200, list.statusCode(), list.asString());
        Map<String, Integer> out = new HashMap<>();
        for (Map<String, Object> item : list.jsonPath().<Map<String, Object>>getList("items")) {
            if (item.get("waitlistPosition") != null) {
                out.put((String) item.get("enrolmentId"), ((Number) item.get("waitlistPosition")).intValue());
            }
        }
        return out;
    }

    /** Waiting-list places run 1..n along the arrival order, and the stored request times follow it too. */
    private static void assertWaitingListFollowsArrival(UUID trainingId, List<Row> rows) {
        Map<String, Integer> positions = waitlistPositions(trainingId);
        int expected = 1;
        for (Row row : rows) {
            if ("WAITLISTED".equals(row.state())) {
                assertEquals(expected++, positions.get(row.id().toString()), "place of arrival " + row.arrival());
            } else {
                assertFalse(positions.containsKey(row.id().toString()), "only the waiting list has places");
            }
        }
        assertEquals(expected - 1, positions.size());
        for (int i = 1; i < rows.size(); i++) {
            assertFalse(
                    rows.get(i).requestedAt().before(rows.get(i - 1).requestedAt()),
                    "requested_at follows the arrival order");
        }
    }

    @Test
    void shouldConfirmExactlyTheCapacityWhenFiftyPeopleEnrolAtOnce() throws Exception {
        UUID training = TrainingFixtures.published(Plan.seminar().capacity(10).balance(100));
        List<Person> people = new ArrayList<>();
        people.addAll(SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_ADDICTION, 13));
        people.addAll(SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_WELFARE, 13));
        people.addAll(SeededUsers.professionals(Api.REGION_SI, TrainingFixtures.ORG_SI_SCHOOL, 12));
        people.addAll(SeededUsers.professionals(Api.REGION_SI, TrainingFixtures.ORG_SI_UNIVERSITY, 12));
        Random random = new Random(7);
        Collections.shuffle(people, random);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            requests.add(i < 40 ? byCoordinator(p) : bySelf(p));
        }
        for (Person twice : List.of(people.get(0), people.get(1), people.get(2), people.get(45), people.get(46))) {
            requests.add(byCoordinator(twice));
            requests.add(bySelf(twice));
        }
        Collections.shuffle(requests, random);

        List<Attempt> attempts = enrolSimultaneously(training, requests);

        Map<UUID, List<Attempt>> byPerson = new HashMap<>();
        attempts.forEach(a -> byPerson.computeIfAbsent(a.request().person().id(), k -> new ArrayList<>())
                .add(a));
        assertEquals(50, byPerson.size());
        Map<String, Attempt> created = new HashMap<>();
        for (List<Attempt> tries : byPerson.values()) {
            List<Attempt> successes =
                    tries.stream().filter(a -> a.response().statusCode() == 201).toList();
            assertEquals(1, successes.size(), "exactly one enrolment per person: " + statuses(tries));
            for (Attempt a : tries) {
                if (a.response().statusCode() != 201) {
                    assertProblem(a.response(), 409, "already_enrolled");
                }
            }
            created.put(successes.get(0).response().jsonPath().getString("id"), successes.get(0));
        }

        List<Row> rows = rows(training);
        assertEquals(50, rows.size());
        assertEquals(50, rows.stream().map(Row::userId).distinct().count(), "nobody twice");
        assertEquals(10, inState(rows, "CONFIRMED"));
        assertEquals(40, inState(rows, "WAITLISTED"));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i < 10 ? "CONFIRMED" : "WAITLISTED", rows.get(i).state(), "the first ten to arrive");
        }
        assertWaitingListFollowsArrival(training, rows);

        Map<String, Integer> positions = waitlistPositions(training);
        for (Row row : rows) {
            JsonPath answer = created.get(row.id().toString()).response().jsonPath();
            assertEquals(row.state(), answer.getString("state"), "the answer told the stored state");
            assertEquals(row.userId().toString(), answer.getString("userId"));
            if ("WAITLISTED".equals(row.state())) {
                assertEquals(positions.get(row.id().toString()), answer.getInt("waitlistPosition"));
            }
        }
        JsonPath detail = TrainingFixtures.get(Api.COORDINATOR_SI, training).jsonPath();
        assertEquals(0, detail.getInt("seatsLeft"));
        assertEquals(40, detail.getInt("waitlisted"));
        assertEquals(
                10,
                Db.count(
                        "select count(*) from audit_event where action = 'ENROLMENT_CONFIRMED' and object_id in"
                                + " (select id::text from enrolment where training_id = ?)",
                        training));
    }

    private static String statuses(List<Attempt> tries) {
        return tries.stream()
                .map(a -> a.response().statusCode() + " " + a.response().asString())
                .toList()
                .toString();
    }

    @Test
    void shouldKeepTheBalanceRuleWhenBothHelpSystemsEnrolAtOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID training = TrainingFixtures.published(Plan.seminar().capacity(10));
            List<Person> addiction = SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_ADDICTION, 8);
            List<Person> welfare = SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_WELFARE, 4);
            List<Request> requests = new ArrayList<>();
            for (int i = 0; i < addiction.size(); i++) {
                requests.add(i % 2 == 0 ? byCoordinator(addiction.get(i)) : bySelf(addiction.get(i)));
            }
            for (int i = 0; i < welfare.size(); i++) {
                requests.add(i % 2 == 0 ? bySelf(welfare.get(i)) : byCoordinator(welfare.get(i)));
            }
            Collections.shuffle(requests, new Random(round));

            List<Attempt> attempts = enrolSimultaneously(training, requests);

            for (Attempt a : attempts) {
                assertEquals(
                        201,
                        a.response().statusCode(),
                        "round " + round + ": " + a.response().asString());
            }
            List<Row> rows = rows(training);
            Set<UUID> welfareIds =
                    new HashSet<>(welfare.stream().map(Person::id).toList());
            long addictionSeats = rows.stream()
                    .filter(r -> "CONFIRMED".equals(r.state()) && !welfareIds.contains(r.userId()))
                    .count();
            long welfareSeats = rows.stream()
                    .filter(r -> "CONFIRMED".equals(r.state()) && welfareIds.contains(r.userId()))
                    .count();
            assertEquals(6, addictionSeats, "round " + round + ": 60 % of 10 seats at most");
            assertEquals(4, welfareSeats, "round " + round);
            assertEquals(2, inState(rows, "WAITLISTED"), "round " + round);
            assertTrue(rows.stream()
                    .filter(r -> "WAITLISTED".equals(r.state()))
                    .allMatch(r -> "ADDICTION_CARE".equals(r.helpSystem())));
            assertWaitingListFollowsArrival(training, rows);
            JsonPath detail = TrainingFixtures.get(Api.COORDINATOR_SI, training).jsonPath();
            assertEquals(6, detail.getInt("seatsByHelpSystem.find { it.helpSystem == 'ADDICTION_CARE' }.seats"));
            assertEquals(4, detail.getInt("seatsByHelpSystem.find { it.helpSystem == 'YOUTH_WELFARE' }.seats"));
            assertEquals(0, detail.getInt("seatsLeft"));
        }
    }

    @Test
    void shouldRefillFreedSeatsFromTheWaitingListWhileOthersEnrol() throws Exception {
        UUID training = TrainingFixtures.published(Plan.seminar().capacity(5).balance(100));
        List<Person> early = SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_WELFARE, 10);
        List<UUID> enrolmentIds = new ArrayList<>();
        for (int i = 0; i < early.size(); i++) {
            enrolmentIds.add(enrolled(training, early.get(i).id(), i < 5 ? "CONFIRMED" : "WAITLISTED"));
        }
        List<Person> late = SeededUsers.professionals(Api.REGION_SI, Api.ORG_SI_ADDICTION, 5);
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String token = early.get(i).token();
            UUID enrolment = enrolmentIds.get(i);
            tasks.add(() -> given().contentType(ContentType.JSON)
                    .accept(Api.ACCEPT)
                    .header("Authorization", "Bearer " + token)
                    .body(Map.of())
                    .post(enrolmentPath(enrolment) + "/cancel"));
        }
        for (Person p : late) {
            Request r = bySelf(p);
            tasks.add(() -> send(training, r));
        }
        Collections.shuffle(tasks, new Random(3));

        List<Response> answers = simultaneously(tasks, t -> {
            try {
                return t.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        for (Response answer : answers) {
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, answer.asString());
        }
        List<Row> rows = rows(training);
        assertEquals(5, inState(rows, "CONFIRMED"), "freed seats are refilled at once, never overfilled");
        assertEquals(3, inState(rows, "CANCELLED"));
        assertEquals(7, inState(rows, "WAITLISTED"));
        for (int i = 5; i < 8; i++) {
            assertEquals("CONFIRMED", TrainingFixtures.state(enrolmentIds.get(i)), "the first three waiting");
            assertEquals(1, TrainingFixtures.notifications(early.get(i).id(), "TRAINING_ENROLMENT_PROMOTED"));
        }
        for (int i = 8; i < 10; i++) {
            assertEquals("WAITLISTED", TrainingFixtures.state(enrolmentIds.get(i)));
        }
        Set<UUID> lateIds = new HashSet<>(late.stream().map(Person::id).toList());
        assertTrue(
                rows.stream().filter(r -> lateIds.contains(r.userId())).allMatch(r -> "WAITLISTED".equals(r.state())));
        assertWaitingListFollowsArrival(
                training,
                rows.stream().filter(r -> !"CANCELLED".equals(r.state())).toList());
        Map<String, Integer> positions = waitlistPositions(training);
        assertEquals(1, positions.get(enrolmentIds.get(8).toString()));
        assertEquals(2, positions.get(enrolmentIds.get(9).toString()));
    }
}
