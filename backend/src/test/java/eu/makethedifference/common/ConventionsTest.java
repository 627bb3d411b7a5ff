package eu.makethedifference.common;

import static eu.makethedifference.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.Problems;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conventions every API response follows: problem details, status codes, headers, CORS. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class ConventionsTest {
    private static final String PARTNER = "https://partner.example.org";
    private static final String EVIL = "https://evil.example.com";

    private static long organisations() {
        return Db.count("select count(*) from organisation");
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithAProblem() {
        assertProblem(Api.raw(null).get("/api/v1/does-not-exist"), 404, "not_found");
        assertProblem(Api.raw(Api.ADMIN).get("/api/v1/does-not-exist/" + UUID.randomUUID()), 404, "not_found");
        assertProblem(Api.raw(Api.ADMIN).get("/api/v2/organisations"), 404, "not_found");
    }

    @Test
    void shouldAnswerAWrongMethodWith405() {
        long before = organisations();

        Response response = Api.raw(Api.ADMIN).delete("/api/v1/organisations/" + Api.ORG_SI_WELFARE);

        assertProblem(response, 405, "method_not_allowed");
        assertEquals(before, organisations());
        assertProblem(Api.raw(Api.ADMIN).body("{}").patch("/api/v1/organisations"), 405, "method_not_allowed");
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        long before = organisations();

        Response login = Api.raw(null)
                .contentType("text/plain")
                .body("email=a@b.c&password=x")
                .post("/api/v1/auth/login");
        Response create = Api.raw(Api.ADMIN)
                .contentType("application/x-www-form-urlencoded")
                .formParam("name", "Form Org")
                .post("/api/v1/organisations");

        assertProblem(login, 415, "unsupported_media_type");
        assertProblem(create, 415, "unsupported_media_type");
        assertEquals(before, organisations());
    }

    @Test
    void shouldRefuseMalformedJson() {
        long before = organisations();

        assertProblem(Api.raw(null).body("{\"email\": \"a@b.c\", ").post("/api/v1/auth/login"), 400, "malformed_json");
        assertProblem(
                Api.raw(Api.ADMIN).body("{'name': 'single quotes'}").post("/api/v1/organisations"),
                400,
                "malformed_json");
        assertProblem(Api.raw(Api.ADMIN).body("").post("/api/v1/organisations"), 400, "validation_failed");
        assertEquals(before, organisations());
    }

    @Test
    void shouldRefuseAPropertyOfTheWrongType() {
        Response response = Api.raw(null)
                .body("{\"email\": [\"a@b.c\"], \"password\": \"x\"}")
                .post("/api/v1/auth/login");

        Problems.assertFieldProblem(response, 400, "malformed_request", "email");
    }

    @Test
    void shouldRefuseABodyAboveOneMegabyte() {
        long before = organisations();
        String name = "x".repeat(1024 * 1024 + 10);

        Response response = Api.raw(Api.ADMIN)
                .body(Map.of("regionId", Api.REGION_SI.toString(), "name", name, "helpSystem", "OTHER"))
                .post("/api/v1/organisations");

        assertEquals(413, response.statusCode());
        assertProblem(response, 413, "payload_too_large");
        assertEquals(before, organisations());
    }

    @Test
    void shouldSendTheSecurityHeadersOnEveryApiResponse() {
        List<Response> responses = List.of(
                Api.as(Api.MENTOR_SI).get("/api/v1/me"),
                Api.as(Api.MENTOR_SI).get("/api/v1/users"),
                Api.responseOnly(null).get("/api/v1/me"),
                Api.raw(null).get("/api/v1/nothing-here"),
                Api.raw(null).body("{").post("/api/v1/auth/login"),
                Api.as(Api.ADMIN).get("/api/v1/organisations/" + UUID.randomUUID()),
                Api.anonymous()
                        .body(Map.of("email", "nobody@example.org", "password", "Wrong-password-1"))
                        .post("/api/v1/auth/login"));
        for (Response response : responses) {
            String context = response.statusCode() + " " + response.asString();
            assertNotNull(response.header("Cache-Control"), context);
            assertTrue(response.header("Cache-Control").contains("no-store"), context);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), context);
            assertNotNull(response.header("Content-Security-Policy"), context);
            assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"), context);
        }
    }

    @Test
    void shouldAllowOnlyTheConfiguredOriginForCors() {
        Response partner = given().header("Origin", PARTNER)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/organisations");
        Response evil = given().header("Origin", EVIL)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/organisations");

        assertEquals(PARTNER, partner.header("Access-Control-Allow-Origin"));
        assertTrue(
                partner.header("Access-Control-Allow-Methods").contains("GET"),
                partner.header("Access-Control-Allow-Methods"));
        assertNull(evil.header("Access-Control-Allow-Origin"), "evil origin allowed: " + evil.headers());

        Response partnerGet = Api.raw(Api.MENTOR_SI).header("Origin", PARTNER).get("/api/v1/me");
        Response evilGet = Api.raw(Api.MENTOR_SI).header("Origin", EVIL).get("/api/v1/me");
        assertEquals(PARTNER, partnerGet.header("Access-Control-Allow-Origin"));
        assertNull(evilGet.header("Access-Control-Allow-Origin"));
        assertTrue(evilGet.header("Access-Control-Allow-Credentials") == null
                || !"true".equals(evilGet.header("Access-Control-Allow-Credentials")));
    }

    @Test
    void shouldNeverRevealInternalsInAnErrorBody() {
        List<Response> responses = List.of(
                Api.raw(null).body("{\"email\": ").post("/api/v1/auth/login"),
                Api.raw(null)
                        .body("{\"email\": {\"a\": 1}, \"password\": \"x\"}")
                        .post("/api/v1/auth/login"),
                Api.raw(null).body("[1, 2, 3]").post("/api/v1/auth/login"),
                Api.raw(Api.ADMIN)
                        .body("{\"regionId\": \"not-a-uuid\", \"name\": \"n\", \"helpSystem\": \"OTHER\"}")
                        .post("/api/v1/organisations"),
                Api.raw(Api.ADMIN)
                        .body("{\"regionId\": \"" + Api.REGION_SI + "\", \"name\": \"n\", \"helpSystem\": \"CIRCUS\"}")
                        .post("/api/v1/organisations"),
                Api.raw(Api.ADMIN).get("/api/v1/organisations/not-a-uuid"),
                Api.raw(Api.ADMIN).queryParam("page", "99999999999").get("/api/v1/organisations"),
                Api.raw(Api.ADMIN).queryParam("helpSystem", "CIRCUS").get("/api/v1/organisations"),
                Api.raw(Api.ADMIN).queryParam("from", "yesterday").get("/api/v1/audit-events"),
                Api.raw(Api.ADMIN)
                        .header("If-Match", "\"99999999999999\"")
                        .body("{}")
                        .put("/api/v1/organisations/" + Api.ORG_SI_WELFARE),
                Api.raw(null)
                        .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.")
                        .get("/api/v1/me"));
        for (Response response : responses) {
            String body = response.asString();
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + body);
            assertTrue(response.contentType().startsWith(Problems.MEDIA_TYPE), response.contentType() + " " + body);
            Problems.assertNoInternals(body);
        }
    }

    @Test
    void shouldAnswerABadParameterWith400NotWith404() {
        assertProblem(Api.raw(Api.ADMIN).get("/api/v1/organisations/not-a-uuid"), 400, "validation_failed");
        assertProblem(
                Api.raw(Api.ADMIN).queryParam("from", "yesterday").get("/api/v1/audit-events"),
                400,
                "validation_failed");
    }
}
