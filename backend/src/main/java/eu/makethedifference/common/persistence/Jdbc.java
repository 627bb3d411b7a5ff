package eu.makethedifference.common.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL for hot paths, without ORM work: one statement, positional parameters, rows mapped by the caller.
 * Connections join the current transaction. Parameters: null, String, Integer, Long, Boolean, UUID, Instant,
 * LocalDate, byte[], an enum (its name), UUID[] and String[] (PostgreSQL arrays).
 */
@ApplicationScoped
public class Jdbc {
    @Inject
    AgroalDataSource dataSource;

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            int n = i + 1;
            switch (params[i]) {
                case null -> ps.setObject(n, null);
                case Instant t -> ps.setObject(n, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                case Enum<?> e -> ps.setString(n, e.name());
                case UUID[] ids -> ps.setArray(n, c.createArrayOf("uuid", ids));
                case String[] texts -> ps.setArray(n, c.createArrayOf("varchar", texts));
                case byte[] bytes -> ps.setBytes(n, bytes);
                default -> ps.setObject(n, params[i]);
            }
        }
        return ps;
    }

    /** A failed statement; constraint violations keep their SQLState for the problem mapper. */
    public static class DataAccessException extends RuntimeException {
        public DataAccessException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
