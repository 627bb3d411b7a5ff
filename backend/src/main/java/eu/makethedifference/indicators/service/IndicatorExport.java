package eu.makethedifference.indicators.service;

import eu.makethedifference.indicators.Indicator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a funder's table: one row per region, indicator and part, one column per month and one for the
 * whole period. CSV (UTF-8 with a byte-order mark, so spreadsheet programs read č, š, ž) has all regions in one
 * table; XLSX has a sheet per region (and one for all regions), each with a heading that names the period and
 * the suppression rule.
 */
public final class IndicatorExport {
    public static final String SUPPRESSED = "suppressed";
    public static final String NOTE = "Child-level numbers below 5, and numbers that would reveal them, are shown as \""
            + SUPPRESSED + "\". Snapshot indicators describe the state on the day of the export.";

    private static final Map<Indicator, String> LABELS = new EnumMap<>(Indicator.class);

    static {
        LABELS.put(Indicator.AGREEMENTS_BY_STATUS, "Cooperation agreements by status");
        LABELS.put(Indicator.AGREEMENTS_SIGNED, "Cooperation agreements signed");
        LABELS.put(Indicator.ACTIVITIES_HELD, "Implementation activities held");
        LABELS.put(Indicator.COMMITMENTS, "Commitments on track or overdue");
        LABELS.put(Indicator.TRAININGS_HELD, "Trainings held");
        LABELS.put(Indicator.PARTICIPANTS_TRAINED, "Participants trained");
        LABELS.put(Indicator.LEARNING_GAIN, "Average learning gain (percentage points)");
        LABELS.put(Indicator.CERTIFICATES_ISSUED, "Training certificates issued");
        LABELS.put(Indicator.VOLUNTEERS_APPLIED, "Volunteers recruited (applications)");
        LABELS.put(Indicator.VOLUNTEERS_IN_SCREENING, "Volunteers in screening by next step");
        LABELS.put(Indicator.VOLUNTEERS_APPROVED, "Volunteers approved as mentors");
        LABELS.put(Indicator.VOLUNTEERS_ACTIVE, "Mentors active");
        LABELS.put(Indicator.RETENTION_6_MONTHS, "Mentor retention at 6 months (%)");
        LABELS.put(Indicator.RETENTION_12_MONTHS, "Mentor retention at 12 months (%)");
        LABELS.put(Indicator.REFERRALS_RECEIVED, "Children referred");
        LABELS.put(Indicator.REFERRALS_ACCEPTED, "Referrals accepted");
        LABELS.put(Indicator.REFERRALS_WAITLISTED, "Referrals waitlisted");
        LABELS.put(Indicator.REFERRALS_MATCHED, "Children matched");
        LABELS.put(Indicator.DAYS_REFERRAL_TO_MATCH, "Median days from referral to match");
        LABELS.put(Indicator.REFERRALS_OVERDUE, "Referrals overdue");
        LABELS.put(Indicator.MATCHES_STARTED, "Mentoring matches started");
        LABELS.put(Indicator.MATCHES_ACTIVE, "Children in an active match");
        LABELS.put(Indicator.MEETINGS_PER_MATCH_MONTH, "Meetings per active match and month");
        LABELS.put(Indicator.MATCHES_CLOSED, "Mentoring matches closed");
    }

    private IndicatorExport() {}

    public static String label(Indicator indicator) {
        return LABELS.get(indicator);
    }

    /** The name of the file, e.g. {@code mtd-indicators_maribor_2026-01_2026-12.csv}. */
    public static String fileName(IndicatorService.Report report, boolean oneRegion, String extension) {
        String scope = oneRegion ? slug(report.regions().getFirst().name()) : "all-regions";
        return "mtd-indicators_" + scope + "_" + report.from() + "_" + report.to() + "." + extension;
    }

    private static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "region" : ascii;
    }

    private static List<IndicatorService.RegionFigures> sections(IndicatorService.Report report) {
        List<IndicatorService.RegionFigures> out = new ArrayList<>(report.regions());
        if (report.total() != null) {
            out.add(report.total());
        }
        return out;
    }

    private static List<String> header(IndicatorService.Report report) {
        List<String> h = new ArrayList<>(
                List.of("Region", "Country", "Indicator", "Indicator key", "Breakdown", "Unit", "Child-level"));
        h.addAll(report.months());
        h.add("Period " + report.from() + " to " + report.to());
        return h;
    }

    /** The CSV text, starting with a byte-order mark. */
    public static String csv(IndicatorService.Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(header(report));
            for (IndicatorService.RegionFigures region : sections(report)) {
                for (IndicatorService.Figure f : region.figures()) {
                    List<String> row = new ArrayList<>(List.of(
                            text(region.name()),
                            region.countryCode() == null ? "" : region.countryCode(),
                            label(f.indicator()),
                            f.indicator().name(),
                            f.breakdown() == null ? "Total" : f.breakdown(),
                            f.unit().name(),
                            f.childLevel() ? "yes" : "no"));
                    for (int i = 0; i < report.months().size(); i++) {
                        row.add(
                                f.snapshot()
                                        ? ""
                                        : value(
                                                f.monthly().get(i).value(),
                                                f.monthly().get(i).suppressed()));
                    }
                    row.add(value(f.value(), f.suppressed()));
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A number as the export writes it: integers without a decimal point, others with one decimal. */
    public static String value(Double value, boolean suppressed) {
        if (suppressed) {
            return SUPPRESSED;
        }
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }

    /** A text cell that a spreadsheet program must not take for a formula. */
    private static String text(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    public static byte[] xlsx(IndicatorService.Report report) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            List<String> header = header(report);
            for (IndicatorService.RegionFigures region : sections(report)) {
                Sheet sheet = book.createSheet(uniqueName(book, region.name()));
                int r = 0;
                put(sheet.createRow(r++), 0, "Make the Difference: programme indicators", heading);
                put(sheet.createRow(r++), 0, "Region: " + region.name(), null);
                put(sheet.createRow(r++), 0, "Period: " + report.from() + " to " + report.to(), null);
                put(sheet.createRow(r++), 0, "Generated: " + report.generatedAt(), null);
                put(sheet.createRow(r++), 0, NOTE, null);
                r++;
                Row head = sheet.createRow(r++);
                for (int i = 2; i < header.size(); i++) {
                    put(head, i - 2, header.get(i), heading);
                }
                for (IndicatorService.Figure f : region.figures()) {
                    Row row = sheet.createRow(r++);
                    put(row, 0, label(f.indicator()), null);
                    put(row, 1, f.indicator().name(), null);
                    put(row, 2, f.breakdown() == null ? "Total" : f.breakdown(), null);
                    put(row, 3, f.unit().name(), null);
                    put(row, 4, f.childLevel() ? "yes" : "no", null);
                    for (int i = 0; i < report.months().size(); i++) {
                        if (!f.snapshot()) {
                            number(row, 5 + i, f.monthly().get(i), decimal);
                        }
                    }
                    number(
                            row,
                            5 + report.months().size(),
                            new IndicatorService.Cell(f.value(), f.suppressed()),
                            decimal);
                }
                sheet.createFreezePane(3, 7);
                sheet.setColumnWidth(0, 45 * 256);
                sheet.setColumnWidth(1, 26 * 256);
                sheet.setColumnWidth(2, 22 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uniqueName(XSSFWorkbook book, String name) {
        String base = WorkbookUtil.createSafeSheetName(name);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String candidate = base;
        for (int i = 2; book.getSheet(candidate) != null; i++) {
            candidate = base + " " + i;
        }
        return candidate;
    }

    private static void put(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, IndicatorService.Cell cell, CellStyle decimal) {
        if (cell.suppressed()) {
            put(row, column, SUPPRESSED, null);
        } else if (cell.value() != null) {
            Cell c = row.createCell(column);
            c.setCellValue(cell.value());
            if (cell.value() != Math.rint(cell.value())) {
                c.setCellStyle(decimal);
            }
        }
    }
}
