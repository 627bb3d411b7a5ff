package eu.makethedifference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class HealthTest {
    @Test
    void shouldReportReadyWhenTheDatabaseAnswers() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
