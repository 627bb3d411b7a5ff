package eu.makethedifference.common.rest;

import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Fixed one-minute windows per client address and path for {@link RateLimited} endpoints: a flood from one
 * address gets 429 with Retry-After. Counted per app instance.
 */
@Provider
@RateLimited
@Singleton
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {
    private final FixedWindows windows = new FixedWindows();

    @Inject
    Instance<AppConfig> config;

    @Inject
    CurrentVertxRequest currentRequest;

    @Override
    public void filter(ContainerRequestContext ctx) {
        RoutingContext rc = currentRequest.getCurrent();
        String address = rc == null || rc.request().remoteAddress() == null
                ? "unknown"
                : rc.request().remoteAddress().hostAddress();
        String key = address + " "
                + ctx.getUriInfo().getMatchedURIs().stream().reduce((a, b) -> b).orElse("");
        FixedWindows.Hit hit = windows.hit(key);
        if (hit.count() > config.get().rateLimit().publicPerMinute()) {
            throw new ApiException(
                    429,
                    "too_many_requests",
                    "Too many requests",
                    "Too many requests from this address; try again later.",
                    List.of(),
                    Map.of("Retry-After", String.valueOf(hit.resetSeconds())));
        }
    }

    /** Forgets all windows (tests). */
    public void reset() {
        windows.clear();
    }
}
