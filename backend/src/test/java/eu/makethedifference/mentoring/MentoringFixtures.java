package eu.makethedifference.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Volunteers, children and matches made through the API, in region SI unless told otherwise. */
final class MentoringFixtures {
    private MentoringFixtures() {}

    static final String API = "/api/v1";
    private static final AtomicInteger SEQ = new AtomicInteger();

    static Response ok(Response r, int status) {
        assertEquals(status, r.statusCode(), r.asString());
        return r;
    }

    static Map<String, Object> application(String email, LocalDate birthDate) {
        Map<String, Object> b = new HashMap<>();
        b.put("regionId", Api.REGION_SI.toString());
        b.put("firstName", "Vol");
        b.put("lastName", "Unteer" + SEQ.incrementAndGet());
        b.put("email", email);
        b.put("phone", "+386 40 123 456");
        b.put("birthDate", birthDate.toString());
        b.put("studyProgramme", "Psychology");
        b.put("languages", List.of("sl", "en"));
        b.put("municipality", "Maribor");
        b.put("availability", List.of("WED_AFTERNOON", "SAT_MORNING"));
        b.put("interests", List.of("SPORTS", "MUSIC"));
        b.put("gender", "FEMALE");
        b.put("motivation", "I like spending time with children.");
        b.put("consent", true);
        return b;
    }

    static String uniqueEmail() {
        return "volunteer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static UUID apply(Map<String, Object> body) {
        ok(Api.anonymous().body(body).post(API + "/volunteer-applications"), 202);
        return UUID.fromString(Db.string("select id from volunteer where lower(email) = lower(?)", body.get("email"))
                .orElseThrow());
    }

    static Response step(UUID volunteer, String step, LocalDate certificate) {
        Map<String, Object> b = new HashMap<>();
        b.put("step", step);
        b.put("note", "Recorded in test");
        if (certificate != null) {
            b.put("certificateIssuedOn", certificate.toString());
        }
        return Api.as(Api.COORDINATOR_SI).body(b).post(API + "/volunteers/" + volunteer + "/steps");
    }

    /** An approved mentor in Maribor with the given application overrides. */
    static UUID approvedMentor(Map<String, Object> overrides) {
        Map<String, Object> body = application(uniqueEmail(), LocalDate.now().minusYears(22));
        body.putAll(overrides);
        UUID id = apply(body);
        ok(step(id, "INTERVIEW", null), 200);
        ok(step(id, "CERTIFICATE", LocalDate.now().minusMonths(1)), 200);
        ok(step(id, "TRAINING", null), 200);
        ok(step(id, "AGREEMENT", null), 200);
        ok(Api.as(Api.COORDINATOR_SI).post(API + "/volunteers/" + id + "/approve"), 200);
        return id;
    }

    static Map<String, Object> child(String firstName) {
        YearMonth born = YearMonth.now().minusYears(8);
        Map<String, Object> b = new HashMap<>();
        b.put("regionId", Api.REGION_SI.toString());
        b.put("firstName", firstName);
        b.put("birthYear", born.getYear());
        b.put("birthMonth", born.getMonthValue());
        b.put("gender", "MALE");
        b.put("languages", List.of("sl"));
        b.put("municipality", "Maribor");
        b.put("availability", List.of("WED_AFTERNOON", "SAT_MORNING"));
        b.put("interests", List.of("SPORTS", "MUSIC"));
        return b;
    }

    static UUID createChild(Map<String, Object> body) {
        return UUID.fromString(ok(Api.as(Api.COORDINATOR_SI).body(body).post(API + "/children"), 201)
                .jsonPath()
                .getString("id"));
    }

    static List<String> suggested(UUID child) {
        return ok(
                        Api.as(Api.COORDINATOR_SI)
                                .queryParam("limit", 50)
                                .get(API + "/children/" + child + "/match-suggestions"),
                        200)
                .jsonPath()
                .getList("volunteerId");
    }

    static Response propose(UUID child, UUID volunteer) {
        return Api.responseOnly(Api.COORDINATOR_SI)
                .body(Map.of("childId", child.toString(), "volunteerId", volunteer.toString()))
                .post(API + "/matches");
    }

    /** An ACTIVE match between a fresh child and the mentor, started the given days ago. */
    static UUID activeMatch(UUID child, UUID volunteer, int startedDaysAgo) {
        UUID match =
                UUID.fromString(ok(propose(child, volunteer), 201).jsonPath().getString("id"));
        ok(
                Api.as(Api.COORDINATOR_SI).body(Map.of("party", "MENTOR")).post(API + "/matches/" + match + "/consent"),
                200);
        ok(
                Api.as(Api.COORDINATOR_SI).body(Map.of("party", "FAMILY")).post(API + "/matches/" + match + "/consent"),
                200);
        ok(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of(
                                "startedOn",
                                LocalDate.now().minusDays(startedDaysAgo).toString()))
                        .post(API + "/matches/" + match + "/start"),
                200);
        return match;
    }

    static JsonPath match(UUID id) {
        return ok(Api.as(Api.COORDINATOR_SI).get(API + "/matches/" + id), 200).jsonPath();
    }

    /** The set-password link logged for the account, taken from the test log. */
    static String email(UUID volunteer) {
        return Db.string("select email from volunteer where id = ?", volunteer).orElseThrow();
    }
}
