package eu.makethedifference.identity;

import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.Jwts;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.Problems;
import eu.makethedifference.support.TestUsers;
import eu.makethedifference.support.TestUsers.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AuthenticationTest {
    private static final String ME = "/api/v1/me";

    private static Response login(String email, String password) {
        return Api.anonymous()
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    private static Response refresh(String refreshToken) {
        return Api.anonymous().body(Map.of("refreshToken", refreshToken)).post("/api/v1/auth/refresh");
    }

    private static int me(String accessToken) {
        return Api.withToken(accessToken).get(ME).statusCode();
    }

    @Test
    void shouldReturnAContractValidTokenPairForTheRightPassword() {
        Response response = login(Api.COORDINATOR_SI, Api.PASSWORD);

        assertEquals(200, response.statusCode(), response.asString());
        String access = response.jsonPath().getString("accessToken");
        String refreshToken = response.jsonPath().getString("refreshToken");
        assertEquals("Bearer", response.jsonPath().getString("tokenType"));
        long expiresIn = response.jsonPath().getLong("expiresIn");
        assertTrue(expiresIn > 0 && expiresIn <= 900, "access tokens live at most 15 minutes: " + expiresIn);
        assertNotNull(refreshToken);
        assertNotEquals(access, refreshToken);

        Map<String, Object> header = Jwts.headerOf(access);
        Map<String, Object> claims = Jwts.claimsOf(access);
        assertEquals("RS256", header.get("alg"));
        assertEquals(Jwts.ISSUER, claims.get("iss"));
        assertTrue(claims.get("aud").toString().contains(Jwts.AUDIENCE), "aud: " + claims.get("aud"));
        assertEquals(Api.userId(Api.COORDINATOR_SI).toString(), claims.get("sub"));
        assertEquals("access", claims.get("token_use"));
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertTrue(lifetime <= 900, "exp - iat: " + lifetime);
        assertTrue(!access.contains(Api.PASSWORD) && !refreshToken.contains(Api.PASSWORD));

        Response me = Api.withToken(access).get(ME);
        assertEquals(200, me.statusCode());
        assertEquals(Api.COORDINATOR_SI, me.jsonPath().getString("email"));
        assertEquals("COORDINATOR", me.jsonPath().getString("role"));
    }

    @Test
    void shouldLogInWhateverTheCaseOfTheEmailAddress() {
        Response response = login(Api.MENTOR_SI.toUpperCase(), Api.PASSWORD);

        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(
                Api.userId(Api.MENTOR_SI).toString(),
                Jwts.claimsOf(response.jsonPath().getString("accessToken")).get("sub"));
    }

    @Test
    void shouldRefuseAWrongPasswordWithInvalidCredentials() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        long sessions = Db.count("select count(*) from auth_session where user_id = ?", user.id());

        Response response = login(user.email(), user.password() + "x");

        var body = assertProblem(response, 401, "invalid_credentials");
        assertEquals(null, response.header("Retry-After"));
        assertEquals("/api/v1/auth/login", body.getString("instance"));
        assertEquals(
                sessions,
                Db.count("select count(*) from auth_session where user_id = ?", user.id()),
                "no session started");
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'LOGIN_FAILED' and actor_id = ? and outcome = 'DENIED'",
                        user.id()));
    }

    @Test
    void shouldAnswerAnUnknownAddressExactlyLikeAWrongPassword() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);

        Response wrongPassword = login(user.email(), "Not-The-Password-42");
        Response unknownAccount = login(TestUsers.uniqueEmail("nobody"), "Not-The-Password-42");

        assertProblem(wrongPassword, 401, "invalid_credentials");
        assertProblem(unknownAccount, 401, "invalid_credentials");
        assertEquals(wrongPassword.asString(), unknownAccount.asString(), "identical bodies");
        assertEquals(wrongPassword.contentType(), unknownAccount.contentType());
        assertEquals(wrongPassword.header("WWW-Authenticate"), unknownAccount.header("WWW-Authenticate"));
    }

    @Test
    void shouldThrottleAnAccountAfterSixFailuresEvenForTheRightPassword() {
        TestUser user = TestUsers.mentor(Api.REGION_SI);
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor_id = ?",
                        user.id()));

        for (int i = 1; i <= 6; i++) {
            assertProblem(login(user.email(), "Wrong-Password-" + i), 401, "invalid_credentials");
        }
        Response locked = login(user.email(), user.password());

        assertProblem(locked, 429, "too_many_attempts");
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 61, "Retry-After: " + retryAfter);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor_id = ? and outcome = 'DENIED'",
                        user.id()));
        assertEquals(
                0,
                Db.count("select count(*) from auth_session where user_id = ?", user.id()),
                "no session while locked");
        // a differently written address is the same account
        assertProblem(login(user.email().toUpperCase(), user.password()), 429, "too_many_attempts");
    }

    @Test
    void shouldThrottleAnUnknownAddressTheSameWay() {
        String nobody = TestUsers.uniqueEmail("nobody");
        long locks = Db.count("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor_id is null");

        for (int i = 1; i <= 6; i++) {
            assertProblem(login(nobody, "Wrong-Password-" + i), 401, "invalid_credentials");
        }
        Response locked = login(nobody, "Wrong-Password-7");

        assertProblem(locked, 429, "too_many_attempts");
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 61, "Retry-After: " + retryAfter);
        assertEquals(
                locks + 1,
                Db.count("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor_id is null"));
    }

    @Test
    void shouldRotateTheRefreshTokenAndRefuseTheOldOne() {
        Api.Tokens first = Api.login(Api.WELFARE_SI, Api.PASSWORD);

        Response rotated = refresh(first.refreshToken());

        assertEquals(200, rotated.statusCode(), rotated.asString());
        String newAccess = rotated.jsonPath().getString("accessToken");
        String newRefresh = rotated.jsonPath().getString("refreshToken");
        assertNotEquals(first.refreshToken(), newRefresh);
        assertNotEquals(first.accessToken(), newAccess);
        assertEquals(
                Jwts.claimsOf(first.accessToken()).get("sid"),
                Jwts.claimsOf(newAccess).get("sid"),
                "same session");
        assertEquals(200, me(newAccess));

        assertProblem(refresh(first.refreshToken()), 401, "invalid_refresh_token");
    }

    @Test
    void shouldRevokeTheWholeFamilyWhenAnOldRefreshTokenIsReused() {
        Api.Tokens first = Api.login(Api.WELFARE_SI, Api.PASSWORD);
        Response second = refresh(first.refreshToken());
        assertEquals(200, second.statusCode());
        String secondAccess = second.jsonPath().getString("accessToken");
        String secondRefresh = second.jsonPath().getString("refreshToken");
        Api.Tokens otherSession = Api.login(Api.WELFARE_SI, Api.PASSWORD);

        assertProblem(refresh(first.refreshToken()), 401, "invalid_refresh_token");

        assertProblem(refresh(secondRefresh), 401, "invalid_refresh_token");
        assertProblem(Api.withToken(secondAccess).get(ME), 401, "unauthenticated");
        assertProblem(Api.withToken(first.accessToken()).get(ME), 401, "unauthenticated");
        String sid = (String) Jwts.claimsOf(secondAccess).get("sid");
        assertEquals(
                "REFRESH_TOKEN_REUSE",
                Db.string("select revoke_reason from auth_session where id = ?::uuid", sid)
                        .orElse(null));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'REFRESH_TOKEN_REUSED' and object_id = ?",
                        sid));
        // only that family ends
        assertEquals(200, me(otherSession.accessToken()));
    }

    @Test
    void shouldRefuseAnUnknownRefreshToken() {
        assertProblem(refresh(UUID.randomUUID().toString()), 401, "invalid_refresh_token");
    }

    @Test
    void shouldEndOnlyTheLoggedOutSession() {
        Api.Tokens loggedOut = Api.login(Api.ADDICTION_SI, Api.PASSWORD);
        Api.Tokens other = Api.login(Api.ADDICTION_SI, Api.PASSWORD);
        assertEquals(200, me(loggedOut.accessToken()));

        Response logout = Api.withToken(loggedOut.accessToken()).post("/api/v1/auth/logout");

        assertEquals(204, logout.statusCode(), logout.asString());
        Response after = Api.withToken(loggedOut.accessToken()).get(ME);
        assertProblem(after, 401, "unauthenticated");
        assertEquals("Bearer", after.header("WWW-Authenticate"));
        assertProblem(refresh(loggedOut.refreshToken()), 401, "invalid_refresh_token");
        assertEquals(200, me(other.accessToken()));
        assertEquals(200, refresh(other.refreshToken()).statusCode());
        String sid = (String) Jwts.claimsOf(loggedOut.accessToken()).get("sid");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'LOGOUT' and object_id = ?", sid));
    }

    @Test
    void shouldRejectALoginWithoutPassword() {
        long failures = Db.count("select count(*) from audit_event where action like 'LOGIN%'");

        Response response =
                Api.responseOnly(null).body(Map.of("email", Api.MENTOR_SI)).post("/api/v1/auth/login");

        Problems.assertFieldProblem(response, 400, "validation_failed", "password");
        assertEquals(failures, Db.count("select count(*) from audit_event where action like 'LOGIN%'"));
    }
}
