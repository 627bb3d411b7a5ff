package eu.makethedifference.common;

import static eu.makethedifference.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.SeededUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@TestProfile(WriteRateLimitTest.LowLimit.class)
class WriteRateLimitTest {
    private static final int LIMIT = 20;

    /** The suite runs without a practical limit; this class with a low one (and an app of its own). */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mtd.rate-limit.writes-per-minute", String.valueOf(LIMIT));
        }
    }

    private static RequestSpecification as(SeededUsers.Person person) {
        return given().header("Authorization", "Bearer " + person.token())
                .contentType(ContentType.JSON)
                .accept(Api.ACCEPT);
    }

    @Test
    void shouldLimitChangesPerAccountAndSayWhatIsLeft() {
        SeededUsers.Person busy = SeededUsers.coordinator(Api.REGION_SI);
        SeededUsers.Person other = SeededUsers.coordinator(Api.REGION_SI);

        Response first = as(busy).body("{}").post("/api/v1/organisations");
        assertEquals(400, first.statusCode());
        assertEquals("\"writes\";q=" + LIMIT + ";w=60", first.header("RateLimit-Policy"));
        assertTrue(
                first.header("RateLimit").matches("\"writes\";r=" + (LIMIT - 1) + ";t=[0-9]+"),
                first.header("RateLimit"));
        for (int i = 2; i <= LIMIT; i++) {
            assertEquals(400, as(busy).body("{}").post("/api/v1/organisations").statusCode(), "change " + i);
        }

        Response refused = as(busy).body("{}").post("/api/v1/organisations");
        assertProblem(refused, 429, "too_many_requests");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("\"writes\";q=" + LIMIT + ";w=60", refused.header("RateLimit-Policy"));
        assertTrue(refused.header("RateLimit").startsWith("\"writes\";r=0;t="));

        // Reading is not limited, and another account has its own budget.
        assertEquals(200, as(busy).get("/api/v1/organisations").statusCode());
        assertEquals(400, as(other).body("{}").post("/api/v1/organisations").statusCode());
    }
}
