package eu.makethedifference.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** Direct JDBC access to the test database, for checks the API cannot show (audit rows, counts). */
public final class Db {
    private Db() {}

    public static Connection connect() throws SQLException {
        return PostgresResource.postgres().getPostgresDatabase().getConnection();
    }

    /** The single number a query such as {@code select count(*) ...} returns. */
    public static long count(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, or empty. */
    public static Optional<String> string(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement; SQL errors are thrown as they are. */
    public static int execute(String sql, Object... params) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /**
     * Waits until the count reaches {@code expected} (denied-access audit rows may be written just after the
     * response), then checks that it is exactly {@code expected}.
     */
    public static void awaitCount(long expected, String sql, Object... params) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long actual = count(sql, params);
        while (actual < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            actual = count(sql, params);
        }
        if (actual != expected) {
            fail("expected " + expected + " rows but found " + actual + " for: " + sql);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
