package eu.makethedifference.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid field of a request")
public record FieldError(
        @Schema(description = "Path of the field, e.g. `email` or `regionIds[0]`", maxLength = 200)
        String field,

        @Schema(description = "What is wrong with it", maxLength = 500)
        String message) {}
