package eu.makethedifference.common.rest;

import eu.makethedifference.common.error.ApiException;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Strong ETags made of the row version: {@code "3"}. Updates must send it back in {@code If-Match}. */
public final class Etags {
    private Etags() {}

    /** The version the client last saw; 428 without If-Match, 412 for a malformed one. */
    public static int requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    428,
                    "precondition_required",
                    "Precondition required",
                    "Send the resource's ETag in If-Match to update it.");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /** 412 when the client's version is not the current one. */
    public static void check(int expected, int current) {
        if (expected != current) {
            throw stale();
        }
    }

    /** 200 with the body and its version as the ETag. */
    public static <T> RestResponse<T> ok(T body, int version) {
        return RestResponse.ResponseBuilder.ok(body)
                .tag(String.valueOf(version))
                .build();
    }

    /** 201 with the body, its Location and its version as the ETag. */
    public static <T> RestResponse<T> created(T body, String location, int version) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body)
                .location(URI.create(location))
                .tag(String.valueOf(version))
                .build();
    }

    public static ApiException stale() {
        return new ApiException(
                412,
                "precondition_failed",
                "Precondition failed",
                "The resource was changed by someone else. Reload it and try again.");
    }
}
