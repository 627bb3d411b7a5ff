import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators on a generated programme through the running app: 12 regions with 200,000 referrals (and their
 * status events), 20,000 volunteers, 30,000 matches, 1,000,000 diary entries, agreements and trainings, spread
 * over the last three years; then full-year indicator requests for one region (as its coordinator) and for all
 * regions (as ADMIN), printing the median and the spread of repeated runs. Only 127.0.0.1.
 *
 * <p>Usage: {@code java -cp <postgresql.jar> IndicatorBenchmark.java <base-url> <jdbc-url> [runs]}
 */
public class IndicatorBenchmark {
    static final String PASSWORD = "demo-password-2026";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks hit 127.0.0.1 only");
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long t = System.nanoTime();
        UUID region;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement st = c.createStatement()) {
            st.execute(GENERATE.replace(":tag", tag));
            st.execute("vacuum analyze");
            try (var rs = st.executeQuery("select id from region where name = 'Bench region 1 " + tag + "'")) {
                rs.next();
                region = rs.getObject(1, UUID.class);
            }
            try (var rs = st.executeQuery("""
                    select (select count(*) from referral), (select count(*) from referral_event),
                           (select count(*) from volunteer), (select count(*) from mentoring_match),
                           (select count(*) from diary_entry), (select count(*) from region)
                    """)) {
                rs.next();
                System.out.printf(
                        "Generated in %.0f s: %,d referrals (%,d events), %,d volunteers, %,d matches, %,d diary entries in %d regions%n",
                        (System.nanoTime() - t) / 1e9, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6));
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        YearMonth to = YearMonth.now();
        String period = "from=" + to.minusMonths(11) + "&to=" + to;
        String coordinator = login(http, base, "bench-coordinator-" + tag + "@example.org");
        String admin = login(http, base, "admin@example.org");
        measure(http, base + "/api/v1/indicators?" + period + "&regionId=" + region, coordinator, runs,
                "One region, full year (coordinator)");
        measure(http, base + "/api/v1/indicators?" + period, admin, runs, "All regions, full year (ADMIN)");
        measure(http, base + "/api/v1/indicators/export?format=xlsx&" + period, admin, Math.max(3, runs / 3),
                "All regions, full year, XLSX export (ADMIN)");
    }

    static void measure(HttpClient http, String url, String token, int runs, String what) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(http, url, token);
        }
        List<Long> times = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes = get(http, url, token);
            times.add(System.nanoTime() - t);
        }
        Collections.sort(times);
        System.out.printf("%s: median %.0f ms, min %.0f ms, max %.0f ms over %d runs (%,d bytes)%n", what,
                times.get(times.size() / 2) / 1e6, times.getFirst() / 1e6, times.getLast() / 1e6, runs, bytes);
    }

    static String login(HttpClient http, String base, String email) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static int get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(2))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return r.body().length;
    }

    /** The data set, in SQL (seeded, so every run generates the same shape). */
    static final String GENERATE = """
            select setseed(0.42);
            insert into region (id, name, country_code, default_language, time_zone)
            select gen_random_uuid(), 'Bench region ' || i || ' :tag', case when i % 2 = 0 then 'DE' else 'SI' end,
                   case when i % 2 = 0 then 'de' else 'sl' end,
                   case when i % 2 = 0 then 'Europe/Berlin' else 'Europe/Ljubljana' end
            from generate_series(1, 12) i;
            create temp table br as
              select id, substring(name from 'Bench region ([0-9]+)')::int n from region where name like 'Bench region % :tag';
            insert into organisation (id, region_id, name, help_system)
            select gen_random_uuid(), br.id, 'Bench ' || h, h from br,
                   unnest(array['ADDICTION_CARE', 'YOUTH_WELFARE', 'SCHOOL', 'HEALTH']) h;
            create temp table bo as
              select region_id, array_agg(id order by help_system) orgs, array_agg(help_system order by help_system) hs
              from organisation where region_id in (select id from br) group by region_id;
            insert into app_user (id, email, display_name, preferred_language, role, password_hash)
            select gen_random_uuid(), 'bench-coordinator-:tag@example.org', 'Benchmark coordinator', 'en', 'COORDINATOR',
                   password_hash from app_user where email = 'coordinator.si@example.org';
            insert into user_region (user_id, region_id)
            select u.id, br.id from app_user u, br where u.email = 'bench-coordinator-:tag@example.org';
            create temp table bu as select id from app_user where email = 'bench-coordinator-:tag@example.org';
            insert into help_offer (id, organisation_id, region_id, name, description, kind, min_age, max_age, languages, area_served)
            select gen_random_uuid(), bo.orgs[1], bo.region_id, 'Bench mentoring', 'Bench', 'MENTORING_PROGRAMME', 6, 14,
                   '{sl}', 'Region' from bo;
            create temp table bh as select region_id, id from help_offer where name = 'Bench mentoring'
              and region_id in (select id from br);

            -- 200,000 referrals over three years, with ACCEPTED / WAITLISTED / MATCHED events.
            create temp table bref as
              select gen_random_uuid() id, 1 + i % 12 rn, 1 + (i / 12) % 4 k,
                     now() - random() * interval '3 years' ts, random() p
              from generate_series(1, 200000) i;
            insert into referral (id, region_id, referrer_organisation_id, referrer_help_system, created_by, target_offer_id,
                status, urgency, submitted_at, due_on, created_at)
            select x.id, br.id, bo.orgs[x.k], bo.hs[x.k], (select id from bu), bh.id,
                   case when x.p < 0.4 then 'MATCHED' when x.p < 0.6 then 'WAITLISTED' when x.p < 0.8 then 'ACCEPTED'
                        when x.p < 0.9 then 'DECLINED' else 'IN_REVIEW' end,
                   'ROUTINE', x.ts, (x.ts + interval '14 days')::date, x.ts
            from bref x join br on br.n = x.rn join bo on bo.region_id = br.id join bh on bh.region_id = br.id;
            insert into referral_event (referral_id, occurred_at, type, status)
            select id, ts, 'SUBMITTED', 'SUBMITTED' from bref
            union all select id, ts + interval '5 days', 'STATUS_CHANGED', 'ACCEPTED' from bref where p < 0.8
            union all select id, ts + interval '7 days', 'STATUS_CHANGED', 'WAITLISTED' from bref where p < 0.6
            union all select id, ts + (20 + p * 100) * interval '1 day', 'STATUS_CHANGED', 'MATCHED' from bref where p < 0.4;

            -- 20,000 volunteers: 60 % approved, 10 % approved and withdrawn later, 30 % in screening.
            insert into volunteer (id, region_id, first_name, last_name, email, phone, birth_date, study_programme,
                languages, municipality, lat, lon, slots, gender, motivation, consent_at, status, approved_at, left_at,
                created_at, updated_at)
            select gen_random_uuid(), br.id, 'Bench', 'Volunteer ' || i, 'bench-:tag-' || i || '@example.org', '+386 1',
                   '2000-01-01', 'Education', '{sl}', 'Town', 46.5, 15.6, '{SAT_MORNING}', 'FEMALE', 'Bench', x.ts,
                   case when x.p < 0.6 then 'APPROVED' when x.p < 0.7 then 'WITHDRAWN' else 'SCREENING' end,
                   case when x.p < 0.7 then x.ts + interval '30 days' end,
                   case when x.p >= 0.6 and x.p < 0.7 then x.ts + interval '30 days' + random() * interval '18 months' end,
                   x.ts, x.ts
            from (select i, 1 + i % 12 rn, now() - random() * interval '3 years' ts, random() p
                  from generate_series(1, 20000) i) x join br on br.n = x.rn;
            create temp table bv as
              select id, region_id, row_number() over (order by id) n from volunteer
              where email like 'bench-:tag-%' and status = 'APPROVED';

            -- 30,000 matches: the first one of each approved mentor may still be active, the others are closed.
            create temp table bm as
              select gen_random_uuid() id, gen_random_uuid() child_id, v.id volunteer_id, v.region_id, x.i,
                     x.started_on, x.closed
              from (select i, (current_date - (random() * 1000)::int) started_on, random() < 0.5 closed
                    from generate_series(1, 30000) i) x
              join bv v on v.n = 1 + (x.i - 1) % (select count(*) from bv);
            insert into child_profile (id, region_id, first_name, status, created_at, updated_at)
            select child_id, region_id, 'Child', case when i <= (select count(*) from bv) and not closed then 'MATCHED'
                   else 'CLOSED' end, now(), now() from bm;
            insert into mentoring_match (id, region_id, child_id, volunteer_id, status, score, explanation, proposed_by,
                proposed_at, started_on, closed_at, close_reason, updated_at)
            select id, region_id, child_id, volunteer_id,
                   case when i <= (select count(*) from bv) and not closed then 'ACTIVE' else 'CLOSED' end, 50, '[]',
                   (select id from bu), started_on - 10, started_on,
                   case when i <= (select count(*) from bv) and not closed then null
                        else least(now(), started_on + (120 + random() * 300)::int) end,
                   case when i <= (select count(*) from bv) and not closed then null
                        else (array['PLANNED_END', 'MENTOR_WITHDREW', 'FAMILY_WITHDREW', 'SAFEGUARDING', 'OTHER'])[1 + (i % 5)] end,
                   now()
            from bm;

            -- 1,000,000 diary entries (about 33 per match) within each match's time.
            insert into diary_entry (id, match_id, met_on, duration_minutes, mood, created_by, created_at)
            select gen_random_uuid(), m.id,
                   m.started_on + (random() * greatest(1, coalesce(m.closed_at::date, current_date) - m.started_on))::int,
                   60, 'GOOD', (select id from bu), now()
            from mentoring_match m join bm on bm.id = m.id, generate_series(1, 34) k
            limit 1000000;

            -- Agreements (50 per region, half signed, with commitments and activities) and trainings (30 per region,
            -- 20 participants each, with tests and certificates).
            insert into agreement (id, region_id, title, status, language, signed_at, created_at)
            select gen_random_uuid(), br.id, 'Bench agreement', case when i % 2 = 0 then 'ACTIVE' else 'DRAFT' end, 'sl',
                   case when i % 2 = 0 then now() - random() * interval '3 years' end, now() - interval '3 years'
            from br, generate_series(1, 50) i;
            insert into agreement_commitment (id, agreement_id, type, title, frequency_unit, frequency_value,
                responsible_organisation_id, starts_on, next_due_on)
            select gen_random_uuid(), a.id, 'REGULAR_EXCHANGE', 'Exchange', 'WEEKS', 4, bo.orgs[1], current_date - 1000,
                   current_date + 10
            from agreement a join bo on bo.region_id = a.region_id where a.title = 'Bench agreement';
            insert into agreement_activity (id, agreement_id, commitment_id, held_on)
            select gen_random_uuid(), c.agreement_id, c.id, current_date - (random() * 1000)::int
            from agreement_commitment c join agreement a on a.id = c.agreement_id, generate_series(1, 20)
            where a.title = 'Bench agreement';
            insert into training (id, region_id, kind, status, title, language, capacity, enrolment_deadline, starts_at,
                ends_at, created_by, created_at, updated_at)
            select gen_random_uuid(), br.id, 'JOINT_SEMINAR', 'COMPLETED', 'Bench training', 'sl', 30, x.ts - interval '7 days',
                   x.ts - interval '6 hours', x.ts, (select id from bu), now(), now()
            from br, (select i, now() - random() * interval '3 years' ts from generate_series(1, 30) i) x;
            insert into app_user (id, email, display_name, preferred_language, role, password_hash)
            select gen_random_uuid(), 'bench-participant-:tag-' || i || '@example.org', 'Participant', 'en', 'COORDINATOR',
                   'none' from generate_series(1, 20) i;
            insert into enrolment (id, training_id, user_id, help_system, state, requested_by, requested_at, changed_at)
            select gen_random_uuid(), t.id, u.id, bo.hs[1 + length(u.email) % 4], 'ATTENDED', u.id, now(), now()
            from training t join bo on bo.region_id = t.region_id, app_user u
            where t.title = 'Bench training' and u.email like 'bench-participant-:tag-%';
            insert into training_test_result (enrolment_id, phase, correct, total, answers, submitted_at)
            select e.id, ph, case when ph = 'PRE' then 4 else 7 end, 10, '[]', now()
            from enrolment e join training t on t.id = e.training_id, unnest(array['PRE', 'POST']) ph
            where t.title = 'Bench training';
            """;
}
