package eu.makethedifference.demo;

import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.Activity;
import eu.makethedifference.mentoring.Interest;
import eu.makethedifference.mentoring.Mood;
import eu.makethedifference.mentoring.Party;
import eu.makethedifference.mentoring.ScreeningStep;
import eu.makethedifference.mentoring.Slot;
import eu.makethedifference.mentoring.service.ChildService;
import eu.makethedifference.mentoring.service.DiaryService;
import eu.makethedifference.mentoring.service.MatchService;
import eu.makethedifference.mentoring.service.VolunteerService;
import eu.makethedifference.referrals.Gender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo mentoring programme per region: volunteers at every screening step, approved mentors waiting for a
 * child, waiting children, and two active matches with diary entries, feedback, a quiet spell and a concern.
 */
@ApplicationScoped
class DemoMentoring {
    @Inject
    Jdbc jdbc;

    @Inject
    VolunteerService volunteers;

    @Inject
    ChildService children;

    @Inject
    MatchService matches;

    @Inject
    DiaryService diary;

    /** A volunteer: how many screening steps are done (4 = approved), and the certificate's age in months. */
    record V(String first, String last, String email, String place, Gender gender, int steps, int certificateAge) {}

    record C(String name, int age, Gender gender, String place, List<Interest> interests) {}

    record RegionMentoring(
            String region,
            String language,
            String coordinator,
            List<V> volunteers,
            List<C> waiting,
            C firstChild,
            C secondChild) {}

    private static final List<Slot> SLOTS =
            List.of(Slot.WED_AFTERNOON, Slot.SAT_MORNING, Slot.MON_AFTERNOON, Slot.FRI_AFTERNOON);
    private static final List<Interest> INTERESTS = List.of(Interest.values());

    static final List<RegionMentoring> SEEDS = List.of(
            new RegionMentoring(
                    "si",
                    "sl",
                    "coordinator.si@example.org",
                    List.of(
                            new V("Ana", "Kovač", "ana.kovac@example.org", "Maribor", Gender.FEMALE, 0, 0),
                            new V("Marko", "Horvat", "marko.horvat@example.org", "Ptuj", Gender.MALE, 1, 0),
                            new V("Eva", "Novak", "eva.novak@example.org", "Maribor", Gender.FEMALE, 2, 1),
                            new V("Luka", "Krajnc", "luka.krajnc@example.org", "Lenart", Gender.MALE, 3, 1),
                            new V("Sara", "Potočnik", "sara.potocnik@example.org", "Ruše", Gender.FEMALE, 4, 2),
                            new V("Nika", "Zupan", "mentor.si@example.org", "Maribor", Gender.FEMALE, 5, 3),
                            new V("Tina", "Golob", "tina.golob@example.org", "Ptuj", Gender.FEMALE, 5, 11),
                            new V("Rok", "Vidmar", "rok.vidmar@example.org", "Maribor", Gender.MALE, 5, 2),
                            new V("Petra", "Kos", "petra.kos@example.org", "Maribor", Gender.FEMALE, 5, 4),
                            new V("Jan", "Kralj", "jan.kralj@example.org", "Maribor", Gender.MALE, 5, 1),
                            new V("Maja", "Zorko", "maja.zorko@example.org", "Maribor", Gender.FEMALE, 5, 5),
                            new V(
                                    "Tilen",
                                    "Bizjak",
                                    "tilen.bizjak@example.org",
                                    "Miklavž na Dravskem polju",
                                    Gender.MALE,
                                    5,
                                    2),
                            new V("Urška", "Mlakar", "urska.mlakar@example.org", "Hoče-Slivnica", Gender.FEMALE, 5, 3),
                            new V("Jure", "Kavčič", "jure.kavcic@example.org", "Maribor", Gender.MALE, 5, 6),
                            new V("Lara", "Rozman", "lara.rozman@example.org", "Maribor", Gender.FEMALE, 5, 2)),
                    List.of(
                            new C("Mila", 8, Gender.FEMALE, "Maribor", List.of(Interest.ANIMALS, Interest.ARTS_CRAFTS)),
                            new C("Val", 9, Gender.MALE, "Ptuj", List.of(Interest.SPORTS, Interest.GAMES)),
                            new C("Lan", 7, Gender.MALE, "Ruše", List.of(Interest.NATURE, Interest.SCIENCE))),
                    new C("Zoja", 9, Gender.FEMALE, "Maribor", List.of(Interest.MUSIC, Interest.READING)),
                    new C("Gal", 8, Gender.MALE, "Ptuj", List.of(Interest.SPORTS, Interest.NATURE))),
            new RegionMentoring(
                    "de",
                    "de",
                    "coordinator.de@example.org",
                    List.of(
                            new V("Anna", "Schulz", "anna.schulz@example.org", "Münster-Mitte", Gender.FEMALE, 0, 0),
                            new V("Felix", "Wagner", "felix.wagner@example.org", "Hiltrup", Gender.MALE, 1, 0),
                            new V("Marie", "Koch", "marie.koch@example.org", "Gievenbeck", Gender.FEMALE, 2, 1),
                            new V("Tim", "Richter", "tim.richter@example.org", "Kinderhaus", Gender.MALE, 3, 1),
                            new V("Sophie", "Klein", "sophie.klein@example.org", "Roxel", Gender.FEMALE, 4, 2),
                            new V("Leon", "Hoffmann", "mentor.de@example.org", "Münster-Mitte", Gender.MALE, 5, 3),
                            new V("Clara", "Becker", "clara.becker@example.org", "Hiltrup", Gender.FEMALE, 5, 11),
                            new V("Jonas", "Wolf", "jonas.wolf@example.org", "Münster-Mitte", Gender.MALE, 5, 2),
                            new V("Lea", "Schröder", "lea.schroeder@example.org", "Münster-Mitte", Gender.FEMALE, 5, 4),
                            new V("Paul", "Neumann", "paul.neumann@example.org", "Gievenbeck", Gender.MALE, 5, 1),
                            new V("Emma", "Braun", "emma.braun@example.org", "Münster-Mitte", Gender.FEMALE, 5, 5)),
                    List.of(
                            new C("Ida", 8, Gender.FEMALE, "Münster-Mitte", List.of(Interest.ANIMALS, Interest.MUSIC)),
                            new C("Moritz", 9, Gender.MALE, "Coerde", List.of(Interest.SPORTS, Interest.TECHNOLOGY))),
                    new C("Lotte", 9, Gender.FEMALE, "Münster-Mitte", List.of(Interest.READING, Interest.COOKING)),
                    new C("Finn", 8, Gender.MALE, "Hiltrup", List.of(Interest.SPORTS, Interest.GAMES))));

    @Transactional
    int seed() {
        jdbc.one("select pg_advisory_xact_lock(4242007)", rs -> 1);
        int added = 0;
        for (RegionMentoring r : SEEDS) {
            UUID region = DemoData.id("region:" + r.region());
            if (jdbc.one("select count(*) from volunteer where region_id = ?", rs -> rs.getLong(1), region)
                            .orElse(0L)
                    > 0) {
                continue;
            }
            Caller coordinator =
                    new Caller(DemoData.id("user:" + r.coordinator()), Role.COORDINATOR, Set.of(region), null, null);
            LocalDate today = LocalDate.now();
            int n = 0;
            java.util.Map<String, UUID> ids = new java.util.HashMap<>();
            for (V v : r.volunteers()) {
                n++;
                volunteers.apply(new VolunteerService.Application(
                        region,
                        v.first(),
                        v.last(),
                        v.email(),
                        "+386 40 100 " + (100 + n),
                        today.minusYears(20 + n % 8).minusDays(n * 11L),
                        n % 2 == 0 ? "Social work" : "Education",
                        List.of(r.language(), "en"),
                        v.place(),
                        SLOTS.subList(0, 2 + n % 3),
                        List.of(
                                INTERESTS.get(n % INTERESTS.size()),
                                INTERESTS.get((n * 5) % INTERESTS.size()),
                                Interest.SPORTS),
                        v.gender(),
                        "I want to give a child the time someone once gave me.",
                        true));
                UUID id = jdbc.one(
                                "select id from volunteer where lower(email) = lower(?)",
                                rs -> rs.getObject(1, UUID.class),
                                v.email())
                        .orElseThrow();
                ids.put(v.email(), id);
                ScreeningStep[] steps = ScreeningStep.values();
                for (int s = 0; s < Math.min(4, v.steps()); s++) {
                    volunteers.recordStep(
                            coordinator,
                            id,
                            steps[s],
                            steps[s] == ScreeningStep.INTERVIEW ? "Motivated, reliable, good with children." : null,
                            steps[s] == ScreeningStep.CERTIFICATE
                                    ? today.minusMonths(v.certificateAge()).minusDays(3)
                                    : null);
                }
                if (v.steps() == 5) {
                    volunteers.approve(coordinator, id);
                }
                added++;
            }
            for (C c : r.waiting()) {
                child(coordinator, region, r.language(), c);
                added++;
            }
            List<V> approved =
                    r.volunteers().stream().filter(v -> v.steps() == 5).toList();
            added += activeMatch(
                    coordinator,
                    region,
                    r,
                    r.firstChild(),
                    ids.get(approved.get(0).email()),
                    false);
            added += activeMatch(
                    coordinator,
                    region,
                    r,
                    r.secondChild(),
                    ids.get(approved.get(1).email()),
                    true);
        }
        return added;
    }

    private UUID child(Caller coordinator, UUID region, String language, C c) {
        LocalDate born = LocalDate.now().minusYears(c.age()).minusMonths(2);
        return children.create(
                        coordinator,
                        new ChildService.ProfileData(
                                region,
                                c.name(),
                                born.getYear(),
                                born.getMonthValue(),
                                c.gender(),
                                List.of(language),
                                c.place(),
                                SLOTS.subList(0, 3),
                                c.interests(),
                                null))
                .id();
    }

    /** An active match since two months with diary entries and feedback; the second one quiet, with a concern. */
    private int activeMatch(Caller coordinator, UUID region, RegionMentoring r, C c, UUID volunteerId, boolean quiet) {
        UUID child = child(coordinator, region, r.language(), c);
        UUID match = matches.propose(coordinator, child, volunteerId).id();
        matches.consent(coordinator, match, Party.MENTOR);
        matches.consent(coordinator, match, Party.FAMILY);
        LocalDate today = LocalDate.now();
        matches.start(coordinator, match, today.minusMonths(2));
        UUID mentorUser = jdbc.one(
                        "select user_id from volunteer where id = ?", rs -> rs.getObject(1, UUID.class), volunteerId)
                .orElseThrow();
        Caller mentor = new Caller(mentorUser, Role.MENTOR, Set.of(region), null, null);
        int[] daysAgo = quiet ? new int[] {50, 36, 22} : new int[] {40, 26, 12, 5};
        for (int i = 0; i < daysAgo.length; i++) {
            boolean concern = quiet && i == daysAgo.length - 1;
            DiaryService.Entry e = diary.log(
                    mentor,
                    match,
                    new DiaryService.NewEntry(
                            today.minusDays(daysAgo[i]),
                            90 + 30 * (i % 2),
                            List.of(Activity.values()[i % Activity.values().length], Activity.TALKING),
                            null,
                            i == 1 ? Mood.OK : Mood.GOOD,
                            i == 0
                                    ? "We got to know each other and played a board game."
                                    : "A good afternoon together.",
                            concern,
                            concern ? "The child said nobody was at home for two days." : null));
            if (i < 2) {
                diary.feedback(
                        coordinator,
                        e.id(),
                        i == 0
                                ? "Thank you, a lovely start. Keep the routine of fixed days."
                                : "Well noted; see you at supervision.");
            }
        }
        return 1;
    }
}
