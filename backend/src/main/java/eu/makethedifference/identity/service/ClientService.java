package eu.makethedifference.identity.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.common.security.SessionAugmentor;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Integration clients: other systems that call the API with OAuth 2.0 client credentials, acting for one
 * organisation (as its professionals would, never more) within their scopes. ADMIN registers them anywhere, a
 * coordinator in their regions. The secret is shown once and stored as a SHA-256 hash (it is 256 random bits);
 * after a rotation the old secret still works for a grace period.
 */
@ApplicationScoped
public class ClientService {
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Inject
    AppConfig config;

    @Schema(name = "IntegrationClient", description = "Another system that calls the API for an organisation")
    public record Client(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName,
            @Schema(required = true) UUID regionId,

            @Schema(
                    required = true,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = ClientScopes.Scope.class,
                    maxItems = 7)
            List<String> scopes,

            @Schema(
                    required = true,
                    format = "int32",
                    minimum = "1",
                    maximum = "10000",
                    description = "Changes a minute")
            int writesPerMinute,

            @Schema(required = true) boolean enabled,

            @Schema(description = "Until when the secret before the last rotation is still accepted")
            Instant previousSecretValidUntil,

            @Schema(required = true) Instant createdAt,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version) {}

    @Schema(name = "IntegrationClientSecret", description = "A client and its new secret, shown this once")
    public record WithSecret(
            @Schema(required = true) Client client,

            @Schema(required = true, maxLength = 100, description = "Keep it safe: it is not shown again")
            String clientSecret) {}

    /** An access token for a client (OAuth 2.0 token response). */
    public record Token(String accessToken, long expiresIn, String scope) {}

    private static final String SELECT = """
            select c.*, o.name organisation_name from integration_client c
            join organisation o on o.id = c.organisation_id
            """;

    private static Client row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Client(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getObject("region_id", UUID.class),
                List.of((String[]) rs.getArray("scopes").getArray()),
                rs.getInt("writes_per_minute"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("previous_secret_until") == null
                        ? null
                        : rs.getTimestamp("previous_secret_until").toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private static void requireManager(Caller caller) {
        if (!caller.is(Role.ADMIN) && !caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
    }

    public List<Client> list(Caller caller) {
        requireManager(caller);
        UUID[] regions = caller.is(Role.ADMIN) ? null : caller.regionIds().toArray(UUID[]::new);
        return jdbc.list(
                SELECT + " where ?::uuid[] is null or c.region_id = any(?::uuid[]) order by c.name, c.id",
                ClientService::row,
                regions,
                regions);
    }

    public Client get(Caller caller, UUID id) {
        requireManager(caller);
        Client c = jdbc.one(SELECT + " where c.id = ?", ClientService::row, id)
                .orElseThrow(() -> ApiException.hidden("INTEGRATION_CLIENT", id));
        if (caller.is(Role.COORDINATOR) && !caller.worksIn(c.regionId())) {
            throw ApiException.hidden("INTEGRATION_CLIENT", id);
        }
        return c;
    }

    private static List<String> scopes(List<String> requested) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : requested) {
            if (!ClientScopes.ALL.contains(s)) {
                throw ApiException.invalidField("scopes", "unknown scope " + s);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    @Transactional
    public WithSecret create(
            Caller caller, String name, UUID organisationId, List<String> scopes, int writesPerMinute) {
        requireManager(caller);
        UUID region = jdbc.one(
                        "select region_id from organisation where id = ?",
                        rs -> rs.getObject(1, UUID.class),
                        organisationId)
                .orElseThrow(() -> ApiException.invalidField("organisationId", "unknown organisation"));
        if (caller.is(Role.COORDINATOR) && !caller.worksIn(region)) {
            throw ApiException.invalidField("organisationId", "must be an organisation of your regions");
        }
        List<String> granted = scopes(scopes);
        UUID id = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into app_user (id, email, display_name, preferred_language, role, organisation_id, password_hash,
                                      enabled, client, created_at, updated_at)
                values (?, ?, ?, 'en', 'PROFESSIONAL', ?, '!', true, true, ?, ?)
                """,
                user,
                "client-" + id + "@clients.invalid",
                name.strip() + " (integration client)",
                organisationId,
                now,
                now);
        jdbc.update("insert into user_region (user_id, region_id) values (?, ?)", user, region);
        String secret = secret();
        jdbc.update(
                """
                insert into integration_client (id, name, organisation_id, region_id, user_id, scopes, writes_per_minute,
                                                secret_hash, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                name.strip(),
                organisationId,
                region,
                user,
                granted.toArray(String[]::new),
                writesPerMinute,
                TokenService.hash(secret),
                caller.userId(),
                now,
                now);
        audit.record("INTEGRATION_CLIENT_CREATED", "INTEGRATION_CLIENT", id, region);
        return new WithSecret(get(caller, id), secret);
    }

    @Transactional
    public Client update(
            Caller caller,
            UUID id,
            int version,
            String name,
            List<String> scopes,
            int writesPerMinute,
            boolean enabled) {
        Client c = get(caller, id);
        Etags.check(version, c.version());
        jdbc.update("""
                update integration_client set name = ?, scopes = ?, writes_per_minute = ?, enabled = ?,
                    version = version + 1, updated_at = now() where id = ?
                """, name.strip(), scopes(scopes).toArray(String[]::new), writesPerMinute, enabled, id);
        audit.record(
                enabled ? "INTEGRATION_CLIENT_CHANGED" : "INTEGRATION_CLIENT_DISABLED",
                "INTEGRATION_CLIENT",
                id,
                c.regionId());
        return get(caller, id);
    }

    /** A new secret; the current one keeps working for {@code grace} (zero: no longer at all). */
    @Transactional
    public WithSecret rotate(Caller caller, UUID id, Duration grace) {
        Client c = get(caller, id);
        String secret = secret();
        long seconds = grace.toSeconds();
        jdbc.update("""
                update integration_client set previous_secret_hash = case when ?::bigint > 0 then secret_hash end,
                    previous_secret_until = case when ?::bigint > 0 then now() + make_interval(secs => ?::bigint) end,
                    secret_hash = ?, version = version + 1, updated_at = now() where id = ?
                """, seconds, seconds, seconds, TokenService.hash(secret), id);
        audit.record("INTEGRATION_CLIENT_SECRET_ROTATED", "INTEGRATION_CLIENT", id, c.regionId());
        return new WithSecret(get(caller, id), secret);
    }

    /**
     * Client credentials: an access token for an enabled client whose secret (or, within the grace period, the
     * previous secret) matches, with the requested scopes (all of the client's when none are asked for).
     * Empty when the client or its secret is wrong or the client is disabled; a scope the client does not have
     * is a 400.
     */
    @Transactional
    public Optional<Token> token(String clientId, String secret, String requestedScope) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        record Row(UUID region, boolean enabled, String hash, String previous, List<String> scopes, UUID user) {}
        Optional<Row> row = jdbc.one(
                """
                select region_id, enabled, secret_hash,
                       case when previous_secret_until > now() then previous_secret_hash end, scopes, user_id
                from integration_client where id = ?
                """,
                rs -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getString(4),
                        List.of((String[]) rs.getArray(5).getArray()),
                        rs.getObject(6, UUID.class)),
                id);
        String hash = TokenService.hash(secret == null ? "" : secret);
        boolean matches = row.isPresent()
                && (same(hash, row.get().hash())
                        || (row.get().previous() != null && same(hash, row.get().previous())));
        if (!matches || !row.get().enabled()) {
            audit.recordDenied(
                    "CLIENT_TOKEN_REFUSED",
                    "INTEGRATION_CLIENT",
                    id,
                    row.isEmpty() ? "unknown client" : !matches ? "wrong secret" : "client disabled");
            return Optional.empty();
        }
        List<String> granted = new ArrayList<>(row.get().scopes());
        if (requestedScope != null && !requestedScope.isBlank()) {
            List<String> asked = Arrays.asList(requestedScope.strip().split("\\s+"));
            if (!granted.containsAll(asked)) {
                throw ApiException.badRequest("invalid_scope", "The client does not have all of these scopes.");
            }
            granted = asked;
        }
        String scope = String.join(" ", granted);
        Instant now = Instant.now();
        String access = Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(row.get().user().toString())
                .groups(Set.of(Role.PROFESSIONAL.name()))
                .claim(SessionAugmentor.TOKEN_USE, SessionAugmentor.CLIENT_TOKEN)
                .claim(SessionAugmentor.CLIENT_CLAIM, id.toString())
                .claim(SessionAugmentor.SCOPE_CLAIM, scope)
                .issuedAt(now)
                .expiresAt(now.plus(TOKEN_LIFETIME))
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign();
        audit.recordForClient(
                id, "CLIENT_TOKEN_ISSUED", "INTEGRATION_CLIENT", id, row.get().region());
        return Optional.of(new Token(access, TOKEN_LIFETIME.toSeconds(), scope));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
