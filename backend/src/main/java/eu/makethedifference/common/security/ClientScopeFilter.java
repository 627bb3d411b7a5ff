package eu.makethedifference.common.security;

import eu.makethedifference.common.error.ApiException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** Integration clients reach only the operations that name one of their scopes (403 insufficient_scope). */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ClientScopeFilter implements ContainerRequestFilter {
    @Inject
    CallerContext callers;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext ctx) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty() || caller.get().client() == null) {
            return;
        }
        List<String> accepted = accepted(resource.getResourceMethod());
        if (accepted.stream().noneMatch(caller.get().client().scopes()::contains)) {
            throw new ApiException(
                    403,
                    "insufficient_scope",
                    "Forbidden",
                    accepted.isEmpty()
                            ? "Integration clients may not use this operation."
                            : "This operation needs one of the scopes " + String.join(", ", accepted) + ".");
        }
    }

    /** The scopes an operation accepts from clients; empty when it is closed to them. */
    public static List<String> accepted(Method method) {
        if (method == null) {
            return List.of();
        }
        return Arrays.stream(method.getAnnotationsByType(Extension.class))
                .filter(e -> ClientScopes.EXTENSION.equals(e.name()))
                .flatMap(e -> Arrays.stream(e.value().split(" ")))
                .toList();
    }
}
