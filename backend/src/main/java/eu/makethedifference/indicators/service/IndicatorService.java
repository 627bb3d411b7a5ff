package eu.makethedifference.indicators.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.indicators.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme's indicators for a period of whole months, computed in one SQL statement (nothing is counted in
 * Java), with small child-level numbers suppressed. Coordinators see their regions, ADMIN all regions.
 */
@ApplicationScoped
public class IndicatorService {
    /** The longest period one request may cover. */
    public static final int MAX_MONTHS = 36;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Schema(name = "IndicatorCell", description = "One month's value of a figure")
    public record Cell(
            @Schema(description = "Absent when suppressed, or when an average has nothing to average")
            Double value,

            @Schema(
                    required = true,
                    description = "A child-level number below 5, or one that would reveal such a number")
            boolean suppressed) {}

    @Schema(name = "IndicatorFigure", description = "An indicator's value for the period, or one part of it")
    public record Figure(
            @Schema(required = true) Indicator indicator,
            @Schema(required = true) Indicator.Unit unit,

            @Schema(required = true, description = "Counts children: small numbers are suppressed")
            boolean childLevel,

            @Schema(required = true, description = "The state at the time of the request; no monthly values")
            boolean snapshot,

            @Schema(
                    maxLength = 40,
                    pattern = "^[A-Z_]+$",
                    description = "The part (a help system, status, reason …); absent for the indicator's total")
            String breakdown,

            @Schema(description = "Absent when suppressed, or when an average has nothing to average")
            Double value,

            @Schema(required = true) boolean suppressed,

            @Schema(
                    required = true,
                    maxItems = MAX_MONTHS,
                    description = "One cell per month of the report, in order; empty for snapshots")
            List<Cell> monthly) {}

    @Schema(name = "IndicatorRegion", description = "The figures of one region, or of all regions together")
    public record RegionFigures(
            @Schema(description = "Absent for the total of all regions")
            UUID regionId,

            @Schema(required = true, maxLength = 200) String name,
            @Schema(maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
            @Schema(required = true, maxItems = 1000) List<Figure> figures) {}

    @Schema(name = "IndicatorReport", description = "Indicators for a period of whole months")
    public record Report(
            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, examples = "2026-01")
            String from,

            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, examples = "2026-12")
            String to,

            @Schema(
                    required = true,
                    type = SchemaType.ARRAY,
                    implementation = Month.class,
                    maxItems = MAX_MONTHS,
                    description = "The months of the period, in order")
            List<String> months,

            @Schema(required = true) Instant generatedAt,
            @Schema(required = true, maxItems = 500) List<RegionFigures> regions,

            @Schema(description = "The sum of all regions, when the report has more than one")
            RegionFigures total) {}

    @Schema(name = "YearMonth", type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7)
    public static final class Month {
        private Month() {}
    }

    /** The period of a request: whole months, {@code from} to {@code to} inclusive. */
    public record Period(YearMonth from, YearMonth to) {
        public static Period parse(String from, String to, YearMonth now) {
            YearMonth f = from == null ? YearMonth.of(now.getYear(), 1) : month("from", from);
            YearMonth t = to == null ? now : month("to", to);
            if (t.isBefore(f)) {
                throw ApiException.invalidField("to", "must not be before from");
            }
            if (f.plusMonths(MAX_MONTHS - 1L).isBefore(t)) {
                throw ApiException.invalidField("to", "a period covers at most " + MAX_MONTHS + " months");
            }
            return new Period(f, t);
        }

        private static YearMonth month(String field, String value) {
            try {
                YearMonth m = YearMonth.parse(value);
                if (m.getYear() < 2000 || m.getYear() > 2100) {
                    throw ApiException.invalidField(field, "must be a month between 2000-01 and 2100-12");
                }
                return m;
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField(field, "must be a month like 2026-01");
            }
        }

        public List<YearMonth> months() {
            List<YearMonth> out = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                out.add(m);
            }
            return out;
        }
    }

    private record RegionRow(UUID id, String name, String countryCode) {}

    /** The indicators the caller may see; {@code regionId} null means all of the caller's regions. */
    @Transactional
    public Report report(Caller caller, UUID regionId, Period period) {
        List<RegionRow> regions = regions(caller, regionId);
        Report report = compute(regions, period);
        audit.record("INDICATORS_READ", "REGION", regionId, regionId, "period " + period.from() + " to " + period.to());
        return report;
    }

    /** The same figures for an export; the export is audited with its format. */
    @Transactional
    public Report forExport(Caller caller, UUID regionId, Period period, String format) {
        List<RegionRow> regions = regions(caller, regionId);
        Report report = compute(regions, period);
        audit.record(
                "INDICATORS_EXPORTED",
                "REGION",
                regionId,
                regionId,
                format + " export, period " + period.from() + " to " + period.to());
        return report;
    }

    private List<RegionRow> regions(Caller caller, UUID regionId) {
        if (!caller.is(Role.COORDINATOR) && !caller.is(Role.ADMIN)) {
            throw ApiException.forbidden();
        }
        if (regionId != null && caller.is(Role.COORDINATOR) && !caller.worksIn(regionId)) {
            throw ApiException.hidden("REGION", regionId);
        }
        UUID[] ids = regionId != null
                ? new UUID[] {regionId}
                : caller.is(Role.ADMIN) ? null : caller.regionIds().toArray(UUID[]::new);
        List<RegionRow> rows = jdbc.list(
                "select id, name, country_code from region where ?::uuid[] is null or id = any(?::uuid[]) order by name",
                rs -> new RegionRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                ids,
                ids);
        if (rows.isEmpty()) {
            throw ApiException.notFound();
        }
        return rows;
    }

    // ------------------------------------------------------------------ the query

    /**
     * One row per indicator, region (or all regions), part (or all parts) and month (or the whole period). The
     * fact rows {@code f} are already summed per region, part and month: {@code n} counts things in the month,
     * {@code nw} counts each thing once, in its first month of the period (so the period's total is the sum of
     * the months even for a match active in many), {@code sx / cx} is the average of a value. Every table is
     * reached through {@code g}, the requested regions with their period bounds in local time, so one region
     * costs index ranges of that region only.
     */
    private static final String QUERY = """
            with g as materialized (
                select r.id, r.time_zone tz, ?::date d0, ?::date d1,
                       ?::date::timestamp at time zone r.time_zone t0, ?::date::timestamp at time zone r.time_zone t1,
                       (now() at time zone r.time_zone)::date today
                from region r where r.id = any(?::uuid[])
            ),
            mo as materialized (
                select g.id region_id, d m, d::timestamp at time zone g.tz m0,
                       (d + interval '1 month') at time zone g.tz m1
                from g cross join unnest(?::date[]) d
            ),
            dm as (select match_id, month, meetings from diary_month where month >= ?::date and month < ?::date),
            am as materialized (
                select mm.id, mm.region_id, mm.volunteer_id, m::date m,
                       case when m = greatest(date_trunc('month', mm.started_on::timestamp), g.d0::timestamp)
                            then 1 else 0 end w
                from g join mentoring_match mm on mm.region_id = g.id
                cross join lateral generate_series(
                    greatest(date_trunc('month', mm.started_on::timestamp), g.d0::timestamp),
                    least(date_trunc('month', coalesce(mm.closed_at at time zone g.tz, 'infinity')), (g.d1 - 1)::timestamp),
                    interval '1 month') m
                where mm.started_on < g.d1 and (mm.closed_at is null or mm.closed_at >= g.t0)
            ),
            ev (k, region_id, b, m) as (
                select 'AGREEMENTS_BY_STATUS', g.id, a.status::text, null::date
                from g join agreement a on a.region_id = g.id where a.created_at < g.t1
              union all
                select 'AGREEMENTS_SIGNED', g.id, null, date_trunc('month', a.signed_at at time zone g.tz)::date
                from g join agreement a on a.region_id = g.id where a.signed_at >= g.t0 and a.signed_at < g.t1
              union all
                select 'ACTIVITIES_HELD', g.id, c.type, date_trunc('month', v.held_on)::date
                from g join agreement a on a.region_id = g.id join agreement_activity v on v.agreement_id = a.id
                join agreement_commitment c on c.id = v.commitment_id
                where v.held_on >= g.d0 and v.held_on < g.d1
              union all
                select 'COMMITMENTS', g.id, case when c.overdue_since is null then 'ON_TRACK' else 'OVERDUE' end, null
                from g join agreement a on a.region_id = g.id join agreement_commitment c on c.agreement_id = a.id
                where a.status in ('SIGNED', 'ACTIVE', 'UNDER_REVIEW')
              union all
                select 'TRAININGS_HELD', g.id, t.kind, date_trunc('month', t.ends_at at time zone g.tz)::date
                from g join training t on t.region_id = g.id
                where t.status = 'COMPLETED' and t.ends_at >= g.t0 and t.ends_at < g.t1
              union all
                select 'CERTIFICATES_ISSUED', g.id, null, date_trunc('month', c.issued_at at time zone g.tz)::date
                from g join training t on t.region_id = g.id join enrolment e on e.training_id = t.id
                join training_certificate c on c.enrolment_id = e.id
                where c.revoked_at is null and c.issued_at >= g.t0 and c.issued_at < g.t1
              union all
                select 'VOLUNTEERS_APPLIED', g.id, null, date_trunc('month', v.created_at at time zone g.tz)::date
                from g join volunteer v on v.region_id = g.id where v.created_at >= g.t0 and v.created_at < g.t1
              union all
                select 'VOLUNTEERS_IN_SCREENING', g.id,
                       case when not exists (select 1 from volunteer_step x where x.volunteer_id = v.id and x.step = 'INTERVIEW')
                            then 'INTERVIEW'
                            when not exists (select 1 from volunteer_step x where x.volunteer_id = v.id and x.step = 'CERTIFICATE')
                            then 'CERTIFICATE'
                            when not exists (select 1 from volunteer_step x where x.volunteer_id = v.id and x.step = 'TRAINING')
                            then 'TRAINING'
                            when not exists (select 1 from volunteer_step x where x.volunteer_id = v.id and x.step = 'AGREEMENT')
                            then 'AGREEMENT' else 'READY' end, null
                from g join volunteer v on v.region_id = g.id where v.status = 'SCREENING'
              union all
                select 'VOLUNTEERS_APPROVED', g.id, null, date_trunc('month', v.approved_at at time zone g.tz)::date
                from g join volunteer v on v.region_id = g.id where v.approved_at >= g.t0 and v.approved_at < g.t1
              union all
                select 'REFERRALS_OVERDUE', g.id, r.hs, null
                from g cross join lateral (select r.referrer_help_system hs from referral r
                    where r.region_id = g.id and r.status in ('SUBMITTED', 'IN_REVIEW') and r.due_on < g.today offset 0) r
              union all
                select 'MATCHES_STARTED', g.id, null, date_trunc('month', mm.started_on)::date
                from g join mentoring_match mm on mm.region_id = g.id
                where mm.started_on >= g.d0 and mm.started_on < g.d1
              union all
                select 'MATCHES_CLOSED', g.id, mm.close_reason, date_trunc('month', mm.closed_at at time zone g.tz)::date
                from g join mentoring_match mm on mm.region_id = g.id
                where mm.closed_at >= g.t0 and mm.closed_at < g.t1
            ),
            -- Month by month through the indexes (the lateral subqueries stay nested loops): no per-row time
            -- zone arithmetic over the referrals.
            rc (k, region_id, b, m, n) as (
                select 'REFERRALS_RECEIVED', mo.region_id, r.hs, mo.m, count(*)
                from mo cross join lateral (select r.referrer_help_system hs from referral r
                    where r.region_id = mo.region_id and r.submitted_at >= mo.m0 and r.submitted_at < mo.m1 offset 0) r
                group by 1, 2, 3, 4
              union all
                select 'REFERRALS_ACCEPTED', mo.region_id, r.hs, mo.m, count(*)
                from mo cross join lateral (select r.referrer_help_system hs from referral r
                    where r.region_id = mo.region_id and r.first_accepted_at >= mo.m0 and r.first_accepted_at < mo.m1 offset 0) r
                group by 1, 2, 3, 4
              union all
                select 'REFERRALS_WAITLISTED', mo.region_id, r.hs, mo.m, count(*)
                from mo cross join lateral (select r.referrer_help_system hs from referral r
                    where r.region_id = mo.region_id and r.first_waitlisted_at >= mo.m0 and r.first_waitlisted_at < mo.m1 offset 0) r
                group by 1, 2, 3, 4
              union all
                select 'REFERRALS_MATCHED', mo.region_id, r.hs, mo.m, count(*)
                from mo cross join lateral (select r.referrer_help_system hs from referral r
                    where r.region_id = mo.region_id and r.first_matched_at >= mo.m0 and r.first_matched_at < mo.m1 offset 0) r
                group by 1, 2, 3, 4
            ),
            av (k, region_id, m, x) as (
                select 'LEARNING_GAIN', g.id, date_trunc('month', t.ends_at at time zone g.tz)::date,
                       100.0 * post.correct / post.total - 100.0 * pre.correct / pre.total
                from g join training t on t.region_id = g.id join enrolment e on e.training_id = t.id
                join training_test_result pre on pre.enrolment_id = e.id and pre.phase = 'PRE'
                join training_test_result post on post.enrolment_id = e.id and post.phase = 'POST'
                where t.status = 'COMPLETED' and t.ends_at >= g.t0 and t.ends_at < g.t1
              union all
                select 'RETENTION_' || k.n || '_MONTHS', g.id,
                       date_trunc('month', (v.approved_at + make_interval(months => k.n)) at time zone g.tz)::date,
                       case when v.left_at is null or v.left_at >= v.approved_at + make_interval(months => k.n)
                            then 100 else 0 end
                from g join volunteer v on v.region_id = g.id cross join (values (6), (12)) k(n)
                where v.approved_at >= g.t0 - make_interval(months => k.n)
                  and v.approved_at < g.t1 - make_interval(months => k.n)
                  and v.approved_at + make_interval(months => k.n) < now()
            ),
            f (k, region_id, b, m, n, nw, sx, cx) as (
                select k, region_id, b, m, count(*), count(*), 0, 0 from ev group by k, region_id, b, m
              union all
                select k, region_id, b, m, n, n, 0, 0 from rc
              union all
                select k, region_id, null, m, count(*), count(*), sum(x), count(*) from av group by k, region_id, m
              union all
                select 'PARTICIPANTS_TRAINED', region_id, b, m, count(*), sum(w), 0, 0
                from (select pt.region_id, pt.b, pt.m,
                             case when row_number() over (partition by pt.user_id order by pt.m) = 1 then 1 else 0 end w
                      from (select distinct on (e.user_id, m) e.user_id, g.id region_id,
                                   coalesce(e.help_system, 'VOLUNTEER') b,
                                   date_trunc('month', t.ends_at at time zone g.tz)::date m
                            from g join training t on t.region_id = g.id join enrolment e on e.training_id = t.id
                            where t.status = 'COMPLETED' and t.ends_at >= g.t0 and t.ends_at < g.t1
                              and e.state = 'ATTENDED'
                            order by e.user_id, m, b) pt) x
                group by region_id, b, m
              union all
                select x.k, a.region_id, null, a.m, a.n, a.nw, x.sx, x.cx
                from (select am.region_id, am.m, count(*) n, sum(am.w) nw, coalesce(sum(dm.meetings), 0) meetings
                      from am left join dm on dm.match_id = am.id and dm.month = am.m
                      group by am.region_id, am.m) a
                cross join lateral (values ('MATCHES_ACTIVE', 0, 0),
                                           ('MEETINGS_PER_MATCH_MONTH', a.meetings, a.n)) x(k, sx, cx)
              union all
                select 'VOLUNTEERS_ACTIVE', region_id, null, m, count(*), 0, 0, 0
                from (select distinct region_id, m, volunteer_id from am) dv group by region_id, m
              union all
                select 'VOLUNTEERS_ACTIVE', region_id, null, first, 0, count(*), 0, 0
                from (select region_id, volunteer_id, min(m) first from am group by region_id, volunteer_id) fv
                group by region_id, first
            )
            select k, region_id, b, m, grouping(region_id) gr, grouping(b) gb, grouping(m) gm,
                   sum(n) n, sum(nw) nw, (sum(sx) / nullif(sum(cx), 0))::float8 v
            from f group by k, grouping sets (%s)
            union all
            select 'DAYS_REFERRAL_TO_MATCH', region_id, null, m, grouping(region_id), 1, grouping(m), count(*), count(*),
                   percentile_cont(0.5) within group (order by x)
            from (select mo.region_id, mo.m, extract(epoch from r.at - r.submitted_at) / 86400.0 x
                  from mo cross join lateral (select r.first_matched_at at, r.submitted_at from referral r
                      where r.region_id = mo.region_id and r.first_matched_at >= mo.m0 and r.first_matched_at < mo.m1
                      offset 0) r) md
            group by grouping sets (%s)
            """;

    private static final String SETS_PER_REGION = "(region_id, b, m), (region_id, b), (region_id, m), (region_id)";
    private static final String SETS_WITH_TOTAL = SETS_PER_REGION + ", (b, m), (b), (m), ()";
    private static final String QUERY_PER_REGION = QUERY.formatted(SETS_PER_REGION, "(region_id, m), (region_id)");
    private static final String QUERY_WITH_TOTAL =
            QUERY.formatted(SETS_WITH_TOTAL, "(region_id, m), (region_id), (m), ()");

    private record Key(UUID region, Indicator indicator, String breakdown, YearMonth month) {}

    private record Value(long rows, long firsts, Double average) {}

    private Report compute(List<RegionRow> regions, Period period) {
        boolean withTotal = regions.size() > 1;
        UUID[] ids = regions.stream().map(RegionRow::id).toArray(UUID[]::new);
        Map<Key, Value> values = new HashMap<>();
        // Enough memory for the hash tables of a large programme (the default spills to disk).
        jdbc.update("set local work_mem = '64MB'");
        for (Map.Entry<Key, Value> e : jdbc.list(
                withTotal ? QUERY_WITH_TOTAL : QUERY_PER_REGION,
                IndicatorService::row,
                period.from().atDay(1),
                period.to().plusMonths(1).atDay(1),
                period.from().atDay(1),
                period.to().plusMonths(1).atDay(1),
                ids,
                period.months().stream().map(m -> m.atDay(1).toString()).toArray(String[]::new),
                period.from().atDay(1),
                period.to().plusMonths(1).atDay(1))) {
            if (e != null) {
                values.put(e.getKey(), e.getValue());
            }
        }
        return assemble(regions, period, values, withTotal);
    }

    /** A row of the query, or null when it repeats another (a part of an indicator without parts …). */
    private static Map.Entry<Key, Value> row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Indicator indicator = Indicator.valueOf(rs.getString("k"));
        boolean allParts = rs.getInt("gb") == 1;
        boolean wholePeriod = rs.getInt("gm") == 1;
        if ((!allParts && indicator.breakdowns().isEmpty()) || (!wholePeriod && indicator.snapshot())) {
            return null;
        }
        java.sql.Date m = rs.getDate("m");
        double v = rs.getDouble("v");
        Double average = rs.wasNull() ? null : v;
        return Map.entry(
                new Key(
                        rs.getInt("gr") == 1 ? null : rs.getObject("region_id", UUID.class),
                        indicator,
                        allParts ? null : rs.getString("b"),
                        wholePeriod ? null : YearMonth.from(m.toLocalDate())),
                new Value(rs.getLong("n"), rs.getLong("nw"), average));
    }

    // ------------------------------------------------------------------ assembly and suppression

    private static Report assemble(List<RegionRow> regions, Period period, Map<Key, Value> values, boolean withTotal) {
        List<YearMonth> months = period.months();
        List<UUID> regionKeys =
                new ArrayList<>(regions.stream().map(RegionRow::id).toList());
        if (withTotal) {
            regionKeys.add(null);
        }
        Map<UUID, List<Figure>> figures = new HashMap<>();
        for (UUID r : regionKeys) {
            figures.put(r, new ArrayList<>());
        }
        for (Indicator indicator : Indicator.values()) {
            List<String> parts = new ArrayList<>(indicator.breakdowns());
            parts.add(null);
            List<YearMonth> cols = new ArrayList<>(indicator.snapshot() ? List.of() : months);
            cols.add(null);
            int nr = regionKeys.size();
            int nb = parts.size();
            int nt = cols.size();
            long[][][] counts = new long[nr][nb][nt];
            Double[][][] shown = new Double[nr][nb][nt];
            for (int r = 0; r < nr; r++) {
                for (int b = 0; b < nb; b++) {
                    for (int t = 0; t < nt; t++) {
                        Value v = values.get(new Key(regionKeys.get(r), indicator, parts.get(b), cols.get(t)));
                        boolean wholePeriod = cols.get(t) == null;
                        long n = v == null ? 0 : wholePeriod ? v.firsts() : v.rows();
                        counts[r][b][t] = n;
                        shown[r][b][t] = indicator.unit() == Indicator.Unit.COUNT
                                ? Double.valueOf(n)
                                : v == null || v.average() == null ? null : round(v.average());
                    }
                }
            }
            boolean[][][] hidden = suppressed(indicator, counts, shown);
            for (int r = 0; r < nr; r++) {
                for (int i = 0; i < nb; i++) {
                    int b = (i + nb - 1) % nb; // the total first, then the parts
                    List<Cell> monthly = new ArrayList<>();
                    for (int t = 0; t < nt - 1; t++) {
                        monthly.add(cell(shown[r][b][t], hidden[r][b][t]));
                    }
                    Cell whole = cell(shown[r][b][nt - 1], hidden[r][b][nt - 1]);
                    figures.get(regionKeys.get(r))
                            .add(new Figure(
                                    indicator,
                                    indicator.unit(),
                                    indicator.childLevel(),
                                    indicator.snapshot(),
                                    parts.get(b),
                                    whole.value(),
                                    whole.suppressed(),
                                    monthly));
                }
            }
        }
        List<RegionFigures> out = regions.stream()
                .map(r -> new RegionFigures(r.id(), r.name(), r.countryCode(), figures.get(r.id())))
                .toList();
        return new Report(
                period.from().toString(),
                period.to().toString(),
                months.stream().map(YearMonth::toString).toList(),
                Instant.now(),
                out,
                withTotal ? new RegionFigures(null, "All regions", null, figures.get(null)) : null);
    }

    private static boolean[][][] suppressed(Indicator indicator, long[][][] counts, Double[][][] shown) {
        if (!indicator.childLevel()) {
            return new boolean[counts.length][counts[0].length][counts[0][0].length];
        }
        if (indicator.unit() == Indicator.Unit.COUNT) {
            return Suppression.apply(counts, indicator.additive());
        }
        // An average or median of fewer than 5 children is not shown; with none there is nothing to show.
        boolean[][][] hidden = new boolean[counts.length][counts[0].length][counts[0][0].length];
        for (int r = 0; r < counts.length; r++) {
            for (int b = 0; b < counts[0].length; b++) {
                for (int t = 0; t < counts[0][0].length; t++) {
                    hidden[r][b][t] = shown[r][b][t] != null && counts[r][b][t] < Suppression.THRESHOLD;
                }
            }
        }
        return hidden;
    }

    private static Cell cell(Double value, boolean hidden) {
        return hidden ? new Cell(null, true) : new Cell(value, false);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
