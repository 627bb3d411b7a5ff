package eu.makethedifference.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.makethedifference.audit.service.AuditService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem details. Never a stack trace or class name. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * Unique constraints that stand for a business rule: a concurrent request that passes the rule's check
     * and then hits the constraint gets the rule's own problem code, not the generic "conflict".
     */
    private static final Map<String, String> UNIQUE_RULES = Map.of(
            "help_offer_one_mentoring_programme", "mentoring_programme_exists",
            "match_one_open_per_child", "child_already_matched",
            "match_one_open_per_mentor", "mentor_already_matched");

    private static volatile byte[] spaIndex;

    @Inject
    AuditService audit;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        if (e.deniedObjectType() != null) {
            audit.recordDenied(
                    "ACCESS_DENIED", e.deniedObjectType(), e.deniedObjectId(), request.method() + " " + request.path());
        } else if (e.status() == 403) {
            audit.recordDenied("ACCESS_DENIED", null, null, request.method() + " " + request.path());
        }
        Response.ResponseBuilder builder =
                problem(e.status(), e.code(), e.title(), e.getMessage(), e.errors(), request);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return problem(
                        400,
                        "validation_failed",
                        "Validation failed",
                        "The request has invalid fields.",
                        errors,
                        request)
                .build();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = jsonPath(e);
        return problem(
                        400,
                        "unknown_property",
                        "Unknown property",
                        "The request has a property this operation does not accept: " + field,
                        List.of(new FieldError(field, "unknown property")),
                        request)
                .build();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e);
        return problem(
                        400,
                        "malformed_request",
                        "Malformed request",
                        "A property has the wrong type or format.",
                        field.isEmpty() ? List.of() : List.of(new FieldError(field, "wrong type or format")),
                        request)
                .build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        return problem(
                        400,
                        "malformed_json",
                        "Malformed JSON",
                        "The request body is not valid JSON.",
                        List.of(),
                        request)
                .build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        if (request.getHeader("Authorization") != null) {
            audit.recordDenied("TOKEN_REFUSED", null, null, request.path());
        }
        return problem(
                        401,
                        "unauthenticated",
                        "Unauthenticated",
                        "A valid access token is required.",
                        List.of(),
                        request)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        audit.recordDenied("ACCESS_DENIED", null, null, request.method() + " " + request.path());
        return problem(403, "forbidden", "Forbidden", "Your role may not do this.", List.of(), request)
                .build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, HttpServerRequest request) {
        return preconditionFailed(request);
    }

    public static Response preconditionFailed(HttpServerRequest request) {
        return problem(
                        412,
                        "precondition_failed",
                        "Precondition failed",
                        "The resource was changed by someone else. Reload it and try again.",
                        List.of(),
                        request)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (an unknown enum value, a
            // malformed UUID or instant): that is a bad request, not a missing resource.
            return problem(
                            400,
                            "validation_failed",
                            "Validation failed",
                            "A path or query parameter has the wrong type or format.",
                            List.of(),
                            request)
                    .build();
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps parse errors (broken or truncated JSON) in a plain 400.
            return switch (json) {
                case UnrecognizedPropertyException unknown -> unknownProperty(unknown, request);
                case MismatchedInputException mismatched -> mismatchedInput(mismatched, request);
                default -> malformedJson(json, request);
            };
        }
        if (e instanceof NotFoundException && isSpaRoute(request)) {
            byte[] index = spaIndex();
            if (index != null) {
                return Response.ok(index, "text/html;charset=UTF-8")
                        .header("Cache-Control", "no-cache")
                        .build();
            }
        }
        String code = switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "The resource does not exist.";
            case 405 -> "This method is not allowed here.";
            case 415 -> "Send the body as application/json.";
            default -> title;
        };
        Response.ResponseBuilder builder = problem(status, code, title, detail, List.of(), request);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Throwable databaseFault = databaseFault(e);
        if (databaseFault instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
            String constraint = sql.getMessage() == null ? "" : sql.getMessage();
            Map.Entry<String, String> known = UNIQUE_RULES.entrySet().stream()
                    .filter(rule -> constraint.contains("\"" + rule.getKey() + "\""))
                    .findFirst()
                    .orElse(Map.entry("", "conflict"));
            return problem(
                            409,
                            known.getValue(),
                            "Conflict",
                            "A resource with these values exists already.",
                            List.of(),
                            request)
                    .build();
        }
        if (databaseFault != null) {
            LOG.warnf("Database unavailable: %s", databaseFault.getMessage());
            return problem(
                            503,
                            "service_unavailable",
                            "Service unavailable",
                            "The service is temporarily unavailable. Try again shortly.",
                            List.of(),
                            request)
                    .header("Retry-After", "5")
                    .build();
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s %s", id, request.method(), request.path());
        return problem(
                        500,
                        "internal_error",
                        "Internal error",
                        "Something went wrong on our side. Reference: " + id,
                        List.of(),
                        request)
                .build();
    }

    static Response.ResponseBuilder problem(
            int status, String code, String title, String detail, List<FieldError> errors, HttpServerRequest request) {
        Problem body = new Problem(
                Problem.typeOf(code),
                title,
                status,
                detail,
                request == null ? null : request.path(),
                code,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** Walks the cause chain for a connection failure (503) or a constraint violation (409). */
    private static Throwable databaseFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return t;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || "23505".equals(state)) {
                    return t;
                }
            }
            if (t.getClass().getName().startsWith("io.agroal") && t.getMessage() != null) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && i + 1 < nodes.size()) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(node.getName());
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static boolean isSpaRoute(HttpServerRequest request) {
        String path = request.path();
        return "GET".equals(request.method().name())
                && !path.startsWith("/api/")
                && !path.startsWith("/q/")
                && !path.equals("/api");
    }

    private static byte[] spaIndex() {
        byte[] cached = spaIndex;
        if (cached == null) {
            try (InputStream in = Thread.currentThread()
                    .getContextClassLoader()
                    .getResourceAsStream("META-INF/resources/index.html")) {
                cached = in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                cached = new byte[0];
            }
            spaIndex = cached;
        }
        return cached.length == 0 ? null : cached;
    }
}
