package eu.makethedifference.common.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code Idempotency-Key} on creating POSTs. The key, the caller and a hash of the request (method, path and the
 * parameters the method received) are written in the same transaction as whatever the request creates, together
 * with the response; a retry with the same key and request gets that response again ({@code
 * Idempotent-Replayed: true}) for 24 hours, the same key with another request 422, and a retry while the first is
 * still running 409 (a transaction-scoped advisory lock on the key), so parallel duplicates create exactly one
 * record. A request that fails stores nothing and can be retried with its key. Keys are scoped to the caller;
 * anonymous requests ignore the header.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // outside @Transactional (PLATFORM_BEFORE + 200)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String PATTERN = "^[\\x21-\\x7E]{1,255}$";
    private static final Pattern KEY = Pattern.compile(PATTERN);
    private static final List<String> KEPT_HEADERS = List.of("Location", "ETag", "Content-Type");

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    CallerContext callers;

    @Inject
    ObjectMapper mapper;

    @Inject
    Jdbc jdbc;

    private record Stored(String requestHash, int status, Map<String, String> headers, String body) {}

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        RoutingContext rc = currentRequest.getCurrent();
        String key = rc == null ? null : rc.request().getHeader(HEADER);
        Optional<Caller> caller = key == null ? Optional.empty() : callers.current();
        if (caller.isEmpty()) {
            return ctx.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest(
                    "invalid_idempotency_key", "Idempotency-Key must be 1 to 255 visible ASCII characters.");
        }
        String scope = "user:" + caller.get().userId();
        String hash = hash(rc.request().method().name() + " " + rc.request().path() + "\n"
                + mapper.writeValueAsString(ctx.getParameters()));
        try {
            return QuarkusTransaction.requiringNew().call(() -> once(ctx, scope, key, hash));
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Object once(InvocationContext ctx, String scope, String key, String hash) throws Exception {
        boolean mine = jdbc.one(
                        "select pg_try_advisory_xact_lock(hashtextextended(?, 7))",
                        rs -> rs.getBoolean(1),
                        scope + "\n" + key)
                .orElse(false);
        if (!mine) {
            throw new ApiException(
                    409,
                    "idempotency_key_in_use",
                    "Conflict",
                    "A request with this Idempotency-Key is still running; retry in a moment.",
                    List.of(),
                    Map.of("Retry-After", "1"));
        }
        jdbc.update(
                "delete from idempotency_key where caller = ? and key = ? and created_at < now() - interval '24 hours'",
                scope,
                key);
        Optional<Stored> stored = jdbc.one(
                "select request_hash, status, headers::text, body from idempotency_key where caller = ? and key = ?",
                rs -> new Stored(rs.getString(1), rs.getInt(2), headers(rs.getString(3)), rs.getString(4)),
                scope,
                key);
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(hash)) {
                throw new ApiException(
                        422,
                        "idempotency_key_reused",
                        "Unprocessable request",
                        "This Idempotency-Key was used for a different request.",
                        List.of(),
                        Map.of());
            }
            return replay(stored.get());
        }
        Object result = ctx.proceed();
        if (!(result instanceof RestResponse<?> response)) {
            throw new IllegalStateException("@Idempotent needs a RestResponse: " + ctx.getMethod());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String s ? s : mapper.writeValueAsString(entity);
        jdbc.update("""
                insert into idempotency_key (caller, key, request_hash, status, headers, body)
                values (?, ?, ?, ?, ?::jsonb, ?)
                """, scope, key, hash, response.getStatus(), mapper.writeValueAsString(headers), body);
        return result;
    }

    private static RestResponse<String> replay(Stored s) {
        RestResponse.ResponseBuilder<String> b = RestResponse.ResponseBuilder.<String>create(s.status())
                .entity(s.body())
                .header(REPLAYED, "true");
        s.headers().forEach(b::header);
        if (!s.headers().containsKey("Content-Type") && s.body() != null) {
            b.type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        }
        return b.build();
    }

    private Map<String, String> headers(String json) {
        try {
            return mapper.readerForMapOf(String.class).readValue(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
