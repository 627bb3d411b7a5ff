package eu.makethedifference.demo;

import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.referrals.AddictionKind;
import eu.makethedifference.referrals.AffectedParent;
import eu.makethedifference.referrals.ClosingOutcome;
import eu.makethedifference.referrals.ConsentForm;
import eu.makethedifference.referrals.ConsentGiver;
import eu.makethedifference.referrals.ConsentPurpose;
import eu.makethedifference.referrals.DeclineReason;
import eu.makethedifference.referrals.Gender;
import eu.makethedifference.referrals.Indicator;
import eu.makethedifference.referrals.ReferralStatus.Action;
import eu.makethedifference.referrals.Urgency;
import eu.makethedifference.referrals.service.ReferralService;
import eu.makethedifference.referrals.service.ReferralService.ConsentData;
import eu.makethedifference.referrals.service.ReferralService.ReferralData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo referrals, made through the referral service as the demo professionals and coordinators would, per
 * region: a draft, an overdue one, one in review, accepted, waitlisted, declined, started, closed, one
 * withdrawn with consent (erased) and a possible duplicate for the coordinator's queue.
 */
@ApplicationScoped
public class DemoReferrals {
    @Inject
    EntityManager em;

    @Inject
    ReferralService referrals;

    /** One demo child: who refers, to which offer, and the steps after submission. */
    record Seed(String name, boolean fromWelfare, String offer, int age, String area, List<Action> steps) {}

    record RegionReferrals(
            String region, String language, String coordinator, String addiction, String welfare, List<Seed> seeds) {}

    private static final List<Action> NONE = List.of();

    static final List<RegionReferrals> SEEDS = List.of(
            new RegionReferrals(
                    "si",
                    "sl",
                    "coordinator.si@example.org",
                    "addiction.si@example.org",
                    "welfare.si@example.org",
                    List.of(
                            new Seed("Lana", true, "group", 9, "Maribor", null),
                            new Seed("Tim", true, "group", 8, "Ptuj", NONE),
                            new Seed("Zala", false, "mentoring", 10, "Maribor", List.of(Action.REVIEW)),
                            new Seed("Jakob", true, "mentoring", 11, "Lenart", List.of(Action.ACCEPT)),
                            new Seed("Ema", true, "group", 7, "Maribor", List.of(Action.WAITLIST)),
                            new Seed("Luka", false, "counselling", 12, "Ptuj", List.of(Action.DECLINE)),
                            new Seed("Nik", true, "group", 9, "Slovenska Bistrica", List.of(Action.START_SERVICE)),
                            new Seed("Maja", false, "counselling", 13, "Maribor", List.of(Action.CLOSE)),
                            new Seed("Sara", true, "group", 6, "Ptuj", List.of(Action.WITHDRAW)),
                            new Seed("Tim", false, "mentoring", 8, "Ptuj", NONE))),
            new RegionReferrals(
                    "de",
                    "de",
                    "coordinator.de@example.org",
                    "addiction.de@example.org",
                    "welfare.de@example.org",
                    List.of(
                            new Seed("Mia", true, "group", 9, "Münster-Mitte", null),
                            new Seed("Ben", true, "group", 8, "Hiltrup", NONE),
                            new Seed("Lea", false, "mentoring", 10, "Münster-Mitte", List.of(Action.REVIEW)),
                            new Seed("Paul", true, "mentoring", 11, "Gievenbeck", List.of(Action.ACCEPT)),
                            new Seed("Emma", true, "group", 7, "Kinderhaus", List.of(Action.WAITLIST)),
                            new Seed("Noah", false, "counselling", 12, "Hiltrup", List.of(Action.DECLINE)),
                            new Seed("Lina", true, "group", 9, "Angelmodde", List.of(Action.START_SERVICE)),
                            new Seed("Jonas", false, "counselling", 13, "Münster-Mitte", List.of(Action.CLOSE)),
                            new Seed("Hannah", true, "group", 6, "Hiltrup", List.of(Action.WITHDRAW)),
                            new Seed("Benn", false, "mentoring", 8, "Hiltrup", NONE))));

    @Transactional
    int seed() {
        em.createNativeQuery("select pg_advisory_xact_lock(4242005)").getSingleResult();
        int added = 0;
        for (RegionReferrals r : SEEDS) {
            UUID region = DemoData.id("region:" + r.region());
            if (((Number) em.createNativeQuery("select count(*) from referral where region_id = ?1")
                                    .setParameter(1, region)
                                    .getSingleResult())
                            .longValue()
                    > 0) {
                continue;
            }
            Caller coordinator = new Caller(user(r.coordinator()), Role.COORDINATOR, Set.of(region), null, null);
            Caller addiction = professional(r.addiction(), region, r.region() + "-addiction");
            Caller welfare = professional(r.welfare(), region, r.region() + "-welfare");
            for (Seed s : r.seeds()) {
                UUID target = DemoData.id("offer:" + r.region() + "-" + s.offer());
                Caller referrer = s.fromWelfare() ? welfare : addiction;
                UUID id = referrals
                        .create(referrer, data(s, target, r.language()))
                        .id();
                added++;
                if (s.steps() == null) {
                    continue;
                }
                ConsentPurpose purpose =
                        s.offer().equals("mentoring") ? ConsentPurpose.MENTORING : ConsentPurpose.HELP_OFFER;
                referrals.recordConsent(referrer, id, consent(purpose));
                referrals.submit(referrer, id, null);
                for (Action step : s.steps()) {
                    perform(step, s, id, coordinator, referrer);
                }
                if (s.steps().isEmpty()) {
                    // submitted three weeks ago and still unanswered: overdue
                    em.createNativeQuery(
                                    "update referral set submitted_at = now() - interval '21 days', due_on = current_date - 7 where id = ?1")
                            .setParameter(1, id)
                            .executeUpdate();
                }
            }
        }
        return added;
    }

    private void perform(Action step, Seed s, UUID id, Caller coordinator, Caller referrer) {
        switch (step) {
            case WITHDRAW -> referrals.withdrawConsent(referrer, id);
            case DECLINE ->
                referrals.act(
                        coordinator, id, Action.DECLINE, DeclineReason.NO_CAPACITY, null, "Groups full until spring.");
            case START_SERVICE -> {
                referrals.act(coordinator, id, Action.ACCEPT, null, null, null);
                referrals.act(coordinator, id, Action.START_SERVICE, null, null, null);
            }
            case CLOSE -> {
                referrals.act(coordinator, id, Action.ACCEPT, null, null, null);
                referrals.act(coordinator, id, Action.START_SERVICE, null, null, null);
                referrals.act(coordinator, id, Action.CLOSE, null, ClosingOutcome.GOALS_REACHED, null);
            }
            default -> referrals.act(coordinator, id, step, null, null, null);
        }
    }

    private static ReferralData data(Seed s, UUID target, String language) {
        YearMonth born =
                YearMonth.now().minusYears(s.age()).minusMonths(s.area().length() % 12);
        return new ReferralData(
                target,
                s.name(),
                born.getYear(),
                born.getMonthValue(),
                s.name().endsWith("a") || s.name().endsWith("h") ? Gender.FEMALE : Gender.MALE,
                s.area(),
                null,
                List.of(language),
                List.of(Indicator.CHILD_TAKES_PARENT_ROLE, Indicator.SCHOOL_ABSENCE),
                null,
                Urgency.ROUTINE,
                List.of(AffectedParent.FATHER),
                List.of(AddictionKind.ALCOHOL));
    }

    private static ConsentData consent(ConsentPurpose purpose) {
        LocalDate today = LocalDate.now();
        return new ConsentData(
                ConsentGiver.MOTHER,
                today.minusDays(3),
                List.of(purpose, ConsentPurpose.DATA_SHARING),
                "The receiving service and the programme coordinator",
                ConsentForm.WRITTEN,
                null,
                today.plusYears(1));
    }

    private static Caller professional(String email, UUID region, String org) {
        return new Caller(user(email), Role.PROFESSIONAL, Set.of(region), DemoData.id("org:" + org), null);
    }

    private static UUID user(String email) {
        return DemoData.id("user:" + email);
    }
}
