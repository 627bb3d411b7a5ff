package eu.makethedifference.common.rest;

import eu.makethedifference.common.security.ClientScopes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation shares, so that the contract lists each one with the
 * problem-details body: 400, 401/403 for secured operations, 404 for operations on one resource, 412/428
 * for conditional updates, 415 for bodies, 429 and 500/503 everywhere.
 */
public class StandardResponsesFilter implements OASFilter {
    private static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents()
                    .getSecuritySchemes()
                    .values()
                    .forEach(scheme -> scheme.setDescription(
                            "Access token (JWT, RS256, at most 15 minutes) from POST /api/v1/auth/login, "
                                    + "issued and verified following RFC8725 (JWT best current practices): fixed algorithm, "
                                    + "issuer and audience checked."));
        }
        if (openAPI.getComponents() != null) {
            Map<String, String> scopes = new java.util.LinkedHashMap<>();
            scopes.put(ClientScopes.DIRECTORY_READ, "Read organisations and help offers");
            scopes.put(ClientScopes.AGREEMENTS_READ, "Read the organisation's cooperation agreements");
            scopes.put(ClientScopes.TRAININGS_READ, "Read trainings and the organisation's enrolments");
            scopes.put(ClientScopes.TRAININGS_WRITE, "Enrol in trainings and cancel enrolments");
            scopes.put(ClientScopes.REFERRALS_READ, "Read the organisation's referrals");
            scopes.put(ClientScopes.REFERRALS_WRITE, "Create, change and submit referrals; record consent");
            scopes.put(ClientScopes.MENTORING_READ, "Mentoring status of the organisation's referrals");
            openAPI.getComponents()
                    .addSecurityScheme(
                            ApiDefinition.CLIENT_SCHEME,
                            OASFactory.createSecurityScheme()
                                    .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.OAUTH2)
                                    .description("Integration clients: OAuth 2.0 client credentials at POST"
                                            + " /api/v1/auth/token (HTTP Basic or form fields); the access token (JWT,"
                                            + " 10 minutes, RS256, issued and verified following RFC8725: fixed"
                                            + " algorithm, issuer and audience checked) carries the scopes. A client"
                                            + " acts for its organisation, as"
                                            + " its professionals would, and only where an operation lists a scope.")
                                    .flows(OASFactory.createOAuthFlows()
                                            .clientCredentials(OASFactory.createOAuthFlow()
                                                    .tokenUrl("/api/v1/auth/token")
                                                    .scopes(scopes))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> decorate(path, method, operation)));
    }

    /** Identifiers and instants get their length bound, as the OWASP rules ask of every string. */
    @Override
    public Schema filterSchema(Schema schema) {
        String format = schema.getFormat();
        boolean isString = schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
        if (isString && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            if ("uuid".equals(format)) {
                schema.setMaxLength(36);
            } else if ("date-time".equals(format)) {
                schema.setMaxLength(35);
            } else if ("date".equals(format)) {
                schema.setMaxLength(10);
            } else if (schema.getRef() != null) {
                schema.setType(null);
            }
        }
        return schema;
    }

    private void decorate(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() != null) {
            // Roles are not OAuth scopes: list them in the description, keep the requirement scope-free.
            List<String> roles = operation.getSecurity().stream()
                    .flatMap(requirement -> requirement.getSchemes().values().stream())
                    .flatMap(List::stream)
                    .distinct()
                    .toList();
            operation.getSecurity().forEach(requirement -> {
                java.util.Map<String, List<String>> schemes = new java.util.LinkedHashMap<>();
                requirement.getSchemes().keySet().forEach(name -> schemes.put(name, List.of()));
                requirement.setSchemes(schemes);
            });
            if (!roles.isEmpty()) {
                String base = operation.getDescription() == null ? "" : operation.getDescription() + " ";
                operation.setDescription(base + "Roles: " + String.join(", ", roles) + ".");
            }
        }
        // @Extension on a resource method lands on the operation, its responses or a response: take it from there.
        Object clientScopes = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(ClientScopes.EXTENSION);
        if (operation.getResponses() != null
                && operation.getResponses().getExtensions() != null
                && operation.getResponses().getExtensions().containsKey(ClientScopes.EXTENSION)) {
            clientScopes = operation.getResponses().getExtensions().get(ClientScopes.EXTENSION);
            operation.getResponses().removeExtension(ClientScopes.EXTENSION);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response :
                    operation.getResponses().getAPIResponses().values()) {
                if (response.getExtensions() != null && response.getExtensions().containsKey(ClientScopes.EXTENSION)) {
                    clientScopes = response.getExtensions().get(ClientScopes.EXTENSION);
                    response.removeExtension(ClientScopes.EXTENSION);
                }
            }
        }
        if (clientScopes != null) {
            operation.removeExtension(ClientScopes.EXTENSION);
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement()
                    .addScheme(
                            ApiDefinition.CLIENT_SCHEME,
                            List.of(clientScopes.toString().split(" "))));
            String base = operation.getDescription() == null ? "" : operation.getDescription() + " ";
            operation.setDescription(base + "Integration clients: scope "
                    + clientScopes.toString().replace(" ", " or ") + ".");
        }
        APIResponses responses = operation.getResponses();
        boolean secured =
                operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        List<Parameter> params = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean conditional = params.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        add(
                responses,
                "400",
                "Invalid request: validation failed, malformed JSON or an unknown property (codes validation_failed, malformed_json, unknown_property)");
        if (secured) {
            add(
                    responses,
                    "401",
                    "Missing, invalid or expired access token, or the session ended (code unauthenticated)");
            add(responses, "403", "The caller's role may not do this (code forbidden)");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, or not visible to the caller (code not_found)");
        }
        if (conditional) {
            add(responses, "412", "If-Match does not match the current version (code precondition_failed)");
            add(responses, "428", "If-Match is missing (code precondition_required)");
        }
        if (hasBody) {
            add(responses, "413", "The body is larger than the limit (code payload_too_large)");
            add(responses, "415", "The body is not application/json (code unsupported_media_type)");
        }
        if (responses.hasAPIResponse("201")
                && params.stream().noneMatch(p -> IdempotencyInterceptor.HEADER.equals(p.getName()))) {
            operation.addParameter(OASFactory.createParameter()
                    .name(IdempotencyInterceptor.HEADER)
                    .in(Parameter.In.HEADER)
                    .description("A key of your choice (1 to 255 visible ASCII characters) that makes a retry safe: the"
                            + " first response is kept 24 hours and returned again, with Idempotent-Replayed: true, for"
                            + " a retry with the same key and request. Keys are scoped to the caller.")
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .pattern(IdempotencyInterceptor.PATTERN)
                            .maxLength(255)));
            add(
                    responses,
                    "409",
                    "A request with the same Idempotency-Key is still running (code idempotency_key_in_use)");
            add(responses, "422", "The Idempotency-Key was used for a different request (code idempotency_key_reused)");
        }
        add(responses, "429", "Too many requests (code too_many_requests)");
        add(responses, "500", "Unexpected error; the detail has a reference for support (code internal_error)");
        add(responses, "503", "The database is unavailable; retry later (code service_unavailable)");
        // Operation-specific errors (e.g. 409 illegal_transition) are problem details too.
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing.getContent() == null) {
                existing.setContent(problemContent());
            }
            return;
        }
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        if ("429".equals(status) || "503".equals(status)) {
            Map<String, org.eclipse.microprofile.openapi.models.headers.Header> headers =
                    new java.util.LinkedHashMap<>();
            headers.put(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema()
                                    .type(List.of(Schema.SchemaType.INTEGER))
                                    .format("int32")
                                    .minimum(java.math.BigDecimal.ONE)
                                    .maximum(java.math.BigDecimal.valueOf(86400))));
            if ("429".equals(status)) {
                headers.put(
                        "RateLimit-Policy",
                        rateLimitHeader("For a signed-in account's changes: the quota (q) per window of w seconds, "
                                + "e.g. \"writes\";q=300;w=60"));
                headers.put(
                        "RateLimit",
                        rateLimitHeader("What is left (r) and the seconds until the window resets (t), "
                                + "e.g. \"writes\";r=0;t=42; also sent on every successful change"));
            }
            response.setHeaders(headers);
        }
        responses.addAPIResponse(status, response);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header rateLimitHeader(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .pattern("^\"writes\";[a-z]=[0-9]+(;[a-z]=[0-9]+)*$")
                        .maxLength(100));
    }
}
