package eu.makethedifference.referrals.service;

import eu.makethedifference.common.persistence.Jdbc;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Possible duplicates at intake: another submitted referral of the region, not erased, with the same birth
 * month and year, the same area and a similar first name (same letters without accents, one a short form of
 * the other, or at most one or two typing differences).
 */
final class Duplicates {
    private Duplicates() {}

    record Candidate(UUID id, String firstName) {}

    static List<UUID> find(Jdbc jdbc, UUID referralId) {
        String name = jdbc.one("select first_name from referral where id = ?", rs -> rs.getString(1), referralId)
                .orElse("");
        return jdbc.list("""
                        select d.id, d.first_name from referral r join referral d on d.region_id = r.region_id
                            and d.birth_year = r.birth_year and d.birth_month = r.birth_month
                            and lower(d.area) = lower(r.area)
                        where r.id = ? and d.id <> r.id and d.erased_at is null and d.submitted_at is not null
                        """, rs -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)), referralId).stream()
                .filter(c -> similar(name, c.firstName()))
                .map(Candidate::id)
                .toList();
    }

    static boolean similar(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.length() >= 3 && y.length() >= 3 && (x.startsWith(y) || y.startsWith(x))) {
            return true;
        }
        return distance(x, y) <= (Math.min(x.length(), y.length()) <= 4 ? 1 : 2);
    }

    private static String normalise(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}]", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
