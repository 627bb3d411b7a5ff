package eu.makethedifference.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.mentoring.MatchingWorkload.Workload;
import eu.makethedifference.mentoring.service.Matching;
import eu.makethedifference.mentoring.service.Matching.Assignment;
import eu.makethedifference.mentoring.service.Matching.Child;
import eu.makethedifference.mentoring.service.Matching.Criterion;
import eu.makethedifference.mentoring.service.Matching.Exclusion;
import eu.makethedifference.mentoring.service.Matching.Mentor;
import eu.makethedifference.mentoring.service.Matching.Pair;
import eu.makethedifference.mentoring.service.Matching.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class MatchingTest {
    private static final Settings SETTINGS = new Settings(10, 40, 30, 20, 10);
    private static final double LAT = 48.2;
    private static final double LON = 11.6;
    /** Degrees of latitude per km. */
    private static final double KM = 1 / 111.195;

    // ---------------------------------------------------------------------------------------------------------
    // Hard filters

    @Test
    void shouldAllowAPairThatPassesEveryFilter() {
        assertEquals(Optional.empty(), Matching.exclusion(child(), mentor(), SETTINGS));
    }

    @Test
    void shouldExcludeAMentorBeyondTheRadius() {
        Child child = child();
        Mentor far = mentorAt(LAT + 10.5 * KM, LON);

        assertEquals(Optional.of(Exclusion.DISTANCE), Matching.exclusion(child, far, SETTINGS));
        assertEquals(Optional.empty(), Matching.exclusion(child, mentorAt(LAT + 9.5 * KM, LON), SETTINGS));
    }

    @Test
    void shouldExcludeAMentorWithoutACommonLanguage() {
        Child child = new Child(id(), 10, "MALE", Set.of("tr"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of(), null);

        assertEquals(Optional.of(Exclusion.LANGUAGE), Matching.exclusion(child, mentorSpeaking("de", "en"), SETTINGS));
        assertEquals(Optional.empty(), Matching.exclusion(child, mentorSpeaking("de", "tr"), SETTINGS));
    }

    @Test
    void shouldExcludeAMentorWithoutACommonSlot() {
        Child child = child();

        assertEquals(
                Optional.of(Exclusion.AVAILABILITY),
                Matching.exclusion(child, mentorFree("TUE_MORNING", "SAT_EVENING"), SETTINGS));
        assertEquals(Optional.empty(), Matching.exclusion(child, mentorFree("TUE_MORNING", "MON_AFTERNOON"), SETTINGS));
    }

    @Test
    void shouldExcludeAMentorOfAnotherGenderThanTheFamilyAsked() {
        Child child = childPreferring("FEMALE");

        assertEquals(Optional.of(Exclusion.FAMILY_PREFERENCE), Matching.exclusion(child, mentorOf("MALE"), SETTINGS));
        assertEquals(
                Optional.of(Exclusion.FAMILY_PREFERENCE), Matching.exclusion(child, mentorOf("DIVERSE"), SETTINGS));
        assertEquals(Optional.empty(), Matching.exclusion(child, mentorOf("FEMALE"), SETTINGS));
        assertEquals(Optional.empty(), Matching.exclusion(childPreferring(null), mentorOf("MALE"), SETTINGS));
    }

    @Test
    void shouldReportTheFirstFailingFilterInOrder() {
        Child child = new Child(id(), 10, "MALE", Set.of("tr"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of(), "FEMALE");
        Mentor failsAll =
                new Mentor(id(), 25, "MALE", Set.of("de"), LAT + 20 * KM, LON, Set.of("SUN_EVENING"), Set.of());
        Mentor failsFromLanguage =
                new Mentor(id(), 25, "MALE", Set.of("de"), LAT, LON, Set.of("SUN_EVENING"), Set.of());
        Mentor failsFromSlots = new Mentor(id(), 25, "MALE", Set.of("tr"), LAT, LON, Set.of("SUN_EVENING"), Set.of());

        assertEquals(Optional.of(Exclusion.DISTANCE), Matching.exclusion(child, failsAll, SETTINGS));
        assertEquals(Optional.of(Exclusion.LANGUAGE), Matching.exclusion(child, failsFromLanguage, SETTINGS));
        assertEquals(Optional.of(Exclusion.AVAILABILITY), Matching.exclusion(child, failsFromSlots, SETTINGS));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Score

    @Test
    void shouldScoreAPairByItsFourCriteria() {
        Child child = new Child(
                id(),
                10,
                "MALE",
                Set.of("de"),
                LAT,
                LON,
                Set.of("MON_AFTERNOON", "WED_AFTERNOON", "FRI_MORNING"),
                Set.of("MUSIC", "FOOTBALL"),
                null);
        Mentor mentor = new Mentor(
                id(),
                24,
                "FEMALE",
                Set.of("de", "en"),
                LAT + 2.5 * KM,
                LON,
                Set.of("MON_AFTERNOON", "WED_AFTERNOON", "SAT_MORNING"),
                Set.of("MUSIC", "READING", "DANCE"));

        Pair pair = Matching.score(child, mentor, SETTINGS);

        Map<String, Criterion> criteria = byName(pair);
        assertEquals(0.5, criteria.get("INTERESTS").value(), 1e-9); // 1 shared of the child's 2
        assertEquals(20.0, criteria.get("INTERESTS").points());
        assertEquals(List.of("MUSIC"), criteria.get("INTERESTS").detail().get("shared"));
        assertEquals(0.75, criteria.get("DISTANCE").value(), 1e-3); // 2.5 of 10 km
        assertEquals(22.5, criteria.get("DISTANCE").points(), 0.01);
        assertEquals(2.5, (double) criteria.get("DISTANCE").detail().get("distanceKm"), 0.01);
        assertEquals(2.0 / 3, criteria.get("AVAILABILITY").value(), 1e-9);
        assertEquals(13.33, criteria.get("AVAILABILITY").points());
        assertEquals(2, criteria.get("AVAILABILITY").detail().get("sharedSlots"));
        assertEquals(1.0, criteria.get("AGE_GAP").value());
        assertEquals(14, criteria.get("AGE_GAP").detail().get("ageGap"));
        assertEquals(round2(20 + criteria.get("DISTANCE").points() + 13.33 + 10), pair.score());
        assertEquals(2.5, pair.distanceKm(), 0.01);
    }

    @Test
    void shouldValueAnAgeGapOfEightToFifteenYearsMostAndNoneAtZeroOrTwentyFive() {
        Map<Integer, Double> expected =
                Map.of(-3, 0.0, 0, 0.0, 4, 0.5, 8, 1.0, 12, 1.0, 15, 1.0, 20, 0.5, 25, 0.0, 30, 0.0);
        expected.forEach((gap, value) -> {
            Mentor mentor =
                    new Mentor(id(), 10 + gap, "FEMALE", Set.of("de"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of());
            assertEquals(
                    value,
                    byName(Matching.score(child(), mentor, SETTINGS))
                            .get("AGE_GAP")
                            .value(),
                    1e-9,
                    "gap " + gap);
        });
    }

    @Test
    void shouldGiveNoInterestPointsWhenEitherHasNoInterests() {
        Child child = new Child(id(), 10, "MALE", Set.of("de"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of(), null);
        Mentor mentor =
                new Mentor(id(), 24, "FEMALE", Set.of("de"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of("MUSIC"));

        assertEquals(
                0.0,
                byName(Matching.score(child, mentor, SETTINGS)).get("INTERESTS").points());
    }

    @Test
    void shouldExplainEveryScoreWithCriteriaThatAddUpToIt() {
        Workload region = MatchingWorkload.generate(7, 300, 300);
        Random random = new Random(7);
        Settings odd = new Settings(7.5, 33.3, 21.7, 17.9, 27.1);
        for (int k = 0; k < 5_000; k++) {
            Child child = region.children().get(random.nextInt(300));
            Mentor mentor = region.mentors().get(random.nextInt(300));
            Settings settings = k % 2 == 0 ? region.settings() : odd;

            Pair pair = Matching.score(child, mentor, settings);

            double sum = 0;
            for (Criterion criterion : pair.criteria()) {
                assertTrue(criterion.value() >= 0 && criterion.value() <= 1, criterion.toString());
                assertEquals(round2(criterion.weight() * criterion.value()), criterion.points());
                sum += criterion.points();
            }
            assertEquals(round2(sum), pair.score());
            assertEquals(
                    List.of("INTERESTS", "DISTANCE", "AVAILABILITY", "AGE_GAP"),
                    pair.criteria().stream().map(Criterion::name).toList());
            assertTrue(pair.score() <= 100.01 || settings == odd);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Assignment

    @Test
    void shouldFindTheBestTotalScoreLikeAnExhaustiveSearch() {
        Random random = new Random(2024);
        for (int round = 0; round < 300; round++) {
            List<Child> children = randomChildren(random, random.nextInt(7));
            List<Mentor> mentors = randomMentors(random, random.nextInt(7));

            Assignment optimal = Matching.optimal(children, mentors, SETTINGS);

            assertValid(optimal, children, mentors);
            assertEquals(
                    bruteForceCents(children, mentors, 0, new boolean[mentors.size()]),
                    cents(optimal.totalScore()),
                    "round " + round);
        }
    }

    @Test
    void shouldMatchJGraphTsExactMaximumWeightMatchingOnRealisticRegions() {
        for (long seed = 1; seed <= 3; seed++) {
            Workload region = MatchingWorkload.generate(seed, 250, 200);

            Assignment optimal = Matching.optimal(region.children(), region.mentors(), region.settings());

            assertValid(optimal, region.children(), region.mentors());
            assertEquals(jgraphtCents(region), cents(optimal.totalScore()), "seed " + seed);
        }
    }

    @Test
    void shouldNeverDoWorseThanGreedy() {
        Random random = new Random(99);
        for (int round = 0; round < 300; round++) {
            List<Child> children = randomChildren(random, random.nextInt(7));
            List<Mentor> mentors = randomMentors(random, random.nextInt(7));

            Assignment greedy = Matching.greedy(children, mentors, SETTINGS);

            assertValid(greedy, children, mentors);
            assertTrue(Matching.optimal(children, mentors, SETTINGS).totalScore() >= greedy.totalScore());
        }
        Workload region = MatchingWorkload.generate(5, 400, 500);
        Assignment greedy = Matching.greedy(region.children(), region.mentors(), region.settings());
        assertValid(greedy, region.children(), region.mentors());
        assertTrue(Matching.optimal(region.children(), region.mentors(), region.settings())
                        .totalScore()
                >= greedy.totalScore());
    }

    @Test
    void shouldBeatGreedyWhenTheBestPairTakesTheOnlyMentorOfAnotherChild() {
        // Anna fits Xenia best (100) and Yusuf nearly as well (97); Ben can only have Xenia (86.67): no common slot
        // with Yusuf. Greedy gives Xenia to Anna and leaves Ben alone.
        Set<String> afternoons = Set.of("MON_AFTERNOON", "WED_AFTERNOON", "FRI_AFTERNOON");
        Child anna = new Child(uuid(1), 10, "FEMALE", Set.of("de"), LAT, LON, afternoons, Set.of("MUSIC"), null);
        Child ben =
                new Child(uuid(2), 10, "MALE", Set.of("de"), LAT, LON, Set.of("TUE_MORNING"), Set.of("MUSIC"), null);
        Set<String> afternoonsAndTuesday = new HashSet<>(afternoons);
        afternoonsAndTuesday.add("TUE_MORNING");
        Mentor xenia = new Mentor(uuid(3), 22, "FEMALE", Set.of("de"), LAT, LON, afternoonsAndTuesday, Set.of("MUSIC"));
        Mentor yusuf = new Mentor(uuid(4), 22, "MALE", Set.of("de"), LAT + 1 * KM, LON, afternoons, Set.of("MUSIC"));
        List<Child> children = List.of(anna, ben);
        List<Mentor> mentors = List.of(xenia, yusuf);

        Assignment greedy = Matching.greedy(children, mentors, SETTINGS);
        Assignment optimal = Matching.optimal(children, mentors, SETTINGS);

        assertEquals(Map.of(anna.id(), xenia.id()), asMap(greedy));
        assertEquals(Map.of(anna.id(), yusuf.id(), ben.id(), xenia.id()), asMap(optimal));
        assertEquals(100.0, greedy.totalScore());
        assertEquals(183.67, optimal.totalScore());
        assertEquals(3, optimal.allowedPairs());
    }

    @Test
    void shouldListAssignedPairsByChildId() {
        Workload region = MatchingWorkload.generate(3, 200, 150);

        for (Assignment assignment : List.of(
                Matching.optimal(region.children(), region.mentors(), region.settings()),
                Matching.greedy(region.children(), region.mentors(), region.settings()))) {
            List<UUID> ids = assignment.pairs().stream().map(Pair::childId).toList();
            assertEquals(ids.stream().sorted().toList(), ids);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Suggestions

    @Test
    void shouldSuggestAllowedMentorsBestFirstUpToTheLimit() {
        Workload region = MatchingWorkload.generate(11, 50, 1_000);
        for (Child child : region.children()) {
            List<Pair> all = Matching.suggestions(child, region.mentors(), region.settings(), Integer.MAX_VALUE);
            List<Pair> top = Matching.suggestions(child, region.mentors(), region.settings(), 5);

            long allowed = region.mentors().stream()
                    .filter(m -> Matching.exclusion(child, m, region.settings()).isEmpty())
                    .count();
            assertEquals(allowed, all.size());
            for (int k = 1; k < all.size(); k++) {
                Pair before = all.get(k - 1);
                Pair after = all.get(k);
                assertTrue(
                        before.score() > after.score()
                                || (before.score() == after.score() && before.distanceKm() <= after.distanceKm()),
                        before + " before " + after);
            }
            assertEquals(all.subList(0, Math.min(5, all.size())), top);
        }
        assertEquals(List.of(), Matching.suggestions(region.children().get(0), region.mentors(), SETTINGS, 0));
    }

    @Test
    void shouldSuggestEquallyGoodMentorsNearestFirstThenById() {
        Child child = child();
        Mentor second = new Mentor(uuid(2), 22, "FEMALE", Set.of("de"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of());
        Mentor first = new Mentor(uuid(1), 22, "FEMALE", Set.of("de"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of());
        Mentor third = new Mentor(
                uuid(0), 22, "FEMALE", Set.of("de"), LAT + 0.001 * KM, LON, Set.of("MON_AFTERNOON"), Set.of());

        List<Pair> suggestions = Matching.suggestions(child, List.of(third, second, first), SETTINGS, 10);

        assertEquals(
                List.of(first.id(), second.id(), third.id()),
                suggestions.stream().map(Pair::mentorId).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    private static void assertValid(Assignment assignment, List<Child> children, List<Mentor> mentors) {
        Map<UUID, Child> childById = new HashMap<>();
        children.forEach(c -> childById.put(c.id(), c));
        Map<UUID, Mentor> mentorById = new HashMap<>();
        mentors.forEach(m -> mentorById.put(m.id(), m));
        Set<UUID> usedChildren = new HashSet<>();
        Set<UUID> usedMentors = new HashSet<>();
        long totalCents = 0;
        for (Pair pair : assignment.pairs()) {
            assertTrue(usedChildren.add(pair.childId()), "child twice: " + pair);
            assertTrue(usedMentors.add(pair.mentorId()), "mentor twice: " + pair);
            Child child = childById.get(pair.childId());
            Mentor mentor = mentorById.get(pair.mentorId());
            assertEquals(Optional.empty(), Matching.exclusion(child, mentor, SETTINGS));
            assertEquals(Matching.score(child, mentor, SETTINGS), pair);
            totalCents += cents(pair.score());
        }
        assertEquals(totalCents, cents(assignment.totalScore()));
        long allowed = 0;
        for (Child child : children) {
            for (Mentor mentor : mentors) {
                if (Matching.exclusion(child, mentor, SETTINGS).isEmpty()) {
                    allowed++;
                }
            }
        }
        assertEquals(allowed, assignment.allowedPairs());
    }

    /** The best total (in hundredths) over every partial assignment of children from index i on. */
    private static long bruteForceCents(List<Child> children, List<Mentor> mentors, int i, boolean[] taken) {
        if (i == children.size()) {
            return 0;
        }
        long best = bruteForceCents(children, mentors, i + 1, taken); // child i stays without a mentor
        for (int j = 0; j < mentors.size(); j++) {
            Child child = children.get(i);
            Mentor mentor = mentors.get(j);
            if (!taken[j] && Matching.exclusion(child, mentor, SETTINGS).isEmpty()) {
                taken[j] = true;
                best = Math.max(
                        best,
                        cents(Matching.score(child, mentor, SETTINGS).score())
                                + bruteForceCents(children, mentors, i + 1, taken));
                taken[j] = false;
            }
        }
        return best;
    }

    private static long jgraphtCents(Workload region) {
        Graph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Object> left = new HashSet<>(region.children());
        Set<Object> right = new HashSet<>(region.mentors());
        left.forEach(graph::addVertex);
        right.forEach(graph::addVertex);
        for (Child child : region.children()) {
            for (Mentor mentor : region.mentors()) {
                if (Matching.exclusion(child, mentor, region.settings()).isEmpty()) {
                    DefaultWeightedEdge edge = graph.addEdge(child, mentor);
                    graph.setEdgeWeight(
                            edge,
                            cents(Matching.score(child, mentor, region.settings())
                                    .score()));
                }
            }
        }
        return Math.round(new MaximumWeightBipartiteMatching<>(graph, left, right)
                .getMatching()
                .getWeight());
    }

    /** Small random people close together, from few values, so that filters bite and scores often tie. */
    private static List<Child> randomChildren(Random random, int count) {
        List<Child> children = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            children.add(new Child(
                    new UUID(random.nextLong(), random.nextLong()),
                    5 + random.nextInt(11),
                    pick(random, List.of("FEMALE", "MALE")),
                    some(random, List.of("de", "en", "tr"), 1, 2),
                    LAT + random.nextGaussian() * 5 * KM,
                    LON + random.nextGaussian() * 5 * KM,
                    some(random, List.of("MON_AFTERNOON", "TUE_AFTERNOON", "WED_AFTERNOON", "SAT_MORNING"), 1, 3),
                    some(random, List.of("MUSIC", "FOOTBALL", "READING", "NATURE", "GAMES"), 0, 3),
                    random.nextInt(4) == 0 ? pick(random, List.of("FEMALE", "MALE", "DIVERSE")) : null));
        }
        return children;
    }

    private static List<Mentor> randomMentors(Random random, int count) {
        List<Mentor> mentors = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            mentors.add(new Mentor(
                    new UUID(random.nextLong(), random.nextLong()),
                    12 + random.nextInt(30),
                    pick(random, List.of("FEMALE", "MALE", "DIVERSE")),
                    some(random, List.of("de", "en", "tr"), 1, 2),
                    LAT + random.nextGaussian() * 5 * KM,
                    LON + random.nextGaussian() * 5 * KM,
                    some(random, List.of("MON_AFTERNOON", "TUE_AFTERNOON", "WED_AFTERNOON", "SAT_MORNING"), 1, 3),
                    some(random, List.of("MUSIC", "FOOTBALL", "READING", "NATURE", "GAMES"), 0, 3)));
        }
        return mentors;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Set<String> some(Random random, List<String> values, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        Set<String> result = new HashSet<>();
        while (result.size() < count) {
            result.add(pick(random, values));
        }
        return result;
    }

    private static Map<String, Criterion> byName(Pair pair) {
        Map<String, Criterion> byName = new HashMap<>();
        pair.criteria().forEach(criterion -> byName.put(criterion.name(), criterion));
        return byName;
    }

    private static Map<UUID, UUID> asMap(Assignment assignment) {
        Map<UUID, UUID> map = new HashMap<>();
        assignment.pairs().forEach(pair -> map.put(pair.childId(), pair.mentorId()));
        return map;
    }

    private static long cents(double points) {
        return Math.round(points * 100);
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static Child child() {
        return childPreferring(null);
    }

    private static Child childPreferring(String gender) {
        return new Child(
                id(),
                10,
                "MALE",
                Set.of("de"),
                LAT,
                LON,
                Set.of("MON_AFTERNOON", "WED_AFTERNOON"),
                Set.of("MUSIC"),
                gender);
    }

    private static Mentor mentor() {
        return mentorAt(LAT, LON);
    }

    private static Mentor mentorAt(double lat, double lon) {
        return new Mentor(id(), 22, "FEMALE", Set.of("de"), lat, lon, Set.of("MON_AFTERNOON"), Set.of("MUSIC"));
    }

    private static Mentor mentorSpeaking(String... languages) {
        return new Mentor(id(), 22, "FEMALE", Set.of(languages), LAT, LON, Set.of("MON_AFTERNOON"), Set.of("MUSIC"));
    }

    private static Mentor mentorFree(String... slots) {
        return new Mentor(id(), 22, "FEMALE", Set.of("de"), LAT, LON, Set.of(slots), Set.of("MUSIC"));
    }

    private static Mentor mentorOf(String gender) {
        return new Mentor(id(), 22, gender, Set.of("de"), LAT, LON, Set.of("MON_AFTERNOON"), Set.of("MUSIC"));
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private static UUID uuid(long n) {
        return new UUID(0, n);
    }
}
