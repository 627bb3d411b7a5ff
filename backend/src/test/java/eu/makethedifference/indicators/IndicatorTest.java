package eu.makethedifference.indicators;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class IndicatorTest {
    private static final String URL = "/api/v1/indicators";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static IndicatorFixture fixture;

    private static synchronized IndicatorFixture fixture() {
        if (fixture == null) {
            fixture = new IndicatorFixture();
        }
        return fixture;
    }

    private static JsonNode report(RequestSpecification spec, String query) {
        Response r = spec.get(URL + "?" + query);
        assertEquals(200, r.statusCode(), r.asString());
        try {
            return JSON.readTree(r.asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture region's 2025 report, as its coordinator sees it. */
    private static JsonNode year2025() {
        IndicatorFixture f = fixture();
        return report(f.coordinator.api(), "from=2025-01&to=2025-12&regionId=" + f.region)
                .get("regions")
                .get(0);
    }

    private static JsonNode figure(JsonNode region, String indicator, String breakdown) {
        for (JsonNode f : region.get("figures")) {
            if (f.get("indicator").asText().equals(indicator)
                    && (breakdown == null
                            ? !f.has("breakdown")
                            : breakdown.equals(f.path("breakdown").asText()))) {
                return f;
            }
        }
        throw new AssertionError("no figure " + indicator + "/" + breakdown);
    }

    /** The value of a figure: a number, "suppressed", or "-" when there is none. */
    private static String shown(JsonNode cell) {
        if (cell.get("suppressed").asBoolean()) {
            assertFalse(cell.has("value"), "a suppressed cell carries no number: " + cell);
            return "suppressed";
        }
        return cell.has("value") ? cell.get("value").asText() : "-";
    }

    /** The twelve months of a figure, as {@link #shown}, joined with spaces. */
    private static String months(JsonNode figure) {
        List<String> out = new ArrayList<>();
        figure.get("monthly").forEach(c -> out.add(shown(c)));
        return String.join(" ", out);
    }

    private static void expect(JsonNode region, String indicator, String breakdown, String total, String monthly) {
        JsonNode f = figure(region, indicator, breakdown);
        assertEquals(total, shown(f), indicator + "/" + breakdown);
        if (monthly != null) {
            assertEquals(monthly, months(f), indicator + "/" + breakdown + " per month");
        }
    }

    private static final String S = "suppressed";
    private static final String ALL_SUPPRESSED = String.join(" ", java.util.Collections.nCopies(12, S));

    @Test
    void shouldComputeAgreementAndTrainingIndicatorsOfTheFixture() {
        JsonNode r = year2025();
        expect(r, "AGREEMENTS_BY_STATUS", null, "3.0", "");
        expect(r, "AGREEMENTS_BY_STATUS", "ACTIVE", "1.0", "");
        expect(r, "AGREEMENTS_BY_STATUS", "DRAFT", "1.0", "");
        expect(r, "AGREEMENTS_BY_STATUS", "SIGNED", "1.0", "");
        expect(r, "AGREEMENTS_BY_STATUS", "TERMINATED", "0.0", "");
        expect(r, "AGREEMENTS_SIGNED", null, "1.0", "0.0 0.0 1.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0");
        expect(r, "ACTIVITIES_HELD", null, "3.0", "0.0 0.0 0.0 2.0 1.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0");
        expect(r, "ACTIVITIES_HELD", "REGULAR_EXCHANGE", "2.0", null);
        expect(r, "ACTIVITIES_HELD", "CASE_DISCUSSION", "1.0", null);
        expect(r, "ACTIVITIES_HELD", "JOB_SHADOWING", "0.0", null);
        expect(r, "COMMITMENTS", "ON_TRACK", "1.0", "");
        expect(r, "COMMITMENTS", "OVERDUE", "1.0", "");
        expect(r, "TRAININGS_HELD", null, "2.0", "0.0 0.0 0.0 0.0 0.0 1.0 0.0 0.0 1.0 0.0 0.0 0.0");
        expect(r, "TRAININGS_HELD", "JOINT_SEMINAR", "1.0", null);
        expect(r, "TRAININGS_HELD", "MENTOR_PREPARATION", "1.0", null);
        // P1 attended twice: once in the period, once in each month.
        expect(r, "PARTICIPANTS_TRAINED", null, "3.0", "0.0 0.0 0.0 0.0 0.0 2.0 0.0 0.0 2.0 0.0 0.0 0.0");
        expect(r, "PARTICIPANTS_TRAINED", "YOUTH_WELFARE", "1.0", null);
        expect(r, "PARTICIPANTS_TRAINED", "ADDICTION_CARE", "1.0", null);
        expect(r, "PARTICIPANTS_TRAINED", "VOLUNTEER", "1.0", null);
        expect(r, "LEARNING_GAIN", null, "20.0", "- - - - - 20.0 - - - - - -");
        expect(r, "CERTIFICATES_ISSUED", null, "1.0", null);
    }

    @Test
    void shouldComputeVolunteerIndicatorsInTheRegionsTimeZone() {
        JsonNode r = year2025();
        // 31 Dec 2024 23:30 UTC is January in Ljubljana; 31 Jan 23:30 UTC is February; 31 Dec 2025 23:30 UTC is 2026.
        expect(r, "VOLUNTEERS_APPLIED", null, "4.0", "2.0 2.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0");
        expect(r, "VOLUNTEERS_IN_SCREENING", null, "3.0", "");
        expect(r, "VOLUNTEERS_IN_SCREENING", "INTERVIEW", "2.0", "");
        expect(r, "VOLUNTEERS_IN_SCREENING", "CERTIFICATE", "1.0", "");
        expect(r, "VOLUNTEERS_APPROVED", null, "2.0", "0.0 1.0 1.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0");
        expect(r, "VOLUNTEERS_ACTIVE", null, "7.0", "0.0 1.0 7.0 7.0 7.0 6.0 6.0 6.0 6.0 6.0 6.0 6.0");
        expect(r, "RETENTION_6_MONTHS", null, "66.7", "- 0.0 - - - - - 100.0 100.0 - - -");
        expect(r, "RETENTION_12_MONTHS", null, "50.0", "- - - - - 100.0 - 0.0 - - - -");

        IndicatorFixture f = fixture();
        JsonNode january = report(f.coordinator.api(), "from=2025-01&to=2025-01&regionId=" + f.region)
                .get("regions")
                .get(0);
        expect(january, "VOLUNTEERS_APPLIED", null, "2.0", "2.0");
        JsonNode december = report(f.coordinator.api(), "from=2025-12&to=2025-12&regionId=" + f.region)
                .get("regions")
                .get(0);
        expect(december, "VOLUNTEERS_APPLIED", null, "0.0", "0.0");
    }

    @Test
    void shouldSuppressSmallChildLevelCountsAndWhatWouldRevealThem() {
        JsonNode r = year2025();
        // 9 referrals (6 youth welfare in February, 2 addiction care in March, 1 school in April): the total is
        // shown; every part and month is hidden, since one shown part would give away the others.
        expect(r, "REFERRALS_RECEIVED", null, "9.0", ALL_SUPPRESSED);
        for (String part : List.of("YOUTH_WELFARE", "ADDICTION_CARE", "SCHOOL", "HEALTH")) {
            expect(r, "REFERRALS_RECEIVED", part, S, ALL_SUPPRESSED);
        }
        expect(r, "REFERRALS_ACCEPTED", null, "9.0", ALL_SUPPRESSED);
        // 6 waitlisted, all by addiction care and in March: the total only.
        expect(r, "REFERRALS_WAITLISTED", null, "6.0", ALL_SUPPRESSED);
        expect(r, "REFERRALS_WAITLISTED", "ADDICTION_CARE", S, ALL_SUPPRESSED);
        expect(r, "REFERRALS_MATCHED", null, "6.0", ALL_SUPPRESSED);
        expect(r, "REFERRALS_OVERDUE", null, "5.0", "");
        expect(r, "REFERRALS_OVERDUE", "SCHOOL", S, "");
        // Median of 21..26 days; February's five give 23; March's one is not shown.
        expect(r, "DAYS_REFERRAL_TO_MATCH", null, "23.5", "- 23.0 suppressed - - - - - - - - -");
        expect(r, "MATCHES_STARTED", null, "7.0", ALL_SUPPRESSED);
        // Active matches do not add up over months, so only the small months are hidden.
        expect(r, "MATCHES_ACTIVE", null, "7.0", "suppressed suppressed 7.0 7.0 7.0 6.0 6.0 6.0 6.0 6.0 6.0 6.0");
        // 18 meetings in 64 match-months; March 12 in 7, April 6 in 7; February's single match is hidden.
        expect(r, "MEETINGS_PER_MATCH_MONTH", null, "0.3", "- suppressed 1.7 0.9 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0");
        // 5 closed: one at its planned end (May), one by the family (April), three for other reasons (June).
        expect(r, "MATCHES_CLOSED", null, "5.0", ALL_SUPPRESSED);
        expect(r, "MATCHES_CLOSED", "PLANNED_END", S, ALL_SUPPRESSED);
        expect(r, "MATCHES_CLOSED", "OTHER", S, ALL_SUPPRESSED);
    }

    @Test
    void shouldNeverLeaveASingleHiddenCellBesideAShownTotalForAdmin() {
        JsonNode report = report(Api.as(Api.ADMIN), "from=2025-01&to=2026-12");
        List<JsonNode> sections = new ArrayList<>();
        report.get("regions").forEach(sections::add);
        JsonNode total = report.get("total");
        assertNotNull(total, "ADMIN sees the total of all regions");
        assertEquals("All regions", total.get("name").asText());
        assertFalse(total.has("regionId"));
        sections.add(total);
        assertTrue(sections.size() >= 4, "demo regions and the fixture's");
        for (JsonNode section : sections) {
            for (JsonNode f : section.get("figures")) {
                if (!f.get("childLevel").asBoolean() || !f.get("unit").asText().equals("COUNT")) {
                    continue;
                }
                List<JsonNode> cells = new ArrayList<>();
                cells.add(f);
                f.get("monthly").forEach(cells::add);
                for (JsonNode c : cells) {
                    if (!c.get("suppressed").asBoolean()) {
                        assertTrue(c.get("value").asDouble() >= 5, "a shown child-level count of 5 or more: " + f);
                    }
                }
                // Months add up to the period (active matches excepted): never exactly one hidden beside it.
                if (!f.get("indicator").asText().equals("MATCHES_ACTIVE")
                        && !f.get("snapshot").asBoolean()
                        && !f.get("suppressed").asBoolean()) {
                    long hiddenMonths = cells.stream()
                            .skip(1)
                            .filter(c -> c.get("suppressed").asBoolean())
                            .count();
                    assertTrue(hiddenMonths != 1, "one hidden month beside a shown total: " + f);
                }
            }
        }
        // The fixture's region as ADMIN sees it: same training and agreement figures as its coordinator's view.
        IndicatorFixture fx = fixture();
        JsonNode mine = null;
        for (JsonNode section : report.get("regions")) {
            if (section.get("name").asText().equals(fx.name)) {
                mine = section;
            }
        }
        assertNotNull(mine);
        expect(mine, "TRAININGS_HELD", null, "2.0", null);
        expect(mine, "AGREEMENTS_SIGNED", null, "1.0", null);
        // Counts that add up: the total is the sum of the regions.
        double sum = 0;
        for (JsonNode section : report.get("regions")) {
            sum += figure(section, "AGREEMENTS_BY_STATUS", null).get("value").asDouble();
        }
        assertEquals(
                sum, figure(total, "AGREEMENTS_BY_STATUS", null).get("value").asDouble());
    }

    @Test
    void shouldShowACoordinatorOnlyTheirRegions() {
        IndicatorFixture f = fixture();
        JsonNode own = report(f.coordinator.api(), "from=2025-01&to=2025-12");
        assertEquals(1, own.get("regions").size());
        assertEquals(
                f.region.toString(), own.get("regions").get(0).get("regionId").asText());
        assertNull(own.get("total"), "one region: no total");

        assertProblem(f.coordinator.api().get(URL + "?regionId=" + Api.REGION_SI), 404, "not_found");
        assertProblem(Api.as(Api.COORDINATOR_SI).get(URL + "?regionId=" + f.region), 404, "not_found");
        JsonNode si = report(Api.as(Api.COORDINATOR_SI), "regionId=" + Api.REGION_SI);
        for (JsonNode section : si.get("regions")) {
            assertEquals(Api.REGION_SI.toString(), section.get("regionId").asText());
        }
        assertProblem(Api.as(Api.WELFARE_SI).get(URL), 403, "forbidden");
        assertProblem(Api.as(Api.MENTOR_SI).get(URL), 403, "forbidden");
        assertEquals(401, Api.responseOnly(null).get(URL).statusCode());
        Db.awaitCount(
                1,
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and object_type = 'REGION' and object_id = ?",
                f.region.toString());
    }

    @Test
    void shouldRefuseABadPeriod() {
        RequestSpecification admin = Api.responseOnly(Api.ADMIN);
        assertFieldProblem(admin.get(URL + "?from=2025-13"), 400, "validation_failed", "from");
        assertFieldProblem(
                Api.responseOnly(Api.ADMIN).get(URL + "?from=2025-05&to=2025-04"), 400, "validation_failed", "to");
        assertFieldProblem(
                Api.responseOnly(Api.ADMIN).get(URL + "?from=2023-01&to=2026-01"), 400, "validation_failed", "to");
        assertFieldProblem(
                Api.responseOnly(Api.ADMIN).get(URL + "?from=1999-12&to=2000-01"), 400, "validation_failed", "from");
        assertEquals(
                400,
                Api.responseOnly(Api.ADMIN)
                        .accept("text/csv, application/problem+json")
                        .get(URL + "/export?format=pdf")
                        .statusCode());
        // 36 months is the longest period.
        JsonNode longest = report(Api.as(Api.ADMIN), "from=2023-01&to=2025-12");
        assertEquals(36, longest.get("months").size());
    }

    @Test
    void shouldExportTheSameFiguresAsCsvAndXlsxAndAuditEachExport() throws IOException {
        IndicatorFixture f = fixture();
        String query = "?from=2025-01&to=2025-12&regionId=" + f.region;
        JsonNode region = year2025();
        long before = Db.count(
                "select count(*) from audit_event where action = 'INDICATORS_EXPORTED' and actor_id = ?",
                f.coordinator.id());

        Response csv = f.coordinator
                .api()
                .accept("text/csv, application/problem+json")
                .get(URL + "/export" + query + "&format=csv");
        assertEquals(200, csv.statusCode(), csv.asString());
        assertTrue(csv.header("Content-Disposition").contains("mtd-indicators_indicators-"));
        assertTrue(csv.header("Content-Disposition").endsWith("_2025-01_2025-12.csv\""));
        byte[] bytes = csv.asByteArray();

        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for spreadsheet programs");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertEquals(region.get("figures").size(), records.size());
        Map<String, List<String>> fromCsv = new HashMap<>();
        for (CSVRecord rec : records) {
            List<String> cells = new ArrayList<>();
            for (int i = 7; i < rec.size(); i++) {
                cells.add(rec.get(i));
            }
            fromCsv.put(rec.get("Indicator key") + "/" + rec.get("Breakdown"), cells);
        }

        Response xlsx = f.coordinator
                .api()
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json")
                .get(URL + "/export" + query + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        Map<String, List<String>> fromXlsx = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertEquals(1, book.getNumberOfSheets());
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Region: " + f.name, sheet.getRow(1).getCell(0).getStringCellValue());
            for (int i = 7; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int c = 5; c < 5 + 13; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(
                            cell == null
                                    ? ""
                                    : cell.getCellType() == CellType.NUMERIC
                                            ? number(cell.getNumericCellValue())
                                            : cell.getStringCellValue());
                }
                fromXlsx.put(
                        row.getCell(1).getStringCellValue() + "/"
                                + row.getCell(2).getStringCellValue(),
                        cells);
            }
        }

        for (JsonNode fig : region.get("figures")) {
            String key =
                    fig.get("indicator").asText() + "/" + fig.path("breakdown").asText("Total");
            List<String> expected = new ArrayList<>();
            if (fig.get("snapshot").asBoolean()) {
                expected.addAll(java.util.Collections.nCopies(12, ""));
            } else {
                fig.get("monthly").forEach(c -> expected.add(exported(c)));
            }
            expected.add(exported(fig));
            assertEquals(expected, fromCsv.get(key), "CSV " + key);
            assertEquals(expected, fromXlsx.get(key), "XLSX " + key);
        }
        assertEquals(
                before + 2,
                Db.count(
                        "select count(*) from audit_event where action = 'INDICATORS_EXPORTED' and actor_id = ?",
                        f.coordinator.id()));
    }

    private static String exported(JsonNode cell) {
        if (cell.get("suppressed").asBoolean()) {
            return "suppressed";
        }
        return cell.has("value") ? number(cell.get("value").asDouble()) : "";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
