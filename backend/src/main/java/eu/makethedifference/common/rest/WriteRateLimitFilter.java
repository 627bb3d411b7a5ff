package eu.makethedifference.common.rest;

import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes per signed-in account: fixed one-minute windows, counted per app instance. Every change answers with
 * the policy and what is left of it ({@code RateLimit-Policy: "writes";q=300;w=60} and {@code RateLimit:
 * "writes";r=299;t=42}, after the IETF RateLimit header fields draft); beyond the limit 429 with {@code
 * Retry-After}.
 */
@Provider
@Singleton
@Priority(Priorities.USER - 100)
public class WriteRateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String STATE = WriteRateLimitFilter.class.getName();

    private record Left(int limit, int remaining, long resetSeconds) {}

    private final FixedWindows windows = new FixedWindows();

    @Inject
    Instance<AppConfig> config;

    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!WRITES.contains(ctx.getMethod())) {
            return;
        }
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return;
        }
        Caller.Client client = caller.get().client();
        int limit = client != null
                ? client.writesPerMinute()
                : config.get().rateLimit().writesPerMinute();
        FixedWindows.Hit hit = windows.hit(
                client != null ? "client " + client.id() : caller.get().userId().toString());
        long reset = hit.resetSeconds();
        if (hit.count() > limit) {
            throw new ApiException(
                    429,
                    "too_many_requests",
                    "Too many requests",
                    "Too many changes from this account in a minute; try again later.",
                    List.of(),
                    Map.of(
                            "Retry-After", String.valueOf(reset),
                            "RateLimit-Policy", policy(limit),
                            "RateLimit", "\"writes\";r=0;t=" + reset));
        }
        ctx.setProperty(STATE, new Left(limit, limit - hit.count(), reset));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof Left left) {
            response.getHeaders().putSingle("RateLimit-Policy", policy(left.limit()));
            response.getHeaders()
                    .putSingle("RateLimit", "\"writes\";r=" + left.remaining() + ";t=" + left.resetSeconds());
        }
    }

    private static String policy(int limit) {
        return "\"writes\";q=" + limit + ";w=60";
    }

    /** Forgets all windows (tests). */
    public void reset() {
        windows.clear();
    }
}
