package eu.makethedifference.common.rest;

import eu.makethedifference.common.error.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above 1 MB (uploads of documents: 5 MB) with a problem-details 413 before they are
 * read. (The HTTP layer's own limit, quarkus.http.limits.max-body-size, is a little higher and catches bodies
 * sent without a length.)
 */
public class BodyLimitFilter {
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    public static final long MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("^/api/v1/referrals/[^/]+/consent/document$");

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_request", "Content-Length is not a number.");
        }
        boolean document =
                DOCUMENT_UPLOAD.matcher(request.getUriInfo().getPath()).matches();
        if (bytes > (document ? MAX_DOCUMENT_BYTES : MAX_BODY_BYTES)) {
            throw new ApiException(
                    413,
                    "payload_too_large",
                    "Payload too large",
                    "The request body is larger than " + (document ? "5" : "1") + " MB.");
        }
    }
}
