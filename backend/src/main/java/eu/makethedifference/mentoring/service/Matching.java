package eu.makethedifference.mentoring.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Matching of children with volunteer mentors (one-to-one), pure and stateless.
 *
 * <p><b>Hard filters.</b> A pair is allowed only when all of these hold (checked in this order; the first failure
 * is the reason shown): the mentor lives at most the region's radius away (great-circle distance between the two
 * home coordinates); they share at least one language; they share at least one weekly time slot; and, when the
 * family asked for a mentor of a given gender, the mentor has that gender.
 *
 * <p><b>Score.</b> An allowed pair gets up to as many points as the region's four weights add up to (e.g. 40 + 30
 * + 20 + 10 = 100). Each criterion has a value between 0 and 1 and earns weight × value points, rounded to
 * hundredths; the score is the sum of these points.
 *
 * <ul>
 *   <li><b>Interests</b>: shared interests divided by the smaller of the two interest lists (1 when the shorter list
 *       is entirely shared; 0 when either has no interests).
 *   <li><b>Distance</b>: 1 − distance / radius (1 next door, 0 at the edge of the radius).
 *   <li><b>Availability</b>: shared weekly slots divided by 3, at most 1 (three shared slots or more earn full
 *       points).
 *   <li><b>Age gap</b>: 1 when the mentor is 8 to 15 years older than the child; falling evenly to 0 at the same
 *       age (or younger) and at 25 years or more older.
 * </ul>
 *
 * <p><b>Assignment.</b> {@link #optimal} proposes, among all allowed pairs, the set of pairs (each child and each
 * mentor at most once) with the highest total score; among equally good sets, one with the most pairs. It is exact,
 * not a heuristic. {@link #greedy} is the naive alternative, kept for comparison: it repeatedly takes the best
 * remaining pair.
 */
public final class Matching {

    static final String INTERESTS = "INTERESTS";
    static final String DISTANCE = "DISTANCE";
    static final String AVAILABILITY = "AVAILABILITY";
    static final String AGE_GAP = "AGE_GAP";

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double FULL_AVAILABILITY_SLOTS = 3;
    private static final int AGE_GAP_MIN_IDEAL = 8;
    private static final int AGE_GAP_MAX_IDEAL = 15;
    private static final int AGE_GAP_MAX = 25;

    private Matching() {}

    /** Per-region settings: radius in km; weights (points) of the four criteria; the score is at most the sum of the weights. */
    public record Settings(
            double radiusKm,
            double interestsWeight,
            double distanceWeight,
            double availabilityWeight,
            double ageGapWeight) {
        public Settings {
            if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
                throw new IllegalArgumentException("radiusKm must be positive: " + radiusKm);
            }
            for (double w : new double[] {interestsWeight, distanceWeight, availabilityWeight, ageGapWeight}) {
                if (!(w >= 0) || w > 1_000_000) {
                    throw new IllegalArgumentException("weights must be between 0 and 1,000,000: " + w);
                }
            }
        }
    }

    /** preferredMentorGender: null = no preference; otherwise the mentor's gender must equal it. Genders are strings like "FEMALE", "MALE", "DIVERSE". */
    public record Child(
            UUID id,
            int age,
            String gender,
            Set<String> languages,
            double lat,
            double lon,
            Set<String> slots,
            Set<String> interests,
            String preferredMentorGender) {}

    public record Mentor(
            UUID id,
            int age,
            String gender,
            Set<String> languages,
            double lat,
            double lon,
            Set<String> slots,
            Set<String> interests) {}

    /** One criterion of a score: name is INTERESTS, DISTANCE, AVAILABILITY or AGE_GAP; value in [0,1]; points = weight * value rounded to 2 decimals; detail is machine-readable facts for the UI, e.g. {"shared": ["MUSIC"], "distanceKm": 3.2, "sharedSlots": 2, "ageGap": 14}. */
    public record Criterion(String name, double weight, double value, double points, Map<String, Object> detail) {}

    /** score == sum of criteria points (exactly, after the 2-decimal rounding: compute score as the sum of the rounded points, then round to 2 decimals). */
    public record Pair(UUID childId, UUID mentorId, double score, double distanceKm, List<Criterion> criteria) {}

    public enum Exclusion {
        DISTANCE,
        LANGUAGE,
        AVAILABILITY,
        FAMILY_PREFERENCE
    }

    public record Assignment(List<Pair> pairs, double totalScore, long allowedPairs) {}

    // ---------------------------------------------------------------------------------------------------------
    // Single pairs

    /** The first hard filter the pair fails, in the order DISTANCE (haversine km > radius), LANGUAGE (no shared language), AVAILABILITY (no shared slot), FAMILY_PREFERENCE; empty when allowed. */
    public static Optional<Exclusion> exclusion(Child c, Mentor m, Settings s) {
        if (distanceKm(c.lat(), c.lon(), m.lat(), m.lon()) > s.radiusKm()) {
            return Optional.of(Exclusion.DISTANCE);
        }
        if (sharedCount(c.languages(), m.languages()) == 0) {
            return Optional.of(Exclusion.LANGUAGE);
        }
        if (sharedCount(c.slots(), m.slots()) == 0) {
            return Optional.of(Exclusion.AVAILABILITY);
        }
        if (!genderAccepted(c, m)) {
            return Optional.of(Exclusion.FAMILY_PREFERENCE);
        }
        return Optional.empty();
    }

    /** The scored pair; only meaningful for an allowed pair. */
    public static Pair score(Child c, Mentor m, Settings s) {
        double km = distanceKm(c.lat(), c.lon(), m.lat(), m.lon());
        List<String> sharedInterests = shared(c.interests(), m.interests());
        List<String> sharedSlots = shared(c.slots(), m.slots());
        int gap = m.age() - c.age();

        double interests = interestsValue(sharedInterests.size(), size(c.interests()), size(m.interests()));
        double distance = distanceValue(km, s.radiusKm());
        double availability = availabilityValue(sharedSlots.size());
        double ageGap = ageGapValue(gap);

        Map<String, Object> interestsDetail = new LinkedHashMap<>();
        interestsDetail.put("shared", sharedInterests);
        Map<String, Object> distanceDetail = new LinkedHashMap<>();
        distanceDetail.put("distanceKm", round2(km));
        distanceDetail.put("radiusKm", s.radiusKm());
        Map<String, Object> availabilityDetail = new LinkedHashMap<>();
        availabilityDetail.put("sharedSlots", sharedSlots.size());
        availabilityDetail.put("slots", sharedSlots);
        Map<String, Object> ageGapDetail = new LinkedHashMap<>();
        ageGapDetail.put("ageGap", gap);

        List<Criterion> criteria = List.of(
                criterion(INTERESTS, s.interestsWeight(), interests, interestsDetail),
                criterion(DISTANCE, s.distanceWeight(), distance, distanceDetail),
                criterion(AVAILABILITY, s.availabilityWeight(), availability, availabilityDetail),
                criterion(AGE_GAP, s.ageGapWeight(), ageGap, ageGapDetail));
        double sum = 0;
        for (Criterion criterion : criteria) {
            sum += criterion.points();
        }
        return new Pair(c.id(), m.id(), round2(sum), round2(km), criteria);
    }

    /** Allowed mentors for one child, best first (score desc, then distance asc, then mentor id), at most limit. Must be fast for 3,000 mentors (target well under 50 ms). */
    public static List<Pair> suggestions(Child c, Collection<Mentor> mentors, Settings s, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        record Candidate(Mentor mentor, long cents, double km) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Mentor m : mentors) {
            double km = distanceKm(c.lat(), c.lon(), m.lat(), m.lon());
            if (km > s.radiusKm() || sharedCount(c.languages(), m.languages()) == 0 || !genderAccepted(c, m)) {
                continue;
            }
            int slots = sharedCount(c.slots(), m.slots());
            if (slots == 0) {
                continue;
            }
            long cents = cents(
                    s,
                    sharedCount(c.interests(), m.interests()),
                    size(c.interests()),
                    size(m.interests()),
                    km,
                    slots,
                    m.age() - c.age());
            candidates.add(new Candidate(m, cents, km));
        }
        candidates.sort(Comparator.comparingLong(Candidate::cents)
                .reversed()
                .thenComparingDouble(Candidate::km)
                .thenComparing(candidate -> candidate.mentor().id(), Comparator.nullsLast(Comparator.naturalOrder())));
        List<Pair> result = new ArrayList<>(Math.min(limit, candidates.size()));
        for (int i = 0; i < candidates.size() && i < limit; i++) {
            result.add(score(c, candidates.get(i).mentor(), s));
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Assignments

    /** The assignment of children to mentors (each at most once) over allowed pairs that maximises the total score. EXACT. */
    public static Assignment optimal(List<Child> children, List<Mentor> mentors, Settings s) {
        return optimal(Candidates.build(children, mentors, s), children, mentors, s);
    }

    /** Baseline for comparison: repeatedly take the best remaining allowed pair (global greedy by score). */
    public static Assignment greedy(List<Child> children, List<Mentor> mentors, Settings s) {
        return greedy(Candidates.build(children, mentors, s), children, mentors, s);
    }

    /** The optimal assignment and the greedy baseline, on one graph of allowed pairs. */
    public record Comparison(Assignment optimal, Assignment greedy) {}

    public static Comparison optimalWithBaseline(List<Child> children, List<Mentor> mentors, Settings s) {
        Candidates graph = Candidates.build(children, mentors, s);
        return new Comparison(optimal(graph, children, mentors, s), greedy(graph, children, mentors, s));
    }

    private static Assignment optimal(Candidates graph, List<Child> children, List<Mentor> mentors, Settings s) {
        int[] mentorOf = Hungarian.solve(graph, children.size(), mentors.size());
        return assignment(children, mentors, s, mentorOf, graph.edgeCount());
    }

    private static Assignment greedy(Candidates graph, List<Child> children, List<Mentor> mentors, Settings s) {
        int edges = graph.edgeCount();
        int[] childOfEdge = new int[edges];
        for (int child = 0; child < children.size(); child++) {
            for (int e = graph.start[child]; e < graph.start[child + 1]; e++) {
                childOfEdge[e] = child;
            }
        }
        // Best score first: sort by score, then break ties (equal score) by distance, child id, mentor id.
        long[] keys = new long[edges];
        for (int e = 0; e < edges; e++) {
            keys[e] = (graph.cents[e] << 32) | e;
        }
        Arrays.sort(keys);
        Comparator<Integer> tie = Comparator.<Integer>comparingDouble(e -> graph.km[e])
                .thenComparing(e -> children.get(childOfEdge[e]).id(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> mentors.get(graph.mentor[e]).id(), Comparator.nullsLast(Comparator.naturalOrder()));

        int[] mentorOf = new int[children.size()];
        Arrays.fill(mentorOf, -1);
        boolean[] mentorTaken = new boolean[mentors.size()];
        int end = edges;
        while (end > 0) {
            long cents = keys[end - 1] >>> 32;
            int begin = end - 1;
            while (begin > 0 && keys[begin - 1] >>> 32 == cents) {
                begin--;
            }
            List<Integer> run = new ArrayList<>(end - begin);
            for (int k = begin; k < end; k++) {
                run.add((int) keys[k]);
            }
            run.sort(tie);
            for (int e : run) {
                int child = childOfEdge[e];
                int mentor = graph.mentor[e];
                if (mentorOf[child] < 0 && !mentorTaken[mentor]) {
                    mentorOf[child] = mentor;
                    mentorTaken[mentor] = true;
                }
            }
            end = begin;
        }
        return assignment(children, mentors, s, mentorOf, edges);
    }

    private static Assignment assignment(
            List<Child> children, List<Mentor> mentors, Settings s, int[] mentorOf, long allowedPairs) {
        List<Pair> pairs = new ArrayList<>();
        long totalCents = 0;
        for (int child = 0; child < children.size(); child++) {
            if (mentorOf[child] >= 0) {
                Pair pair = score(children.get(child), mentors.get(mentorOf[child]), s);
                pairs.add(pair);
                totalCents += Math.round(pair.score() * 100);
            }
        }
        pairs.sort(Comparator.comparing(Pair::childId, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Assignment(List.copyOf(pairs), totalCents / 100.0, allowedPairs);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Criteria

    static double interestsValue(int shared, int childInterests, int mentorInterests) {
        int smaller = Math.min(childInterests, mentorInterests);
        return smaller == 0 ? 0 : Math.min(1, (double) shared / smaller);
    }

    static double distanceValue(double km, double radiusKm) {
        return clamp(1 - km / radiusKm);
    }

    static double availabilityValue(int sharedSlots) {
        return Math.min(1, sharedSlots / FULL_AVAILABILITY_SLOTS);
    }

    static double ageGapValue(int gap) {
        if (gap < AGE_GAP_MIN_IDEAL) {
            return clamp((double) gap / AGE_GAP_MIN_IDEAL);
        }
        if (gap > AGE_GAP_MAX_IDEAL) {
            return clamp((double) (AGE_GAP_MAX - gap) / (AGE_GAP_MAX - AGE_GAP_MAX_IDEAL));
        }
        return 1;
    }

    /**
     * The score in hundredths of a point, computed exactly as {@link #score} does (same values, same rounding), so
     * that the matching, which works on these integers, ranks pairs exactly as the explanation shown.
     */
    static long cents(
            Settings s,
            int sharedInterests,
            int childInterests,
            int mentorInterests,
            double km,
            int sharedSlots,
            int ageGap) {
        double sum = points(s.interestsWeight(), interestsValue(sharedInterests, childInterests, mentorInterests))
                + points(s.distanceWeight(), distanceValue(km, s.radiusKm()))
                + points(s.availabilityWeight(), availabilityValue(sharedSlots))
                + points(s.ageGapWeight(), ageGapValue(ageGap));
        return Math.round(round2(sum) * 100);
    }

    private static Criterion criterion(String name, double weight, double value, Map<String, Object> detail) {
        return new Criterion(name, weight, value, points(weight, value), Collections.unmodifiableMap(detail));
    }

    private static double points(double weight, double value) {
        return round2(weight * value);
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /** Great-circle (haversine) distance in km. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return distanceKm(lat1, lon1, Math.cos(Math.toRadians(lat1)), lat2, lon2, Math.cos(Math.toRadians(lat2)));
    }

    /** The same, with the cosines of the latitudes given (precomputed in bulk; the result is identical). */
    private static double distanceKm(
            double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2) {
        double sinLat = Math.sin(Math.toRadians(lat2 - lat1) / 2);
        double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinLat * sinLat + cosLat1 * cosLat2 * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static boolean genderAccepted(Child c, Mentor m) {
        return c.preferredMentorGender() == null || c.preferredMentorGender().equals(m.gender());
    }

    private static int size(Set<String> set) {
        return set == null ? 0 : set.size();
    }

    private static int sharedCount(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (large.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> shared(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return List.of();
        }
        TreeSet<String> result = new TreeSet<>();
        for (String x : a) {
            if (x != null && b.contains(x)) {
                result.add(x);
            }
        }
        return List.copyOf(result);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The graph of allowed pairs

    /**
     * Allowed pairs in compressed rows: the pairs of child i are the edges start[i] until start[i + 1], each with
     * its mentor index, score in hundredths and distance. Candidates are found through a grid of cubes of the
     * radius's size over the points on the unit sphere (so it is exact anywhere on Earth: a mentor within the radius
     * is within the chord, hence in a neighbouring cube); every candidate is then checked with the same tests as
     * {@link #exclusion}. Languages, slots and interests are compared as bit sets.
     */
    static final class Candidates {
        final int[] start;
        final int[] mentor;
        final long[] cents;
        final double[] km;

        private Candidates(int[] start, int[] mentor, long[] cents, double[] km) {
            this.start = start;
            this.mentor = mentor;
            this.cents = cents;
            this.km = km;
        }

        int edgeCount() {
            return mentor.length;
        }

        static Candidates build(List<Child> children, List<Mentor> mentors, Settings s) {
            Bits languages = new Bits();
            Bits slots = new Bits();
            Bits interests = new Bits();
            int m = mentors.size();
            long[][] mLanguages = new long[m][];
            long[][] mSlots = new long[m][];
            long[][] mInterests = new long[m][];
            double[] mCosLat = new double[m];
            for (int j = 0; j < m; j++) {
                Mentor mentor = mentors.get(j);
                mCosLat[j] = Math.cos(Math.toRadians(mentor.lat()));
                mLanguages[j] = languages.of(mentor.languages());
                mSlots[j] = slots.of(mentor.slots());
                mInterests[j] = interests.of(mentor.interests());
            }

            double latitudeCutKm = s.radiusKm() * (1 + 1e-9) + 1e-9;
            // Cube side slightly larger than the chord of the radius, as a margin for rounding.
            double cell = Math.min(2.0, (s.radiusKm() / EARTH_RADIUS_KM) * 1.001 + 1e-9);
            Map<Long, int[]> grid = new HashMap<>();
            Map<Long, Integer> counts = new HashMap<>();
            long[] mentorCell = new long[m];
            for (int j = 0; j < m; j++) {
                mentorCell[j] = cellKey(mentors.get(j).lat(), mentors.get(j).lon(), cell, 0, 0, 0);
                counts.merge(mentorCell[j], 1, Integer::sum);
            }
            Map<Long, Integer> fill = new HashMap<>();
            for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
                grid.put(entry.getKey(), new int[entry.getValue()]);
            }
            for (int j = 0; j < m; j++) {
                int at = fill.merge(mentorCell[j], 1, Integer::sum) - 1;
                grid.get(mentorCell[j])[at] = j;
            }

            int n = children.size();
            int[] start = new int[n + 1];
            IntList edgeMentor = new IntList();
            LongList edgeCents = new LongList();
            DoubleList edgeKm = new DoubleList();
            for (int i = 0; i < n; i++) {
                start[i] = edgeMentor.size;
                Child c = children.get(i);
                double cCosLat = Math.cos(Math.toRadians(c.lat()));
                long[] cLanguages = languages.of(c.languages());
                long[] cSlots = slots.of(c.slots());
                long[] cInterests = interests.of(c.interests());
                int cInterestCount = size(c.interests());
                for (int dx = -1; dx <= 1; dx++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dz = -1; dz <= 1; dz++) {
                            int[] bucket = grid.get(cellKey(c.lat(), c.lon(), cell, dx, dy, dz));
                            if (bucket == null) {
                                continue;
                            }
                            for (int j : bucket) {
                                Mentor mentor = mentors.get(j);
                                // The distance is at least the north-south distance (with a margin for rounding).
                                if (Math.toRadians(Math.abs(mentor.lat() - c.lat())) * EARTH_RADIUS_KM
                                        > latitudeCutKm) {
                                    continue;
                                }
                                double km =
                                        distanceKm(c.lat(), c.lon(), cCosLat, mentor.lat(), mentor.lon(), mCosLat[j]);
                                if (km > s.radiusKm()
                                        || !Bits.intersects(cLanguages, mLanguages[j])
                                        || !genderAccepted(c, mentor)) {
                                    continue;
                                }
                                int sharedSlots = Bits.sharedCount(cSlots, mSlots[j]);
                                if (sharedSlots == 0) {
                                    continue;
                                }
                                edgeMentor.add(j);
                                edgeKm.add(km);
                                edgeCents.add(cents(
                                        s,
                                        Bits.sharedCount(cInterests, mInterests[j]),
                                        cInterestCount,
                                        size(mentor.interests()),
                                        km,
                                        sharedSlots,
                                        mentor.age() - c.age()));
                            }
                        }
                    }
                }
            }
            start[n] = edgeMentor.size;
            return new Candidates(start, edgeMentor.toArray(), edgeCents.toArray(), edgeKm.toArray());
        }

        /** The cube of a point on the unit sphere, shifted by (dx, dy, dz) cubes; 21 bits per axis. */
        private static long cellKey(double lat, double lon, double cell, int dx, int dy, int dz) {
            double phi = Math.toRadians(lat);
            double lambda = Math.toRadians(lon);
            long x = (long) Math.floor((Math.cos(phi) * Math.cos(lambda) + 1) / cell) + dx;
            long y = (long) Math.floor((Math.cos(phi) * Math.sin(lambda) + 1) / cell) + dy;
            long z = (long) Math.floor((Math.sin(phi) + 1) / cell) + dz;
            return ((x & 0x1FFFFF) << 42) | ((y & 0x1FFFFF) << 21) | (z & 0x1FFFFF);
        }
    }

    /** Strings of one kind (languages, slots or interests) as bit sets, numbered as they are first seen. */
    private static final class Bits {
        private final Map<String, Integer> index = new HashMap<>();

        long[] of(Set<String> values) {
            if (values == null || values.isEmpty()) {
                return new long[0];
            }
            long[] bits = new long[0];
            for (String value : values) {
                int k = index.computeIfAbsent(value, key -> index.size());
                if (k / 64 >= bits.length) {
                    bits = Arrays.copyOf(bits, k / 64 + 1);
                }
                bits[k / 64] |= 1L << (k % 64);
            }
            return bits;
        }

        static boolean intersects(long[] a, long[] b) {
            for (int w = Math.min(a.length, b.length) - 1; w >= 0; w--) {
                if ((a[w] & b[w]) != 0) {
                    return true;
                }
            }
            return false;
        }

        static int sharedCount(long[] a, long[] b) {
            int n = 0;
            for (int w = Math.min(a.length, b.length) - 1; w >= 0; w--) {
                n += Long.bitCount(a[w] & b[w]);
            }
            return n;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Exact maximum-weight matching

    /**
     * Maximum-weight bipartite matching as a rectangular assignment problem, solved exactly with the Hungarian
     * method (successive shortest augmenting paths, Dijkstra with potentials on the sparse graph of allowed pairs).
     *
     * <p>Every child i gets a private "no mentor" column of weight 0, so every child is assigned to exactly one
     * column and unmatched children cost nothing. A pair of score k hundredths weighs k·(n + 1) + 1: the +1 prefers
     * more pairs among assignments of equal total score without ever outweighing one hundredth of a point. Costs are
     * C − weight with C the largest weight, so all costs are non-negative integers and the arithmetic is exact.
     */
    static final class Hungarian {
        private Hungarian() {}

        /** The mentor index per child, or −1. */
        static int[] solve(Candidates g, int n, int m) {
            long scale = n + 1L;
            long maxWeight = 0;
            for (long cents : g.cents) {
                maxWeight = Math.max(maxWeight, cents * scale + 1);
            }
            long big = maxWeight; // cost of the "no mentor" column; a pair costs big - weight
            int[] start = g.start;
            int[] col = g.mentor;
            long[] cost = new long[col.length];
            for (int e = 0; e < col.length; e++) {
                cost[e] = big - (g.cents[e] * scale + 1);
            }

            // Columns 0..m-1 are mentors, m..m+n-1 the children's "no mentor" columns.
            int columns = m + n;
            long[] u = new long[n];
            long[] v = new long[columns];
            int[] rowOf = new int[columns];
            int[] colOf = new int[n];
            Arrays.fill(rowOf, -1);
            Arrays.fill(colOf, -1);

            // Start: every child at its cheapest column (tight), taken greedily when still free.
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long best = big;
                int bestCol = m + i;
                for (int e = start[i]; e < start[i + 1]; e++) {
                    if (cost[e] < best || (cost[e] == best && rowOf[bestCol] >= 0 && rowOf[col[e]] < 0)) {
                        best = cost[e];
                        bestCol = col[e];
                    }
                }
                u[i] = best;
                if (rowOf[bestCol] < 0) {
                    rowOf[bestCol] = i;
                    colOf[i] = bestCol;
                } else {
                    free.add(i);
                }
            }

            long[] dist = new long[columns];
            Arrays.fill(dist, Long.MAX_VALUE);
            int[] pred = new int[columns];
            boolean[] done = new boolean[columns];
            int[] touched = new int[columns];
            int[] settled = new int[columns];
            Heap heap = new Heap(columns, dist);

            for (int s : free) {
                int touchedCount = 0;
                int settledCount = 0;
                // Row s: its pairs and its own "no mentor" column.
                touchedCount =
                        relaxRow(s, 0, big, start, col, cost, u, v, m, dist, pred, done, touched, touchedCount, heap);
                int sink = -1;
                long dmin = 0;
                while (!heap.isEmpty()) {
                    int j = heap.poll();
                    done[j] = true;
                    settled[settledCount++] = j;
                    if (rowOf[j] < 0) {
                        sink = j;
                        dmin = dist[j];
                        break;
                    }
                    touchedCount = relaxRow(
                            rowOf[j],
                            dist[j],
                            big,
                            start,
                            col,
                            cost,
                            u,
                            v,
                            m,
                            dist,
                            pred,
                            done,
                            touched,
                            touchedCount,
                            heap);
                }
                if (sink < 0) {
                    throw new IllegalStateException("no augmenting path; cannot happen with a no-mentor column");
                }
                // Potentials: keep every reduced cost non-negative and the tree's edges tight.
                u[s] += dmin;
                for (int k = 0; k < settledCount; k++) {
                    int j = settled[k];
                    if (j != sink) {
                        v[j] += dist[j] - dmin;
                        u[rowOf[j]] += dmin - dist[j];
                    }
                }
                // Augment along the path.
                int j = sink;
                while (true) {
                    int i = pred[j];
                    int next = colOf[i];
                    colOf[i] = j;
                    rowOf[j] = i;
                    if (i == s) {
                        break;
                    }
                    j = next;
                }
                // Reset.
                for (int k = 0; k < touchedCount; k++) {
                    int t = touched[k];
                    dist[t] = Long.MAX_VALUE;
                    done[t] = false;
                }
                heap.clear();
            }

            int[] mentorOf = new int[n];
            for (int i = 0; i < n; i++) {
                mentorOf[i] = colOf[i] < m ? colOf[i] : -1;
            }
            return mentorOf;
        }

        /** Relax the columns reachable from row i, which is reached at distance base. */
        private static int relaxRow(
                int i,
                long base,
                long big,
                int[] start,
                int[] col,
                long[] cost,
                long[] u,
                long[] v,
                int m,
                long[] dist,
                int[] pred,
                boolean[] done,
                int[] touched,
                int touchedCount,
                Heap heap) {
            int end = start[i + 1];
            for (int e = start[i]; e <= end; e++) {
                // The last "edge" is the row's own "no mentor" column.
                int j = e < end ? col[e] : m + i;
                if (done[j]) {
                    continue;
                }
                long d = base + (e < end ? cost[e] : big) - u[i] - v[j];
                if (d < dist[j]) {
                    if (dist[j] == Long.MAX_VALUE) {
                        touched[touchedCount++] = j;
                    }
                    dist[j] = d;
                    pred[j] = i;
                    heap.update(j);
                }
            }
            return touchedCount;
        }
    }

    /** A binary min-heap of column indices keyed by dist[], with decrease-key. */
    private static final class Heap {
        private final int[] heap;
        private final int[] position;
        private final long[] key;
        private int size;

        Heap(int capacity, long[] key) {
            this.heap = new int[capacity];
            this.position = new int[capacity];
            this.key = key;
            Arrays.fill(position, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                position[heap[k]] = -1;
            }
            size = 0;
        }

        /** Insert j, or move it up after its key decreased. */
        void update(int j) {
            int at = position[j];
            if (at < 0) {
                at = size++;
                heap[at] = j;
                position[j] = at;
            }
            siftUp(at);
        }

        int poll() {
            int top = heap[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                siftDown(0);
            }
            return top;
        }

        private void siftUp(int at) {
            int j = heap[at];
            long k = key[j];
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                int p = heap[parent];
                if (key[p] <= k) {
                    break;
                }
                heap[at] = p;
                position[p] = at;
                at = parent;
            }
            heap[at] = j;
            position[j] = at;
        }

        private void siftDown(int at) {
            int j = heap[at];
            long k = key[j];
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                    child++;
                }
                if (key[heap[child]] >= k) {
                    break;
                }
                heap[at] = heap[child];
                position[heap[at]] = at;
                at = child;
            }
            heap[at] = j;
            position[j] = at;
        }
    }

    private static final class IntList {
        int[] data = new int[1024];
        int size;

        void add(int x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class LongList {
        long[] data = new long[1024];
        int size;

        void add(long x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class DoubleList {
        double[] data = new double[1024];
        int size;

        void add(double x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
