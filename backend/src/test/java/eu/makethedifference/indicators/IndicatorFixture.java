package eu.makethedifference.indicators;

import eu.makethedifference.support.Db;
import eu.makethedifference.support.SeededUsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A region of its own (Europe/Ljubljana) with a year of known activity in 2025 ({@code indicator-fixture.sql}),
 * written straight into the database. The expected figures are worked out by hand in {@link IndicatorTest}.
 */
final class IndicatorFixture {
    final UUID region = UUID.randomUUID();
    final String name = "Indicators " + region.toString().substring(0, 8);
    final SeededUsers.Person coordinator;

    IndicatorFixture() {
        UUID addiction = UUID.randomUUID();
        UUID welfare = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        exec("insert into region (id, name, country_code, default_language, time_zone)"
                + " values ('" + region + "', '" + name + "', 'SI', 'sl', 'Europe/Ljubljana');"
                + " insert into organisation (id, region_id, name, help_system) values"
                + " ('" + addiction + "', '" + region + "', 'Addiction care', 'ADDICTION_CARE'),"
                + " ('" + welfare + "', '" + region + "', 'Youth welfare', 'YOUTH_WELFARE'),"
                + " ('" + school + "', '" + region + "', 'School', 'SCHOOL')");
        coordinator = SeededUsers.coordinator(region);
        String sql;
        try (InputStream in = IndicatorFixture.class.getResourceAsStream("/indicator-fixture.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        exec(sql.replace(":R", region.toString())
                .replace(":A", addiction.toString())
                .replace(":W", welfare.toString())
                .replace(":S", school.toString())
                .replace(":C", coordinator.id().toString())
                .replace(":P1", SeededUsers.professional(region, welfare).id().toString())
                .replace(":P2", SeededUsers.professional(region, addiction).id().toString())
                .replace(":P3", SeededUsers.professional(region, welfare).id().toString())
                .replace(":M1", SeededUsers.mentor(region).id().toString()));
    }

    private static void exec(String sql) {
        try (Connection c = Db.connect();
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
