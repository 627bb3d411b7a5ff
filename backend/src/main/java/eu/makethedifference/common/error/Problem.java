package eu.makethedifference.common.error;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "RFC 9457 problem details. `code` is stable and meant for programs; `title` and `detail` for people.")
public record Problem(
        @Schema(
                description = "URI reference identifying the problem type",
                example = "urn:mtd:problem:not_found",
                maxLength = 200)
        String type,

        @Schema(description = "Short summary of the problem type", example = "Not found", maxLength = 200)
        String title,

        @Schema(description = "HTTP status code", example = "404", minimum = "100", maximum = "599", format = "int32")
        int status,

        @Schema(description = "Explanation of this occurrence", maxLength = 1000)
        String detail,

        @Schema(description = "The request path", example = "/api/v1/organisations/4f1c...", maxLength = 2000)
        String instance,

        @Schema(description = "Stable machine-readable code", example = "not_found", maxLength = 100)
        String code,

        @Schema(description = "Invalid fields, for validation errors", maxItems = 100)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeOf(String code) {
        return "urn:mtd:problem:" + code;
    }
}
