package eu.makethedifference.audit;

import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.TestUsers;
import eu.makethedifference.support.TestUsers.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AuditTest {
    private static final String EVENTS = "/api/v1/audit-events";

    private static String createOrganisation(String caller, UUID region) {
        Response created = Api.as(caller)
                .body(Map.of(
                        "regionId", region.toString(), "name", "Audited " + UUID.randomUUID(), "helpSystem", "OTHER"))
                .post("/api/v1/organisations");
        assertEquals(201, created.statusCode(), created.asString());
        return created.jsonPath().getString("id");
    }

    @Test
    void shouldRecordASuccessfulLoginThatAdminCanFind() {
        TestUser user = TestUsers.mentor(Api.REGION_DE);
        Instant before = Instant.now().minusSeconds(5);

        user.login();

        Response events =
                Api.as(Api.ADMIN).queryParam("actorId", user.id().toString()).get(EVENTS);
        assertEquals(200, events.statusCode(), events.asString());
        assertEquals(1, events.jsonPath().getLong("total"), events.asString());
        assertEquals("LOGIN_SUCCEEDED", events.jsonPath().getString("items[0].action"));
        assertEquals("USER", events.jsonPath().getString("items[0].actorType"));
        assertEquals("ALLOWED", events.jsonPath().getString("items[0].outcome"));
        assertEquals("USER", events.jsonPath().getString("items[0].objectType"));
        assertEquals(user.id().toString(), events.jsonPath().getString("items[0].objectId"));
        assertTrue(Instant.parse(events.jsonPath().getString("items[0].occurredAt"))
                .isAfter(before));
        assertTrue(events.jsonPath().getString("items[0].sourceIp") != null);
        assertTrue(!events.asString().contains(user.password()), "never the password");

        Response future = Api.as(Api.ADMIN)
                .queryParam("actorId", user.id().toString())
                .queryParam("from", Instant.now().plusSeconds(3600).toString())
                .get(EVENTS);
        assertEquals(0, future.jsonPath().getLong("total"));
        Response created = Api.as(Api.ADMIN)
                .queryParam("objectType", "USER")
                .queryParam("objectId", user.id().toString())
                .get(EVENTS);
        List<String> actions = created.jsonPath().getList("items.action");
        assertTrue(actions.containsAll(List.of("USER_CREATED", "LOGIN_SUCCEEDED")), actions.toString());
        assertEquals(
                Api.userId(Api.ADMIN).toString(),
                created.jsonPath().getString("items.find { it.action == 'USER_CREATED' }.actorId"));
    }

    @Test
    void shouldShowACoordinatorOnlyTheEventsOfTheirRegion() {
        String inSi = createOrganisation(Api.COORDINATOR_SI, Api.REGION_SI);
        String inDe = createOrganisation(Api.ADMIN, Api.REGION_DE);

        Response siSeesSi =
                Api.as(Api.COORDINATOR_SI).queryParam("objectId", inSi).get(EVENTS);
        Response deSeesSi =
                Api.as(Api.COORDINATOR_DE).queryParam("objectId", inSi).get(EVENTS);
        Response siSeesDe =
                Api.as(Api.COORDINATOR_SI).queryParam("objectId", inDe).get(EVENTS);
        Response deSeesDe =
                Api.as(Api.COORDINATOR_DE).queryParam("objectId", inDe).get(EVENTS);

        assertEquals(1, siSeesSi.jsonPath().getLong("total"), siSeesSi.asString());
        assertEquals("ORGANISATION_CREATED", siSeesSi.jsonPath().getString("items[0].action"));
        assertEquals(Api.REGION_SI.toString(), siSeesSi.jsonPath().getString("items[0].regionId"));
        assertEquals(
                Api.userId(Api.COORDINATOR_SI).toString(), siSeesSi.jsonPath().getString("items[0].actorId"));
        assertEquals(0, deSeesSi.jsonPath().getLong("total"), deSeesSi.asString());
        assertEquals(0, siSeesDe.jsonPath().getLong("total"), siSeesDe.asString());
        assertEquals(1, deSeesDe.jsonPath().getLong("total"), deSeesDe.asString());

        Response all = Api.as(Api.COORDINATOR_DE).queryParam("size", 100).get(EVENTS);
        List<String> regions = all.jsonPath().getList("items.regionId");
        assertTrue(regions.stream().allMatch(Api.REGION_DE.toString()::equals), regions.toString());
        assertEquals(
                1,
                Api.as(Api.ADMIN)
                        .queryParam("objectId", inSi)
                        .get(EVENTS)
                        .jsonPath()
                        .getLong("total"));
    }

    @Test
    void shouldForbidProfessionalsAndMentorsToReadTheAuditLog() {
        assertProblem(Api.as(Api.ADDICTION_SI).get(EVENTS), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).get(EVENTS), 403, "forbidden");
    }

    @Test
    void shouldNeverWriteCredentialsTokensOrEMailAddressesIntoTheAuditLog() {
        String email = "audit.secret." + java.util.UUID.randomUUID() + "@example.org";
        String password = "never-in-the-log-" + java.util.UUID.randomUUID();
        Api.raw(null)
                .body(java.util.Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        Api.Tokens tokens = Api.login(Api.WELFARE_DE, Api.PASSWORD);
        Api.withToken(tokens.accessToken() + "x").get("/api/v1/me").then().statusCode(401);
        Api.raw(null)
                .body(java.util.Map.of("refreshToken", tokens.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);

        String everyColumn =
                "concat_ws('|', actor_type, actor_id, action, object_type, object_id, region_id, outcome, source_ip, detail)";
        for (String secret : java.util.List.of(
                email, password, Api.PASSWORD, tokens.accessToken(), tokens.refreshToken(), Api.WELFARE_DE)) {
            assertEquals(
                    0,
                    Db.count("select count(*) from audit_event where position(? in " + everyColumn + ") > 0", secret),
                    "the audit log holds a secret or an e-mail address");
        }
    }

    @Test
    void shouldRecordADeniedAccess() {
        TestUser mentor = TestUsers.mentor(Api.REGION_SI);
        String token = mentor.login().accessToken();

        assertProblem(Api.withToken(token).get("/api/v1/users"), 403, "forbidden");

        Db.awaitCount(
                1,
                "select count(*) from audit_event where actor_id = ? and action = 'ACCESS_DENIED' and outcome = 'DENIED'",
                mentor.id());
        assertEquals(
                "GET /api/v1/users",
                Db.string("select detail from audit_event where actor_id = ? and action = 'ACCESS_DENIED'", mentor.id())
                        .orElse(null));
    }

    @Test
    void shouldRecordAHiddenForeignOrganisationAsDenied() {
        TestUser professional = TestUsers.professional(Api.ORG_SI_ADDICTION);
        String token = professional.login().accessToken();
        UUID missing = UUID.randomUUID();

        assertProblem(Api.withToken(token).get("/api/v1/organisations/" + missing), 404, "not_found");
        assertProblem(Api.withToken(token).get("/api/v1/organisations/" + Api.ORG_DE_WELFARE), 404, "not_found");

        Db.awaitCount(
                1,
                "select count(*) from audit_event where actor_id = ? and action = 'ACCESS_DENIED' and outcome = 'DENIED'"
                        + " and object_type = 'ORGANISATION' and object_id = ?",
                professional.id(),
                Api.ORG_DE_WELFARE.toString());
        assertEquals(
                0,
                Db.count("select count(*) from audit_event where object_id = ?", missing.toString()),
                "a missing id is not a denial");
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAuditRowsInTheDatabase() throws SQLException {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        user.login();
        long id = Db.count(
                "select max(id) from audit_event where actor_id = ? and action = 'LOGIN_SUCCEEDED'", user.id());
        long rows = Db.count("select count(*) from audit_event");

        assertThrows(
                SQLException.class, () -> Db.execute("update audit_event set action = 'TAMPERED' where id = ?", id));
        assertThrows(SQLException.class, () -> Db.execute("delete from audit_event where id = ?", id));
        assertThrows(SQLException.class, () -> Db.execute("truncate audit_event"));

        assertEquals(
                "LOGIN_SUCCEEDED",
                Db.string("select action from audit_event where id = ?", id).orElse(null));
        assertTrue(Db.count("select count(*) from audit_event") >= rows);
    }

    @Test
    void shouldOfferNoWayToChangeTheAuditLogThroughTheApi() {
        assertProblem(Api.raw(Api.ADMIN).body("{}").put(EVENTS), 405, "method_not_allowed");
        assertProblem(Api.raw(Api.ADMIN).delete(EVENTS), 405, "method_not_allowed");
        assertProblem(Api.raw(Api.ADMIN).body("{}").post(EVENTS), 405, "method_not_allowed");
    }
}
