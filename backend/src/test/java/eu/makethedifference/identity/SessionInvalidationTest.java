package eu.makethedifference.identity;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.TestUsers;
import eu.makethedifference.support.TestUsers.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Disabling, a role change and a password change take effect on the very next request. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class SessionInvalidationTest {
    private static final String ME = "/api/v1/me";

    private static Response login(String email, String password) {
        return Api.anonymous()
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    private static Response me(String accessToken) {
        return Api.withToken(accessToken).get(ME);
    }

    /** The account as ADMIN reads it, as the body of an update. */
    private static Map<String, Object> editable(Response user) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", user.jsonPath().getString("displayName"));
        body.put("preferredLanguage", user.jsonPath().getString("preferredLanguage"));
        body.put("role", user.jsonPath().getString("role"));
        body.put("regionIds", user.jsonPath().getList("regionIds"));
        if (user.jsonPath().getString("organisationId") != null) {
            body.put("organisationId", user.jsonPath().getString("organisationId"));
        }
        body.put("enabled", user.jsonPath().getBoolean("enabled"));
        return body;
    }

    private static Response update(TestUser user, java.util.function.Consumer<Map<String, Object>> change) {
        Response current = Api.as(Api.ADMIN).get("/api/v1/users/" + user.id());
        assertEquals(200, current.statusCode());
        Map<String, Object> body = editable(current);
        change.accept(body);
        return Api.as(Api.ADMIN)
                .header("If-Match", current.header("ETag"))
                .body(body)
                .put("/api/v1/users/" + user.id());
    }

    @Test
    void shouldEndTheSessionsOfADisabledUserAndRefuseTheirLogin() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens tokens = user.login();
        assertEquals(200, me(tokens.accessToken()).statusCode());

        Response disabled = update(user, body -> body.put("enabled", false));

        assertEquals(200, disabled.statusCode(), disabled.asString());
        assertEquals(false, disabled.jsonPath().getBoolean("enabled"));
        assertProblem(me(tokens.accessToken()), 401, "unauthenticated");
        assertProblem(
                Api.anonymous()
                        .body(Map.of("refreshToken", tokens.refreshToken()))
                        .post("/api/v1/auth/refresh"),
                401,
                "invalid_refresh_token");
        Response refused = login(user.email(), user.password());
        assertProblem(refused, 401, "invalid_credentials");
        assertEquals(
                login(user.email(), user.password() + "-wrong").asString(),
                refused.asString(),
                "a disabled account answers like a wrong password");
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'USER_DISABLED' and object_id = ?",
                        user.id().toString()));
    }

    @Test
    void shouldEndTheSessionsOfAUserWhoseRoleChanged() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens tokens = user.login();
        assertEquals(200, me(tokens.accessToken()).statusCode());

        Response changed = update(user, body -> body.put("role", "COORDINATOR"));

        assertEquals(200, changed.statusCode(), changed.asString());
        assertProblem(me(tokens.accessToken()), 401, "unauthenticated");
        Response again = me(user.login().accessToken());
        assertEquals(200, again.statusCode());
        assertEquals("COORDINATOR", again.jsonPath().getString("role"));
    }

    @Test
    void shouldEndTheSessionsOfAUserWhoseRegionsChanged() {
        TestUser user = TestUsers.coordinator(Api.REGION_SI);
        Api.Tokens tokens = user.login();

        Response changed = update(user, body -> body.put("regionIds", List.of(Api.REGION_DE.toString())));

        assertEquals(200, changed.statusCode(), changed.asString());
        assertProblem(me(tokens.accessToken()), 401, "unauthenticated");
    }

    @Test
    void shouldKeepTheSessionsWhenOnlyTheDisplayNameChanges() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens tokens = user.login();

        Response changed = update(user, body -> body.put("displayName", "Renamed Mentor"));

        assertEquals(200, changed.statusCode(), changed.asString());
        Response me = me(tokens.accessToken());
        assertEquals(200, me.statusCode());
        assertEquals("Renamed Mentor", me.jsonPath().getString("displayName"));
    }

    @Test
    void shouldEndOtherSessionsButKeepTheCurrentOneOnPasswordChange() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens current = user.login();
        Api.Tokens other = user.login();
        String newPassword = TestUsers.strongPassword();

        Response changed = Api.withToken(current.accessToken())
                .body(Map.of("currentPassword", user.password(), "newPassword", newPassword))
                .post(ME + "/password");

        assertEquals(204, changed.statusCode(), changed.asString());
        assertProblem(me(other.accessToken()), 401, "unauthenticated");
        assertEquals(200, me(current.accessToken()).statusCode());
        assertEquals(200, login(user.email(), newPassword).statusCode());
        assertProblem(login(user.email(), user.password()), 401, "invalid_credentials");
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_event where detail like ? or detail like ?",
                        "%" + newPassword + "%",
                        "%" + user.password() + "%"));
    }

    @Test
    void shouldRefuseAPasswordChangeWithAWrongCurrentPassword() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens current = user.login();
        Api.Tokens other = user.login();

        Response refused = Api.withToken(current.accessToken())
                .body(Map.of("currentPassword", "Not-My-Password-1", "newPassword", TestUsers.strongPassword()))
                .post(ME + "/password");

        assertFieldProblem(refused, 400, "wrong_current_password", "currentPassword");
        assertEquals(200, me(other.accessToken()).statusCode(), "no session ended");
        assertEquals(200, login(user.email(), user.password()).statusCode(), "the password is unchanged");
    }

    @Test
    void shouldRefuseATooShortNewPassword() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens current = user.login();

        Response refused = Api.responseOnly(null)
                .header("Authorization", "Bearer " + current.accessToken())
                .body(Map.of("currentPassword", user.password(), "newPassword", "Short-pw-1"))
                .post(ME + "/password");

        assertFieldProblem(refused, 400, "validation_failed", "newPassword");
        assertEquals(200, login(user.email(), user.password()).statusCode(), "the old password still works");
    }

    @Test
    void shouldRefuseACommonNewPassword() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        Api.Tokens current = user.login();

        for (String common : List.of("password123456", "Password2026", "aaaaaaaaaaaaaaa")) {
            Response refused = Api.withToken(current.accessToken())
                    .body(Map.of("currentPassword", user.password(), "newPassword", common))
                    .post(ME + "/password");
            assertFieldProblem(refused, 400, "password_too_common", "newPassword");
        }
        assertEquals(200, login(user.email(), user.password()).statusCode(), "the old password still works");
    }
}
