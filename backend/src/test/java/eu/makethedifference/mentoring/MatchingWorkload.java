package eu.makethedifference.mentoring;

import eu.makethedifference.mentoring.service.Matching.Child;
import eu.makethedifference.mentoring.service.Matching.Mentor;
import eu.makethedifference.mentoring.service.Matching.Settings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A realistic region for measuring the matching: people clustered around 20 municipalities of very different sizes
 * within about 60 × 60 km; 21 weekly slots (MON..SUN × MORNING/AFTERNOON/EVENING), each person free in 3–6; 12
 * interests, each person 2–4; most speak the local language only, some also (or only) another one; children 6–14,
 * mentors 18–30 (students), about a fifth of the families ask for a mentor of a given gender. Deterministic for a
 * seed.
 */
public final class MatchingWorkload {

    public record Workload(List<Child> children, List<Mentor> mentors, Settings settings) {}

    public static final Settings SETTINGS = new Settings(10, 40, 30, 20, 10);

    private static final double CENTRE_LAT = 48.2;
    private static final double CENTRE_LON = 11.6;
    private static final double KM_PER_DEGREE_LAT = 111.2;
    private static final int MUNICIPALITIES = 20;
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final List<String> PARTS = List.of("MORNING", "AFTERNOON", "EVENING");
    private static final List<String> INTERESTS = List.of(
            "MUSIC",
            "FOOTBALL",
            "READING",
            "DRAWING",
            "NATURE",
            "COOKING",
            "GAMES",
            "SWIMMING",
            "CRAFTS",
            "SCIENCE",
            "DANCE",
            "ANIMALS");
    private static final String LOCAL = "de";
    private static final List<String> OTHER_LANGUAGES = List.of("en", "tr", "ar", "uk", "ru", "pl");
    private static final List<String> GENDERS = List.of("FEMALE", "MALE", "DIVERSE");

    private MatchingWorkload() {}

    public static Workload generate(long seed, int children, int mentors) {
        Random random = new Random(seed);
        double kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(CENTRE_LAT));
        double[][] towns = new double[MUNICIPALITIES][];
        double[] cumulative = new double[MUNICIPALITIES];
        double total = 0;
        for (int t = 0; t < MUNICIPALITIES; t++) {
            double xKm = (random.nextDouble() - 0.5) * 60;
            double yKm = (random.nextDouble() - 0.5) * 60;
            double spreadKm = 1.5 + random.nextDouble() * 3; // a town of a few km
            towns[t] = new double[] {CENTRE_LAT + yKm / KM_PER_DEGREE_LAT, CENTRE_LON + xKm / kmPerDegreeLon, spreadKm};
            total += 1.0 / (t + 1); // Zipf: one city, a few towns, many villages
            cumulative[t] = total;
        }

        List<Child> childList = new ArrayList<>(children);
        for (int k = 0; k < children; k++) {
            double[] home = home(random, towns, cumulative, total, kmPerDegreeLon);
            String gender = random.nextDouble() < 0.03 ? "DIVERSE" : random.nextBoolean() ? "FEMALE" : "MALE";
            double p = random.nextDouble();
            String preferred = p < 0.15 ? "FEMALE" : p < 0.2 ? "MALE" : null;
            childList.add(new Child(
                    new UUID(random.nextLong(), random.nextLong()),
                    6 + random.nextInt(9),
                    gender,
                    languages(random, 0.2, 0.03),
                    home[0],
                    home[1],
                    slots(random),
                    pick(random, INTERESTS, 2 + random.nextInt(3)),
                    preferred));
        }
        List<Mentor> mentorList = new ArrayList<>(mentors);
        for (int k = 0; k < mentors; k++) {
            double[] home = home(random, towns, cumulative, total, kmPerDegreeLon);
            mentorList.add(new Mentor(
                    new UUID(random.nextLong(), random.nextLong()),
                    18 + random.nextInt(13),
                    GENDERS.get(random.nextDouble() < 0.03 ? 2 : random.nextDouble() < 0.6 ? 0 : 1),
                    languages(random, 0.35, 0.02),
                    home[0],
                    home[1],
                    slots(random),
                    pick(random, INTERESTS, 2 + random.nextInt(3))));
        }
        return new Workload(List.copyOf(childList), List.copyOf(mentorList), SETTINGS);
    }

    private static double[] home(
            Random random, double[][] towns, double[] cumulative, double total, double kmPerDegreeLon) {
        double r = random.nextDouble() * total;
        int t = 0;
        while (cumulative[t] < r) {
            t++;
        }
        double[] town = towns[t];
        return new double[] {
            town[0] + random.nextGaussian() * town[2] / KM_PER_DEGREE_LAT,
            town[1] + random.nextGaussian() * town[2] / kmPerDegreeLon
        };
    }

    private static Set<String> languages(Random random, double alsoOther, double onlyOther) {
        String other = OTHER_LANGUAGES.get(random.nextInt(OTHER_LANGUAGES.size()));
        double p = random.nextDouble();
        if (p < onlyOther) {
            return Set.of(other);
        }
        return p < onlyOther + alsoOther ? Set.of(LOCAL, other) : Set.of(LOCAL);
    }

    private static Set<String> slots(Random random) {
        List<String> all = new ArrayList<>();
        for (String day : DAYS) {
            for (String part : PARTS) {
                all.add(day + "_" + part);
            }
        }
        return pick(random, all, 3 + random.nextInt(4));
    }

    private static Set<String> pick(Random random, List<String> from, int count) {
        Set<String> result = new LinkedHashSet<>();
        while (result.size() < count) {
            result.add(from.get(random.nextInt(from.size())));
        }
        return Set.copyOf(result);
    }
}
