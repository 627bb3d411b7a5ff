package eu.makethedifference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class ContractTest {
    @Test
    void shouldServeExactlyTheCommittedContract() throws Exception {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String committed = Files.readString(Api.contractFile());
        Files.writeString(java.nio.file.Path.of("target", "openapi-served.yaml"), served);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(
                yaml.readTree(committed),
                yaml.readTree(served),
                "openapi/openapi.yaml differs from the contract the server serves. Refresh it with: "
                        + "cp backend/target/openapi-served.yaml openapi/openapi.yaml "
                        + "(written by this test), then regenerate the SPA types: cd frontend && npm run api:types");
    }
}
