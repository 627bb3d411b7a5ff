package eu.makethedifference.common.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Converts values of native queries and prepares values for storage, the same way in every feature. */
public final class SqlValues {
    private SqlValues() {}

    /** The current instant at PostgreSQL's precision, so what a write returns equals what a read returns. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A {@code timestamptz} column of a native query. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected time type " + value.getClass());
        };
    }

    /** A {@code date} column of a native query. */
    public static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> throw new IllegalStateException("unexpected date type " + value.getClass());
        };
    }

    /** A {@code uuid[]} column, from JDBC or from a native query. */
    public static List<UUID> uuids(Object value) {
        List<UUID> out = new ArrayList<>();
        Object[] items;
        try {
            items = switch (value) {
                case null -> new Object[0];
                case Array array -> (Object[]) array.getArray();
                case Object[] array -> array;
                default -> throw new IllegalStateException("unexpected array type " + value.getClass());
            };
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an array column", e);
        }
        for (Object item : items) {
            out.add((UUID) item);
        }
        return out;
    }

    /** Optional text is stored trimmed, and as null when blank. */
    public static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
