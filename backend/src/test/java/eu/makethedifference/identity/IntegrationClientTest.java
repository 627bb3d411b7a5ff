package eu.makethedifference.identity;

import static eu.makethedifference.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class IntegrationClientTest {
    static final String CLIENTS = "/api/v1/integration-clients";
    static final String TOKEN = "/api/v1/auth/token";

    @Inject
    RateLimitFilter rateLimit;

    @BeforeEach
    void resetRateLimit() {
        rateLimit.reset();
    }

    /** A client of the given organisation, registered by the SI coordinator: [id, secret]. */
    static String[] register(UUID organisation, List<String> scopes, int writesPerMinute) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Case system " + UUID.randomUUID().toString().substring(0, 8));
        body.put("organisationId", organisation.toString());
        body.put("scopes", scopes);
        body.put("writesPerMinute", writesPerMinute);
        Response r = Api.as(Api.COORDINATOR_SI).body(body).post(CLIENTS);
        assertEquals(201, r.statusCode(), r.asString());
        return new String[] {r.jsonPath().getString("client.id"), r.jsonPath().getString("clientSecret")};
    }

    static Response token(String id, String secret) {
        return given().auth()
                .preemptive()
                .basic(id, secret)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post(TOKEN);
    }

    static String accessToken(String id, String secret) {
        Response r = token(id, secret);
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath().getString("access_token");
    }

    static RequestSpecification as(String accessToken) {
        return given().header("Authorization", "Bearer " + accessToken)
                .contentType(ContentType.JSON)
                .accept(Api.ACCEPT);
    }

    @Test
    void shouldIssueTokensOnlyForTheRightSecretOfAnEnabledClient() {
        String[] c = register(Api.ORG_SI_WELFARE, List.of("directory:read", "referrals:read"), 120);

        Response ok = token(c[0], c[1]);
        assertEquals(200, ok.statusCode(), ok.asString());
        assertEquals("Bearer", ok.jsonPath().getString("token_type"));
        assertEquals(600, ok.jsonPath().getInt("expires_in"));
        assertEquals("directory:read referrals:read", ok.jsonPath().getString("scope"));
        Response form = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", c[0])
                .formParam("client_secret", c[1])
                .formParam("scope", "directory:read")
                .post(TOKEN);
        assertEquals(200, form.statusCode(), form.asString());
        assertEquals("directory:read", form.jsonPath().getString("scope"));

        assertProblem(token(c[0], c[1] + "x"), 401, "invalid_client");
        assertProblem(token(UUID.randomUUID().toString(), c[1]), 401, "invalid_client");
        assertProblem(
                given().auth()
                        .preemptive()
                        .basic(c[0], c[1])
                        .contentType(ContentType.URLENC)
                        .formParam("grant_type", "password")
                        .post(TOKEN),
                400,
                "unsupported_grant_type");
        assertProblem(
                given().auth()
                        .preemptive()
                        .basic(c[0], c[1])
                        .contentType(ContentType.URLENC)
                        .formParam("grant_type", "client_credentials")
                        .formParam("scope", "referrals:write")
                        .post(TOKEN),
                400,
                "invalid_scope");
        assertTrue(Db.count(
                        "select count(*) from audit_event where action = 'CLIENT_TOKEN_REFUSED' and object_id = ?",
                        c[0])
                >= 1);
    }

    @Test
    void shouldAcceptTheOldSecretOnlyDuringTheGracePeriodAndNothingOnceDisabled() {
        String[] c = register(Api.ORG_SI_WELFARE, List.of("directory:read"), 120);
        String rotate = CLIENTS + "/" + c[0] + "/secret";

        Response rotated =
                Api.as(Api.COORDINATOR_SI).body(Map.of("graceHours", 1)).post(rotate);
        assertEquals(200, rotated.statusCode(), rotated.asString());
        String second = rotated.jsonPath().getString("clientSecret");
        assertNotNull(rotated.jsonPath().getString("client.previousSecretValidUntil"));
        accessToken(c[0], c[1]);
        accessToken(c[0], second);
        // The grace period is over: only the new secret works.
        Db.count(
                "with u as (update integration_client set previous_secret_until = now() - interval '1 second'"
                        + " where id = ?::uuid returning 1) select count(*) from u",
                c[0]);
        assertProblem(token(c[0], c[1]), 401, "invalid_client");
        String access = accessToken(c[0], second);
        assertEquals(200, as(access).get("/api/v1/help-offers").statusCode());

        Response current = Api.as(Api.COORDINATOR_SI).get(CLIENTS + "/" + c[0]);
        Map<String, Object> change = new HashMap<>();
        change.put("name", current.jsonPath().getString("name"));
        change.put("scopes", List.of("directory:read"));
        change.put("writesPerMinute", 120);
        change.put("enabled", false);
        assertEquals(
                200,
                Api.as(Api.COORDINATOR_SI)
                        .header("If-Match", current.header("ETag"))
                        .body(change)
                        .put(CLIENTS + "/" + c[0])
                        .statusCode());
        assertProblem(token(c[0], second), 401, "invalid_client");
        assertEquals(401, as(access).get("/api/v1/help-offers").statusCode(), "a token of a disabled client");
    }

    @Test
    void shouldActForItsOrganisationWithinItsScopesAndBeAuditedAsTheClient() {
        String[] c = register(Api.ORG_SI_WELFARE, List.of("directory:read", "referrals:read"), 120);
        String access = accessToken(c[0], c[1]);

        Response mine = as(access).queryParam("size", 100).get("/api/v1/referrals");
        Response professional = Api.as(Api.WELFARE_SI).queryParam("size", 100).get("/api/v1/referrals");
        assertEquals(200, mine.statusCode(), mine.asString());
        assertEquals(
                professional.jsonPath().getList("items.id"), mine.jsonPath().getList("items.id"));
        assertEquals(professional.jsonPath().getLong("total"), mine.jsonPath().getLong("total"));
        String referral = mine.jsonPath().getString("items[0].id");
        assertEquals(200, as(access).get("/api/v1/referrals/" + referral).statusCode());
        assertTrue(Db.count(
                        "select count(*) from audit_event where actor_type = 'CLIENT' and actor_id = ?::uuid and object_id = ?",
                        c[0],
                        referral)
                >= 1);

        assertProblem(as(access).get("/api/v1/agreements"), 403, "insufficient_scope");
        assertProblem(as(access).get("/api/v1/me"), 403, "insufficient_scope");
        Map<String, Object> draft = Map.of("targetOfferId", UUID.randomUUID().toString());
        assertProblem(as(access).body(draft).post("/api/v1/referrals"), 403, "insufficient_scope");
        // The technical account cannot log in and is not among the users.
        String email = eu.makethedifference.support.Db.string(
                        "select u.email from app_user u join integration_client c on c.user_id = u.id where c.id = ?::uuid",
                        c[0])
                .orElseThrow();
        assertProblem(
                Api.raw(null).body(Map.of("email", email, "password", "!")).post("/api/v1/auth/login"),
                401,
                "invalid_credentials");
        assertFalse(Api.as(Api.ADMIN)
                .queryParam("size", 100)
                .queryParam("role", "PROFESSIONAL")
                .get("/api/v1/users")
                .asString()
                .contains("integration client"));
    }

    @Test
    void shouldLimitAClientsChangesToItsOwnRate() {
        String[] c = register(Api.ORG_SI_WELFARE, List.of("referrals:write"), 2);
        String access = accessToken(c[0], c[1]);
        for (int i = 0; i < 2; i++) {
            assertEquals(400, as(access).body("{}").post("/api/v1/referrals").statusCode());
        }
        Response refused = as(access).body("{}").post("/api/v1/referrals");
        assertProblem(refused, 429, "too_many_requests");
        assertEquals("\"writes\";q=2;w=60", refused.header("RateLimit-Policy"));
    }

    @Test
    void shouldLetOnlyManagersOfTheRegionRegisterAndSeeClients() {
        String[] c = register(Api.ORG_SI_WELFARE, List.of("directory:read"), 120);
        assertProblem(Api.as(Api.COORDINATOR_DE).get(CLIENTS + "/" + c[0]), 404, "not_found");
        assertFalse(Api.as(Api.COORDINATOR_DE).get(CLIENTS).asString().contains(c[0]));
        assertTrue(Api.as(Api.ADMIN).get(CLIENTS).asString().contains(c[0]));
        assertProblem(Api.as(Api.WELFARE_SI).get(CLIENTS), 403, "forbidden");
        Map<String, Object> foreign = new HashMap<>();
        foreign.put("name", "Elsewhere");
        foreign.put("organisationId", Api.ORG_DE_WELFARE.toString());
        foreign.put("scopes", List.of("directory:read"));
        assertProblem(Api.responseOnly(Api.COORDINATOR_SI).body(foreign).post(CLIENTS), 400, "validation_failed");
        Map<String, Object> unknownScope = new HashMap<>(foreign);
        unknownScope.put("organisationId", Api.ORG_SI_WELFARE.toString());
        unknownScope.put("scopes", List.of("everything"));
        assertEquals(
                400,
                Api.responseOnly(Api.COORDINATOR_SI)
                        .body(unknownScope)
                        .post(CLIENTS)
                        .statusCode());
    }
}
