package eu.makethedifference.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test helpers: log in as a demo account, and send requests whose request and response are validated
 * against the committed contract (openapi/openapi.yaml).
 */
public final class Api {
    public static final String PASSWORD = "demo-password-2026";
    public static final String ADMIN = "admin@example.org";
    public static final String COORDINATOR_SI = "coordinator.si@example.org";
    public static final String COORDINATOR_DE = "coordinator.de@example.org";
    public static final String ADDICTION_SI = "addiction.si@example.org";
    public static final String WELFARE_SI = "welfare.si@example.org";
    public static final String WELFARE_DE = "welfare.de@example.org";
    public static final String MENTOR_SI = "mentor.si@example.org";

    public static final UUID REGION_SI = demoId("region:si");
    public static final UUID REGION_DE = demoId("region:de");
    public static final UUID ORG_SI_ADDICTION = demoId("org:si-addiction");
    public static final UUID ORG_SI_WELFARE = demoId("org:si-welfare");
    public static final UUID ORG_DE_WELFARE = demoId("org:de-welfare");
    public static final UUID ORG_DE_ADDICTION = demoId("org:de-addiction");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static OpenApiValidationFilter validation;
    private static OpenApiValidationFilter responseValidation;

    private Api() {}

    public static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("mtd-demo:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static UUID userId(String email) {
        return demoId("user:" + email);
    }

    /** The committed contract; tests run from backend/. */
    public static Path contractFile() {
        return Path.of("..", "openapi", "openapi.yaml").toAbsolutePath().normalize();
    }

    /** What a client of the API accepts: JSON, and problem details for errors. */
    public static final String ACCEPT = "application/json, application/problem+json";

    /** A request validated against the contract, anonymous. */
    public static RequestSpecification anonymous() {
        return given().filter(validation()).contentType(ContentType.JSON).accept(ACCEPT);
    }

    /** A request validated against the contract, as the given demo account (a fresh session per test run). */
    public static RequestSpecification as(String email) {
        return anonymous().header("Authorization", "Bearer " + token(email));
    }

    /** A request validated against the contract, carrying the given access token (e.g. a forged one). */
    public static RequestSpecification withToken(String accessToken) {
        return anonymous().header("Authorization", "Bearer " + accessToken);
    }

    /**
     * For requests the contract deliberately forbids (a page size above the cap, a missing If-Match, no token
     * on a secured operation...): the request is not checked, but the response still must be one the contract
     * documents. {@code email} null: anonymous.
     */
    public static RequestSpecification responseOnly(String email) {
        RequestSpecification spec = given().filter(responseValidation())
                .contentType(ContentType.JSON)
                .accept(ACCEPT);
        return email == null ? spec : spec.header("Authorization", "Bearer " + token(email));
    }

    /** A request without contract validation, for deliberately broken input. */
    public static RequestSpecification raw(String email) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return email == null ? spec : spec.header("Authorization", "Bearer " + token(email));
    }

    public static String token(String email) {
        return TOKENS.computeIfAbsent(email, e -> login(e, PASSWORD).accessToken());
    }

    public record Tokens(String accessToken, String refreshToken) {}

    /** A new session for the account. */
    public static Tokens login(String email, String password) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Tokens(body.getString("accessToken"), body.getString("refreshToken"));
    }

    /** Forget cached tokens, e.g. after a test ended a user's sessions. */
    public static void forget(String email) {
        TOKENS.remove(email);
    }

    private static synchronized OpenApiValidationFilter responseValidation() {
        if (responseValidation == null) {
            try {
                String spec = Files.readString(contractFile());
                responseValidation =
                        new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                                .withLevelResolver(LevelResolver.create()
                                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                        .build())
                                .build());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return responseValidation;
    }

    private static synchronized OpenApiValidationFilter validation() {
        if (validation == null) {
            try {
                String spec = Files.readString(contractFile());
                validation =
                        new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                                .build());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return validation;
    }
}
