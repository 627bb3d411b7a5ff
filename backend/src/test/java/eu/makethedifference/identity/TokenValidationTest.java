package eu.makethedifference.identity;

import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.Jwts;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad access token gets 401 unauthenticated. Each forged token differs from a token the server
 * accepts (checked first, as a control) in one respect only.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class TokenValidationTest {
    private static final String ME = "/api/v1/me";
    private static Api.Tokens session;

    private Map<String, Object> valid;

    @BeforeEach
    void validClaims() {
        if (session == null) {
            session = Api.login(Api.WELFARE_DE, Api.PASSWORD);
        }
        Map<String, Object> issued = Jwts.claimsOf(session.accessToken());
        valid = Jwts.accessClaims((String) issued.get("sub"), (String) issued.get("sid"), "PROFESSIONAL");
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    private static void assertRefused(String token) {
        Response response = Api.withToken(token).get(ME);
        assertProblem(response, 401, "unauthenticated");
        assertEquals("Bearer", response.header("WWW-Authenticate"));
    }

    @Test
    void shouldAcceptATokenSignedWithTheConfiguredKeyAsAControl() {
        Response response =
                Api.withToken(Jwts.rs256(valid, Jwts.applicationKey())).get(ME);

        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(Api.WELFARE_DE, response.jsonPath().getString("email"));
    }

    @Test
    void shouldRefuseARequestWithoutToken() {
        Response response = Api.responseOnly(null).get(ME);

        assertProblem(response, 401, "unauthenticated");
        assertEquals("Bearer", response.header("WWW-Authenticate"));
    }

    @Test
    void shouldRefuseAGarbageToken() {
        assertRefused("not-a-jwt");
        assertRefused("a.b.c");
    }

    @Test
    void shouldRefuseATokenWhosePayloadWasTamperedWith() {
        Map<String, Object> escalated = new LinkedHashMap<>(Jwts.claimsOf(session.accessToken()));
        escalated.put("groups", List.of("ADMIN"));

        assertRefused(Jwts.withPayload(session.accessToken(), escalated));
        assertRefused(Jwts.withPayload(
                Jwts.rs256(valid, Jwts.applicationKey()),
                with(valid, "exp", ((Number) valid.get("exp")).longValue() + 3600)));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> expired = with(with(valid, "iat", now - 1020), "exp", now - 120);

        assertRefused(Jwts.rs256(expired, Jwts.applicationKey()));
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        assertRefused(Jwts.rs256(with(valid, "iss", "https://evil.example.com/issuer"), Jwts.applicationKey()));
        assertRefused(Jwts.rs256(with(valid, "iss", null), Jwts.applicationKey()));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertRefused(Jwts.rs256(with(valid, "aud", "another-api"), Jwts.applicationKey()));
        assertRefused(Jwts.rs256(with(valid, "aud", null), Jwts.applicationKey()));
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        assertRefused(Jwts.unsigned(valid));
    }

    @Test
    void shouldRefuseAnHmacTokenKeyedWithThePublicKey() {
        assertRefused(Jwts.hs256(valid, Jwts.applicationPublicKeyPem()));
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        assertRefused(Jwts.rs256(valid, generator.generateKeyPair().getPrivate()));
    }

    @Test
    void shouldRefuseATokenThatIsNotAnAccessToken() {
        assertRefused(Jwts.rs256(with(valid, "token_use", null), Jwts.applicationKey()));
        assertRefused(Jwts.rs256(with(valid, "token_use", "refresh"), Jwts.applicationKey()));
    }

    @Test
    void shouldRefuseATokenOfAnUnknownSession() {
        assertRefused(Jwts.rs256(with(valid, "sid", UUID.randomUUID().toString()), Jwts.applicationKey()));
        assertRefused(Jwts.rs256(with(valid, "sid", null), Jwts.applicationKey()));
    }

    @Test
    void shouldRefuseASessionOfAnotherUser() {
        Map<String, Object> other = with(valid, "sub", Api.userId(Api.ADMIN).toString());

        assertRefused(Jwts.rs256(with(other, "groups", List.of("ADMIN")), Jwts.applicationKey()));
    }

    @Test
    void shouldTakeTheRoleFromTheDatabaseNotFromTheToken() {
        Map<String, Object> claimsAdmin = with(valid, "groups", List.of("ADMIN"));

        Response users =
                Api.withToken(Jwts.rs256(claimsAdmin, Jwts.applicationKey())).get("/api/v1/users");

        assertProblem(users, 403, "forbidden");
    }

    @Test
    void shouldAuditARefusedToken() {
        String path = "/api/v1/organisations/" + UUID.randomUUID();
        String forged = Jwts.rs256(with(valid, "iss", "https://evil.example.com/issuer"), Jwts.applicationKey());

        Response response = Api.withToken(forged).get(path);

        assertProblem(response, 401, "unauthenticated");
        Db.awaitCount(
                1,
                "select count(*) from audit_event where action = 'TOKEN_REFUSED' and outcome = 'DENIED' and detail = ?",
                path);
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_event where detail like ? and detail <> ?",
                        "%" + forged.substring(0, 20) + "%",
                        path),
                "the token itself is never logged");
    }
}
