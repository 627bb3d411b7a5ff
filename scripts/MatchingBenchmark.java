import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching on a large region through the running app: generates a region with waiting children and approved
 * mentors (clustered around 20 municipalities of very different sizes in about 60 × 60 km, 3–6 of 21 weekly
 * slots, 2–4 of 12 interests, mostly the local language), then measures suggestions for one child (latency
 * percentiles over many children) and whole-pool runs (wall time), with the optimal total next to the greedy
 * baseline and the app's peak resident memory. Only 127.0.0.1.
 *
 * <p>Usage: {@code java -cp <postgresql.jar> MatchingBenchmark.java <base-url> <jdbc-url> <app-pid> [children] [mentors]}
 */
public class MatchingBenchmark {
    static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    static final String[] PARTS = {"MORNING", "AFTERNOON", "EVENING"};
    static final String[] INTERESTS = {"SPORTS", "MUSIC", "ARTS_CRAFTS", "NATURE", "READING", "GAMES", "COOKING",
        "SCIENCE", "ANIMALS", "DANCE", "TECHNOLOGY", "THEATRE"};
    static final String PASSWORD = "demo-password-2026";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String pid = args[2];
        int children = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int mentors = args.length > 4 ? Integer.parseInt(args[4]) : 3000;
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks hit 127.0.0.1 only");
        }
        UUID region = UUID.randomUUID();
        String coordinator = "bench-coordinator-" + region.toString().substring(0, 8) + "@example.org";
        List<UUID> childIds = generate(jdbc, region, coordinator, children, mentors, new Random(42));
        System.out.printf("Region: %,d waiting children, %,d approved mentors (seed 42)%n", children, mentors);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, base, coordinator);
        Collections.shuffle(childIds, new Random(7));
        for (int i = 0; i < 50; i++) {
            get(http, base + "/api/v1/children/" + childIds.get(i) + "/match-suggestions", token);
        }
        List<Long> latencies = new ArrayList<>();
        int suggested = 0;
        for (int i = 50; i < 550 && i < childIds.size(); i++) {
            long t = System.nanoTime();
            String body = get(http, base + "/api/v1/children/" + childIds.get(i) + "/match-suggestions", token);
            latencies.add(System.nanoTime() - t);
            suggested += count(body, "\"volunteerId\"");
        }
        Collections.sort(latencies);
        System.out.printf(
                "Suggestions for one child (%d children, sequential): p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.1f suggestions each on average (limit 10)%n",
                latencies.size(), ms(latencies, 0.50), ms(latencies, 0.95), latencies.getLast() / 1e6,
                suggested / (double) latencies.size());

        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/regions/" + region + "/matching-runs"))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofMinutes(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long wall = System.nanoTime() - t;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("matching run answered " + r.statusCode() + ": " + r.body());
            }
            System.out.printf(
                    "Whole-pool run %d: %.0f ms wall through the API (computation %s ms), %s allowed pairs, %d proposals, total score %s (greedy baseline %s)%n",
                    run, wall / 1e6, field(r.body(), "durationMs"), field(r.body(), "allowedPairs"),
                    count(r.body(), "\"childFirstName\""), field(r.body(), "totalScore"), field(r.body(), "greedyScore"));
        }
        String status = Files.readString(Path.of("/proc", pid, "status"));
        System.out.printf("App memory: peak resident %s, now %s%n", proc(status, "VmHWM"), proc(status, "VmRSS"));
    }

    static List<UUID> generate(String jdbc, UUID region, String coordinator, int children, int mentors, Random rnd)
            throws Exception {
        double[][] towns = new double[20][];
        double[] weights = new double[20];
        double total = 0;
        for (int i = 0; i < towns.length; i++) {
            towns[i] = new double[] {46.3 + rnd.nextDouble() * 0.54, 15.4 + rnd.nextDouble() * 0.78, 1 + rnd.nextDouble() * 4};
            weights[i] = 1.0 / (i + 1);
            total += weights[i];
        }
        List<UUID> childIds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into region (id, name, country_code, default_language, time_zone) values (?, ?, 'SI', 'sl', 'Europe/Ljubljana')")) {
                ps.setObject(1, region);
                ps.setString(2, "Benchmark " + region.toString().substring(0, 8));
                ps.executeUpdate();
            }
            UUID user = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    insert into app_user (id, email, display_name, preferred_language, role, password_hash)
                    select ?, ?, 'Benchmark coordinator', 'en', 'COORDINATOR', password_hash from app_user
                    where email = 'coordinator.si@example.org'
                    """)) {
                ps.setObject(1, user);
                ps.setString(2, coordinator);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into user_region (user_id, region_id) values (?, ?)")) {
                ps.setObject(1, user);
                ps.setObject(2, region);
                ps.executeUpdate();
            }
            LocalDate today = LocalDate.now();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    insert into volunteer (id, region_id, first_name, last_name, email, phone, birth_date, study_programme,
                        languages, municipality, lat, lon, slots, interests, gender, motivation, consent_at, status,
                        certificate_on, created_at, updated_at)
                    values (?, ?, 'Mentor', ?, ?, '+386 1 000', ?, 'Education', ?, 'Town', ?, ?, ?, ?, ?, 'Bench', now(),
                        'APPROVED', ?, now(), now())
                    """)) {
                for (int i = 0; i < mentors; i++) {
                    double[] at = place(towns, weights, total, rnd);
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, region);
                    ps.setString(3, "No" + i);
                    ps.setString(4, "bench-" + region.toString().substring(0, 8) + "-" + i + "@example.org");
                    ps.setObject(5, today.minusYears(18 + rnd.nextInt(12)).minusDays(rnd.nextInt(365)));
                    ps.setArray(6, c.createArrayOf("varchar", languages(rnd)));
                    ps.setDouble(7, at[0]);
                    ps.setDouble(8, at[1]);
                    ps.setArray(9, c.createArrayOf("varchar", pick(slots(), 3 + rnd.nextInt(4), rnd)));
                    ps.setArray(10, c.createArrayOf("varchar", pick(INTERESTS, 2 + rnd.nextInt(3), rnd)));
                    ps.setString(11, rnd.nextInt(10) < 6 ? "FEMALE" : rnd.nextInt(10) < 9 ? "MALE" : "DIVERSE");
                    ps.setObject(12, today.minusMonths(rnd.nextInt(11)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    insert into child_profile (id, region_id, first_name, birth_year, birth_month, gender, languages,
                        municipality, lat, lon, slots, interests, preferred_mentor_gender, status, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'Town', ?, ?, ?, ?, ?, 'WAITING', now(), now())
                    """)) {
                for (int i = 0; i < children; i++) {
                    double[] at = place(towns, weights, total, rnd);
                    UUID id = UUID.randomUUID();
                    childIds.add(id);
                    LocalDate born = today.minusYears(6 + rnd.nextInt(5)).minusMonths(rnd.nextInt(12));
                    ps.setObject(1, id);
                    ps.setObject(2, region);
                    ps.setString(3, "Child" + i);
                    ps.setInt(4, born.getYear());
                    ps.setInt(5, born.getMonthValue());
                    ps.setString(6, rnd.nextBoolean() ? "FEMALE" : "MALE");
                    ps.setArray(7, c.createArrayOf("varchar", languages(rnd)));
                    ps.setDouble(8, at[0]);
                    ps.setDouble(9, at[1]);
                    ps.setArray(10, c.createArrayOf("varchar", pick(slots(), 3 + rnd.nextInt(4), rnd)));
                    ps.setArray(11, c.createArrayOf("varchar", pick(INTERESTS, 2 + rnd.nextInt(3), rnd)));
                    int wish = rnd.nextInt(10);
                    ps.setString(12, wish == 0 ? "FEMALE" : wish == 1 ? "MALE" : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return childIds;
    }

    static double[] place(double[][] towns, double[] weights, double total, Random rnd) {
        double r = rnd.nextDouble() * total;
        int t = 0;
        while (r > weights[t] && t < towns.length - 1) {
            r -= weights[t++];
        }
        double km = towns[t][2];
        return new double[] {towns[t][0] + rnd.nextGaussian() * km / 111.0, towns[t][1] + rnd.nextGaussian() * km / 76.0};
    }

    static String[] languages(Random rnd) {
        int x = rnd.nextInt(100);
        return x < 75 ? new String[] {"sl"} : x < 90 ? new String[] {"sl", "en"} : x < 96 ? new String[] {"sl", "hr"}
                : new String[] {"bs"};
    }

    static String[] slots() {
        String[] out = new String[21];
        for (int d = 0; d < 7; d++) {
            for (int p = 0; p < 3; p++) {
                out[d * 3 + p] = DAYS[d] + "_" + PARTS[p];
            }
        }
        return out;
    }

    static String[] pick(String[] from, int n, Random rnd) {
        List<String> all = new ArrayList<>(List.of(from));
        Collections.shuffle(all, rnd);
        return all.subList(0, n).toArray(String[]::new);
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

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    static int count(String body, String token) {
        int n = 0;
        for (int i = body.indexOf(token); i >= 0; i = body.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }

    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9.]+)").matcher(body);
        return m.find() ? m.group(1) : "?";
    }

    static String proc(String status, String key) {
        Matcher m = Pattern.compile(key + ":\\s*(\\d+) kB").matcher(status);
        return m.find() ? String.format("%,d MB", Long.parseLong(m.group(1)) / 1024) : "?";
    }
}
