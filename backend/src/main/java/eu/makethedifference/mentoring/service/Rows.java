package eu.makethedifference.mentoring.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Column readers for the mentoring feature's plain SQL. */
final class Rows {
    private Rows() {}

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null
                ? List.of()
                : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }

    static <E extends Enum<E>> List<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        List<E> out = new ArrayList<>();
        for (String s : strings(rs, column)) {
            out.add(Enum.valueOf(type, s));
        }
        return out;
    }

    static <E extends Enum<E>> E enumOrNull(ResultSet rs, String column, Class<E> type) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Whole years from a birth month (the first of the month) to a day. */
    static Integer age(Integer birthYear, Integer birthMonth, LocalDate on) {
        return birthYear == null || birthMonth == null
                ? null
                : Period.between(LocalDate.of(birthYear, birthMonth, 1), on).getYears();
    }

    static String[] names(List<? extends Enum<?>> values) {
        return values == null
                ? new String[0]
                : values.stream().map(Enum::name).distinct().toArray(String[]::new);
    }
}
