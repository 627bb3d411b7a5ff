import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audited reads of a referral against what PostgreSQL itself can commit on the same machine.
 *
 * <p>Baseline: {@code clients} connections, each committing one-row inserts for the given seconds. Then the same
 * number of clients read referrals through the API (each read is one statement that also inserts its audit
 * row, so each is a commit). Prints both rates, latency percentiles and the ratio. Only 127.0.0.1.
 *
 * <p>Usage: {@code java -cp <postgresql.jar> ReferralReadBenchmark.java <base-url> <jdbc-url> [seconds] [clients]}
 */
public class ReferralReadBenchmark {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("benchmarks hit 127.0.0.1 only");
        }

        double commits = baseline(jdbc, seconds, clients);
        System.out.printf("PostgreSQL baseline: %,.0f commits/s (%d clients, one-row insert per commit, %d s)%n",
                commits, clients, seconds);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, base);
        List<String> ids = referralIds(http, base, token);
        if (ids.isEmpty()) {
            throw new IllegalStateException("no referral to read: start the app in demo mode");
        }
        for (int i = 0; i < 200; i++) {
            read(http, base, token, ids.get(i % ids.size()));
        }
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                pool.submit(() -> {
                    int n = offset;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        int status = read(http, base, token, ids.get(n++ % ids.size()));
                        latencies.add(System.nanoTime() - t0);
                        (status == 200 ? done : failed).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double reads = done.get() / elapsed;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "Audited referral reads: %,.0f reads/s (%d clients, %d s, %d failed); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                reads, clients, seconds, failed.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        System.out.printf("Reads as a share of PostgreSQL's commit rate: %.0f %%%n", 100 * reads / commits);
    }

    private static double baseline(String jdbc, int seconds, int clients) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_commit (id bigserial primary key, at timestamptz default now())");
        }
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                            PreparedStatement ps = c.prepareStatement("insert into bench_commit default values")) {
                        while (System.nanoTime() < end) {
                            ps.executeUpdate();
                            commits.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        double rate = commits.get() / ((System.nanoTime() - start) / 1e9);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop table bench_commit");
        }
        return rate;
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"coordinator.si@example.org\",\"password\":\"demo-password-2026\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
        return m.group(1);
    }

    private static List<String> referralIds(HttpClient http, String base, String token) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals?size=100"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\": \"([0-9a-f-]{36})\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int read(HttpClient http, String base, String token, String id) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals/" + id))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
