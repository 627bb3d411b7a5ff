package eu.makethedifference.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract, called by integration clients: one with none of the scopes the operation
 * lists is refused (403), one with exactly those scopes is not; an operation that lists none is closed to a
 * client with every scope.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class ClientScopeContractTest {
    private static final List<String> ALL = List.of(
            "directory:read",
            "agreements:read",
            "trainings:read",
            "trainings:write",
            "referrals:read",
            "referrals:write",
            "mentoring:read");

    @Inject
    RateLimitFilter rateLimit;

    private record Op(String method, String path, List<String> scopes, String mediaType) {}

    private static List<Op> operations() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.contractFile()));
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode security = op.getValue().get("security");
                if (security == null || security.isEmpty()) {
                    continue; // public
                }
                List<String> scopes = new ArrayList<>();
                for (JsonNode requirement : security) {
                    JsonNode client = requirement.get("clientCredentials");
                    if (client != null) {
                        client.forEach(s -> scopes.add(s.asText()));
                    }
                }
                JsonNode content = op.getValue().path("requestBody").path("content");
                String mediaType = content.isObject() && !content.isEmpty()
                        ? content.properties().iterator().next().getKey()
                        : "application/json";
                ops.add(new Op(op.getKey().toUpperCase(), path.getKey(), scopes, mediaType));
            }
        }
        return ops;
    }

    private String token(String[] client) {
        rateLimit.reset();
        return IntegrationClientTest.accessToken(client[0], client[1]);
    }

    private Response call(Op op, String token) {
        rateLimit.reset();
        String path = op.path()
                .replaceAll("\\{number}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        return given().header("Authorization", "Bearer " + token)
                .contentType(op.mediaType())
                .header("If-Match", "\"0\"")
                .body(
                        op.method().equals("GET") || op.method().equals("DELETE")
                                ? new byte[0]
                                : op.mediaType().contains("json") ? "{}".getBytes() : new byte[] {'x'})
                .request(op.method(), path);
    }

    @Test
    void shouldEnforceTheScopesTheContractStatesOnEveryOperation() throws Exception {
        String[] all = IntegrationClientTest.register(Api.ORG_SI_WELFARE, ALL, 10000);
        String everything = token(all);
        List<Op> ops = operations();
        assertTrue(ops.size() > 100, "operations: " + ops.size());
        int open = 0;
        List<String> wrong = new ArrayList<>();
        for (Op op : ops) {
            if (op.scopes().isEmpty()) {
                int status = call(op, everything).statusCode();
                if (status != 403) {
                    wrong.add(op.method() + " " + op.path() + " open to clients: " + status);
                }
                continue;
            }
            open++;
            List<String> others = new ArrayList<>(ALL);
            others.removeAll(op.scopes());
            String[] without = IntegrationClientTest.register(Api.ORG_SI_WELFARE, others, 10000);
            int refused = call(op, token(without)).statusCode();
            String[] with = IntegrationClientTest.register(Api.ORG_SI_WELFARE, op.scopes(), 10000);
            int allowed = call(op, token(with)).statusCode();
            if (refused != 403 || allowed == 403 || allowed == 401) {
                wrong.add(op.method() + " " + op.path() + ": without its scopes " + refused + ", with them " + allowed);
            }
        }
        assertTrue(open >= 20, "operations open to clients: " + open);
        assertEquals(List.of(), wrong);
    }
}
