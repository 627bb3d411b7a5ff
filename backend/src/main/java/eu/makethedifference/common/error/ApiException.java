package eu.makethedifference.common.error;

import java.util.List;
import java.util.Map;

/**
 * A failure with a stable problem code, rendered as RFC 9457 problem details. Services throw it; the one
 * mapper in {@link ProblemMappers} turns it into the response.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private String deniedObjectType;
    private Object deniedObjectId;

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public ApiException(
            int status,
            String code,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ApiException notFound() {
        return new ApiException(404, "not_found", "Not found", "The resource does not exist.");
    }

    /**
     * "Not yours": the same answer as {@link #notFound()}, so ids cannot be probed, but recorded in the
     * audit log as a denied attempt.
     */
    public static ApiException hidden(String objectType, Object objectId) {
        ApiException e = notFound();
        e.deniedObjectType = objectType;
        e.deniedObjectId = objectId;
        return e;
    }

    public String deniedObjectType() {
        return deniedObjectType;
    }

    public Object deniedObjectId() {
        return deniedObjectId;
    }

    public static ApiException forbidden() {
        return new ApiException(403, "forbidden", "Forbidden", "Your role may not do this.");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, "Conflict", detail);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, "Bad request", detail);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(
                400,
                "validation_failed",
                "Validation failed",
                "The request has invalid fields.",
                List.of(new FieldError(field, message)),
                Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
