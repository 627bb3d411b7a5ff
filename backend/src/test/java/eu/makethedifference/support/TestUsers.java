package eu.makethedifference.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh accounts created through the admin API, for tests that lock, disable, re-role or change the password
 * of an account (never a demo account). Each creation costs one bcrypt hash.
 */
public final class TestUsers {
    private TestUsers() {}

    public record TestUser(UUID id, String email, String password, String role) {
        /** A new session. */
        public Api.Tokens login() {
            return Api.login(email, password);
        }
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@test.example.org";
    }

    public static String strongPassword() {
        return "Quiet-Harbour-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static TestUser mentor(UUID region) {
        return create("MENTOR", List.of(region), null);
    }

    public static TestUser professional(UUID organisation) {
        return create("PROFESSIONAL", List.of(), organisation);
    }

    public static TestUser coordinator(UUID region) {
        return create("COORDINATOR", List.of(region), null);
    }

    public static TestUser admin() {
        return create("ADMIN", List.of(), null);
    }

    public static TestUser create(String role, List<UUID> regions, UUID organisation) {
        String email = uniqueEmail(role.toLowerCase());
        String password = strongPassword();
        Response created = Api.as(Api.ADMIN)
                .body(createBody(email, role, regions, organisation, password))
                .post("/api/v1/users");
        assertEquals(201, created.statusCode(), created.asString());
        return new TestUser(UUID.fromString(created.jsonPath().getString("id")), email, password, role);
    }

    public static Map<String, Object> createBody(
            String email, String role, List<UUID> regions, UUID organisation, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("displayName", "Test " + role.toLowerCase());
        body.put("preferredLanguage", "en");
        body.put("role", role);
        if (regions != null && !regions.isEmpty()) {
            body.put(
                    "regionIds",
                    new ArrayList<>(regions.stream().map(UUID::toString).toList()));
        }
        if (organisation != null) {
            body.put("organisationId", organisation.toString());
        }
        body.put("initialPassword", password);
        return body;
    }
}
