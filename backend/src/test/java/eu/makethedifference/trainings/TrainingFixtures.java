package eu.makethedifference.trainings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.SeededUsers.Person;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds modules and trainings through the API for the trainings tests, in Slovenia, planned by its
 * coordinator. Every training gets a unique title and its own time slot, so tests never see each other's.
 */
final class TrainingFixtures {
    static final String TRAININGS = "/api/v1/trainings";
    static final String MODULES = "/api/v1/training-modules";
    static final String ENROLMENTS = "/api/v1/enrolments";
    static final String NOTIFICATIONS = "/api/v1/me/notifications";

    static final String TRAINER_SI = "trainer.si@example.org";
    static final String ADDICTION_DE = "addiction.de@example.org";
    static final String MENTOR_DE = "mentor.de@example.org";
    static final UUID ORG_SI_SCHOOL = Api.demoId("org:si-school");
    static final UUID ORG_SI_UNIVERSITY = Api.demoId("org:si-university");

    private TrainingFixtures() {}

    static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    static String path(UUID trainingId) {
        return TRAININGS + "/" + trainingId;
    }

    static String enrolmentPath(UUID enrolmentId) {
        return ENROLMENTS + "/" + enrolmentId;
    }

    static UUID id(Response response) {
        return UUID.fromString(response.jsonPath().getString("id"));
    }

    /** A moment of its own, days ahead, so a query for it finds only the training planned there. */
    static Instant freeSlot() {
        long minutes = ThreadLocalRandom.current().nextLong(60L * 24 * 30, 60L * 24 * 365 * 20);
        return Instant.now().plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS);
    }

    // ------------------------------------------------------------------ modules

    static Map<String, Object> question(String text, int correctOption, String... options) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("text", text);
        q.put("options", List.of(options));
        q.put("correctOption", correctOption);
        return q;
    }

    static Map<String, Object> moduleBody(String title, List<Map<String, Object>> questions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("objectives", "Understand the situation of children of parents with addiction");
        body.put("durationMinutes", 90);
        body.put("questions", questions);
        return body;
    }

    static UUID module(String coordinator, List<Map<String, Object>> questions) {
        Response created = Api.as(coordinator)
                .body(moduleBody(uniqueTitle("Module"), questions))
                .post(MODULES);
        assertEquals(201, created.statusCode(), created.asString());
        return id(created);
    }

    static UUID module() {
        return module(Api.COORDINATOR_SI, List.of());
    }

    // ------------------------------------------------------------------ trainings

    /** A training request; defaults make a valid one, the test changes what it is about. */
    static final class Plan {
        private final Map<String, Object> body = new LinkedHashMap<>();

        private Plan(String kind) {
            body.put("kind", kind);
            body.put("title", uniqueTitle(kind.toLowerCase().replace('_', ' ')));
            body.put("description", "Planned by the trainings tests");
            body.put("language", "en");
            body.put("capacity", 10);
            body.put("requiresApproval", false);
            body.put("moduleIds", new ArrayList<>());
            body.put("trainerIds", new ArrayList<>());
            startingAt(freeSlot());
        }

        static Plan seminar() {
            return new Plan("JOINT_SEMINAR");
        }

        static Plan mentorPreparation() {
            return new Plan("MENTOR_PREPARATION");
        }

        static Plan supervision() {
            return new Plan("SUPERVISION");
        }

        /** One two-hour session at {@code start}; the deadline a day before. */
        Plan startingAt(Instant start) {
            return sessionsAt(start);
        }

        /**
         * Two sessions that have already started (three and two days ago); the deadline has passed too, so
         * only a coordinator can still enrol people.
         */
        Plan held() {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return sessionsAt(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)))
                    .deadline(now.minus(Duration.ofDays(4)));
        }

        Plan sessionsAt(Instant... starts) {
            List<Map<String, Object>> sessions = new ArrayList<>();
            for (Instant start : starts) {
                sessions.add(session(start, start.plus(Duration.ofHours(2)), "Seminar room 2", null));
            }
            return sessions(sessions);
        }

        /** These sessions; the deadline moves to a day before the first of them. */
        Plan sessions(List<Map<String, Object>> sessions) {
            body.put("sessions", sessions);
            sessions.stream()
                    .map(s -> Instant.parse((String) s.get("startsAt")))
                    .min(Instant::compareTo)
                    .ifPresent(first -> deadline(first.minus(Duration.ofDays(1))));
            return this;
        }

        Plan deadline(Instant deadline) {
            body.put("enrolmentDeadline", deadline.toString());
            return this;
        }

        Plan title(String title) {
            body.put("title", title);
            return this;
        }

        Plan capacity(int capacity) {
            body.put("capacity", capacity);
            return this;
        }

        Plan balance(Integer percent) {
            return set("balanceMaxPercent", percent);
        }

        Plan approval() {
            body.put("requiresApproval", true);
            return this;
        }

        Plan minSessions(int sessions) {
            body.put("minSessionsAttended", sessions);
            return this;
        }

        Plan modules(UUID... ids) {
            body.put("moduleIds", strings(ids));
            return this;
        }

        Plan trainers(UUID... ids) {
            body.put("trainerIds", strings(ids));
            return this;
        }

        Plan set(String key, Object value) {
            if (value == null) {
                body.remove(key);
            } else {
                body.put(key, value);
            }
            return this;
        }

        String title() {
            return (String) body.get("title");
        }

        Map<String, Object> body() {
            return new LinkedHashMap<>(body);
        }

        private static List<String> strings(UUID... ids) {
            List<String> out = new ArrayList<>();
            for (UUID id : ids) {
                out.add(id.toString());
            }
            return out;
        }
    }

    static Map<String, Object> session(Instant start, Instant end, String venue, String onlineUrl) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("startsAt", start.toString());
        s.put("endsAt", end.toString());
        if (venue != null) {
            s.put("venue", venue);
        }
        if (onlineUrl != null) {
            s.put("onlineUrl", onlineUrl);
        }
        return s;
    }

    static Response create(Plan plan) {
        Response created = Api.as(Api.COORDINATOR_SI).body(plan.body()).post(TRAININGS);
        assertEquals(201, created.statusCode(), created.asString());
        return created;
    }

    static UUID draft(Plan plan) {
        return id(create(plan));
    }

    static UUID published(Plan plan) {
        UUID id = draft(plan);
        Response published = Api.as(Api.COORDINATOR_SI).post(path(id) + "/publish");
        assertEquals(200, published.statusCode(), published.asString());
        return id;
    }

    static Response get(String caller, UUID trainingId) {
        Response r = Api.as(caller).get(path(trainingId));
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }

    static long trainingsTitled(String title) {
        return Db.count("select count(*) from training where title = ?", title);
    }

    // ------------------------------------------------------------------ enrolments

    /** The coordinator of Slovenia enrols someone. */
    static Response enrol(UUID trainingId, UUID userId) {
        return enrol(Api.as(Api.COORDINATOR_SI), trainingId, userId);
    }

    static Response enrol(RequestSpecification spec, UUID trainingId, UUID userId) {
        Map<String, Object> body = userId == null ? Map.of() : Map.of("userId", userId.toString());
        return spec.body(body).post(path(trainingId) + "/enrolments");
    }

    static Response enrolSelf(Person person, UUID trainingId) {
        return enrol(person.api(), trainingId, null);
    }

    /** The coordinator of Slovenia enrols someone; the id of the enrolment, which must be in {@code state}. */
    static UUID enrolled(UUID trainingId, UUID userId, String state) {
        Response r = enrol(trainingId, userId);
        assertEquals(201, r.statusCode(), r.asString());
        assertEquals(state, r.jsonPath().getString("state"), r.asString());
        return id(r);
    }

    static Response cancel(RequestSpecification spec, UUID enrolmentId) {
        return spec.body(Map.of()).post(enrolmentPath(enrolmentId) + "/cancel");
    }

    static String state(UUID enrolmentId) {
        return Db.string("select state from enrolment where id = ?", enrolmentId)
                .orElseThrow();
    }

    static long enrolments(UUID trainingId) {
        return Db.count("select count(*) from enrolment where training_id = ?", trainingId);
    }

    static List<UUID> sessionIds(UUID trainingId) {
        List<String> ids = get(Api.COORDINATOR_SI, trainingId).jsonPath().getList("sessions.id");
        return ids.stream().map(UUID::fromString).toList();
    }

    static Response attendance(
            RequestSpecification spec, UUID trainingId, UUID sessionId, UUID enrolmentId, boolean present) {
        return spec.body(Map.of("present", present))
                .put(path(trainingId) + "/sessions/" + sessionId + "/attendance/" + enrolmentId);
    }

    static Response complete(RequestSpecification spec, UUID trainingId) {
        return spec.post(path(trainingId) + "/complete");
    }

    static long notifications(UUID userId, String kind) {
        return Db.count("select count(*) from notification where user_id = ? and kind = ?", userId, kind);
    }

    static long audits(String action, UUID objectId) {
        return Db.count(
                "select count(*) from audit_event where action = ? and object_id = ?", action, objectId.toString());
    }
}
