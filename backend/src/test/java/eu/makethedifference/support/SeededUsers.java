package eu.makethedifference.support;

import io.restassured.specification.RequestSpecification;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Accounts written straight into the database, each with an open session, for tests that need many people
 * (seat races, the waiting list). No password hash is computed: these accounts cannot log in, they call the
 * API with access tokens signed by the test signing key for their session, which the server accepts exactly
 * like the tokens it issues itself (the session row is what it checks).
 */
public final class SeededUsers {
    private static PrivateKey signingKey;

    private SeededUsers() {}

    private static synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            signingKey = Jwts.applicationKey();
        }
        return signingKey;
    }

    public record Person(UUID id, UUID sessionId, String email, String displayName, String role) {
        /** A fresh access token of this person's session. */
        public String token() {
            return Jwts.rs256(Jwts.accessClaims(id.toString(), sessionId.toString(), role), signingKey());
        }

        /** A request validated against the contract, as this person. */
        public RequestSpecification api() {
            return Api.withToken(token());
        }
    }

    public static Person professional(UUID region, UUID organisation) {
        return create("PROFESSIONAL", region, organisation, 1).get(0);
    }

    public static List<Person> professionals(UUID region, UUID organisation, int count) {
        return create("PROFESSIONAL", region, organisation, count);
    }

    public static Person mentor(UUID region) {
        return create("MENTOR", region, null, 1).get(0);
    }

    public static Person coordinator(UUID region) {
        return create("COORDINATOR", region, null, 1).get(0);
    }

    /** {@code count} enabled accounts of one role, region and organisation (null for none). */
    public static List<Person> create(String role, UUID region, UUID organisation, int count) {
        List<Person> people = new ArrayList<>();
        try (Connection c = Db.connect();
                PreparedStatement user = c.prepareStatement("""
                        insert into app_user (id, email, display_name, preferred_language, role, organisation_id,
                                              password_hash)
                        values (?, ?, ?, 'en', ?, ?, 'seeded-without-password')
                        """);
                PreparedStatement membership =
                        c.prepareStatement("insert into user_region (user_id, region_id) values (?, ?)");
                PreparedStatement session = c.prepareStatement(
                        "insert into auth_session (id, user_id, expires_at) values (?, ?, now() + interval '2 hours')")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                UUID sessionId = UUID.randomUUID();
                String shortId = id.toString().substring(0, 8);
                String email = role.toLowerCase() + "-" + id + "@seeded.example.org";
                String name = "Seeded " + role.toLowerCase() + " " + shortId;
                user.setObject(1, id);
                user.setString(2, email);
                user.setString(3, name);
                user.setString(4, role);
                user.setObject(5, organisation);
                user.addBatch();
                membership.setObject(1, id);
                membership.setObject(2, region);
                membership.addBatch();
                session.setObject(1, sessionId);
                session.setObject(2, id);
                session.addBatch();
                people.add(new Person(id, sessionId, email, name, role));
            }
            user.executeBatch();
            membership.executeBatch();
            session.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return people;
    }
}
