package eu.makethedifference.demo;

import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.trainings.Enrolment;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingKind;
import eu.makethedifference.trainings.TrainingModule;
import eu.makethedifference.trainings.service.EnrolmentService;
import eu.makethedifference.trainings.service.EvaluationService;
import eu.makethedifference.trainings.service.EvaluationService.Phase;
import eu.makethedifference.trainings.service.TrainingModuleService;
import eu.makethedifference.trainings.service.TrainingModuleService.ModuleData;
import eu.makethedifference.trainings.service.TrainingModuleService.QuestionData;
import eu.makethedifference.trainings.service.TrainingService;
import eu.makethedifference.trainings.service.TrainingService.SessionData;
import eu.makethedifference.trainings.service.TrainingService.TrainingData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo trainings, made through the trainings services as the demo users would, once per region: a joint
 * seminar running today (attendance can be taken), an open one next month, a mentor preparation course and a
 * joint seminar completed two months ago with certificates, tests and surveys.
 */
@ApplicationScoped
public class DemoTrainings {
    @Inject
    EntityManager em;

    @Inject
    TrainingModuleService modules;

    @Inject
    TrainingService trainings;

    @Inject
    EnrolmentService enrolments;

    @Inject
    EvaluationService evaluation;

    record ModuleSeed(String title, String objectives, int minutes, List<QuestionData> questions) {}

    record RegionTrainings(
            String region,
            String language,
            ZoneId zone,
            String coordinator,
            String trainer,
            String addiction,
            String addictionOrg,
            String welfare,
            String welfareOrg,
            String mentor,
            String venue,
            String universityVenue,
            List<ModuleSeed> modules,
            String runningTitle,
            String openTitle,
            String mentorTitle,
            String completedTitle,
            String description,
            String comment) {}

    static final List<RegionTrainings> SEEDS = List.of(
            new RegionTrainings(
                    "si",
                    "sl",
                    ZoneId.of("Europe/Ljubljana"),
                    "coordinator.si@example.org",
                    "trainer.si@example.org",
                    "addiction.si@example.org",
                    "si-addiction",
                    "welfare.si@example.org",
                    "si-welfare",
                    "mentor.si@example.org",
                    "NIJZ, OE Maribor, Prvomajska ulica 1, Maribor",
                    "Filozofska fakulteta UM, Koroška cesta 160, Maribor",
                    List.of(
                            new ModuleSeed(
                                    "Otroci iz družin z zasvojenostjo",
                                    "Razumeti položaj in potrebe otrok staršev z zasvojenostjo.",
                                    90,
                                    List.of(
                                            new QuestionData(
                                                    "Koliko otrok v Evropi živi s staršem, ki je zasvojen z alkoholom?",
                                                    List.of(
                                                            "Približno vsak štirideseti",
                                                            "Približno vsak šesti",
                                                            "Približno vsak stoti"),
                                                    1),
                                            new QuestionData(
                                                    "Kaj je varovalni dejavnik za otroka?",
                                                    List.of(
                                                            "Stabilna odrasla oseba, ki ji zaupa",
                                                            "Molk o zasvojenosti v družini",
                                                            "Prevzemanje odgovornosti za starše"),
                                                    0))),
                            new ModuleSeed(
                                    "Zgodnja prepoznava",
                                    "Prepoznati znake obremenjenosti pri otrocih in se ustrezno odzvati.",
                                    120,
                                    List.of(new QuestionData(
                                            "Kateri znak lahko kaže na obremenjenost otroka?",
                                            List.of(
                                                    "Pogoste odsotnosti in utrujenost v šoli",
                                                    "Dobre ocene",
                                                    "Veliko prijateljev"),
                                            0))),
                            new ModuleSeed(
                                    "Poti napotitve in sodelovanje",
                                    "Poznati poti napotitve med sistemoma pomoči in soglasje skrbnika.",
                                    90,
                                    List.of(new QuestionData(
                                            "Kaj je potrebno pred napotitvijo otroka v mentorski program?",
                                            List.of("Soglasje skrbnika", "Sodna odločba", "Nič"),
                                            0)))),
                    "Skupni seminar: otroci iz družin z zasvojenostjo – zgodnja prepoznava",
                    "Skupni seminar: poti napotitve in sodelovanje",
                    "Priprava mentorjev: začetni tečaj",
                    "Skupni seminar: uvod v sodelovanje",
                    "Strokovnjaki obeh sistemov pomoči se skupaj učijo prepoznati otroke iz družin z zasvojenostjo"
                            + " in jih napotiti v pomoč.",
                    "Zelo uporabno za prakso."),
            new RegionTrainings(
                    "de",
                    "de",
                    ZoneId.of("Europe/Berlin"),
                    "coordinator.de@example.org",
                    "trainer.de@example.org",
                    "addiction.de@example.org",
                    "de-addiction",
                    "welfare.de@example.org",
                    "de-welfare",
                    "mentor.de@example.org",
                    "LWL-Landeshaus, Freiherr-vom-Stein-Platz 1, Münster",
                    "Universität Münster, Institut für Erziehungswissenschaft",
                    List.of(
                            new ModuleSeed(
                                    "Kinder aus suchtbelasteten Familien",
                                    "Lage und Bedürfnisse von Kindern suchtkranker Eltern verstehen.",
                                    90,
                                    List.of(
                                            new QuestionData(
                                                    "Wie viele Kinder in Europa leben mit einem alkoholkranken Elternteil?",
                                                    List.of(
                                                            "Etwa jedes vierzigste",
                                                            "Etwa jedes sechste",
                                                            "Etwa jedes hundertste"),
                                                    1),
                                            new QuestionData(
                                                    "Was ist ein Schutzfaktor für ein Kind?",
                                                    List.of(
                                                            "Ein verlässlicher Erwachsener, dem es vertraut",
                                                            "Schweigen über die Sucht in der Familie",
                                                            "Verantwortung für die Eltern übernehmen"),
                                                    0))),
                            new ModuleSeed(
                                    "Früherkennung",
                                    "Anzeichen von Belastung bei Kindern erkennen und handeln.",
                                    120,
                                    List.of(new QuestionData(
                                            "Welches Anzeichen kann auf eine Belastung des Kindes hinweisen?",
                                            List.of(
                                                    "Häufige Fehlzeiten und Müdigkeit in der Schule",
                                                    "Gute Noten",
                                                    "Viele Freunde"),
                                            0))),
                            new ModuleSeed(
                                    "Vermittlungswege und Kooperation",
                                    "Vermittlungswege zwischen den Hilfesystemen und die Einwilligung der"
                                            + " Sorgeberechtigten kennen.",
                                    90,
                                    List.of(new QuestionData(
                                            "Was ist vor der Vermittlung eines Kindes ins Mentoring nötig?",
                                            List.of(
                                                    "Die Einwilligung der Sorgeberechtigten",
                                                    "Ein Gerichtsbeschluss",
                                                    "Nichts"),
                                            0)))),
                    "Gemeinsames Seminar: Kinder aus suchtbelasteten Familien – früh erkennen",
                    "Gemeinsames Seminar: Vermittlungswege und Kooperation",
                    "Mentorenvorbereitung: Grundkurs",
                    "Gemeinsames Seminar: Einführung in die Zusammenarbeit",
                    "Fachkräfte beider Hilfesysteme lernen gemeinsam, Kinder aus suchtbelasteten Familien zu erkennen"
                            + " und in Hilfe zu vermitteln.",
                    "Sehr praxisnah."));

    @Transactional
    int seed() {
        em.createNativeQuery("select pg_advisory_xact_lock(4242004)").getSingleResult();
        int added = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (RegionTrainings r : SEEDS) {
            UUID region = DemoData.id("region:" + r.region());
            if (Training.count("regionId", region) > 0) {
                continue;
            }
            Caller coordinator = new Caller(user(r.coordinator()), Role.COORDINATOR, Set.of(region), null, null);
            Caller trainer = new Caller(
                    user(r.trainer()),
                    Role.PROFESSIONAL,
                    Set.of(region),
                    DemoData.id("org:" + r.region() + "-university"),
                    null);
            Caller addiction = new Caller(
                    user(r.addiction()),
                    Role.PROFESSIONAL,
                    Set.of(region),
                    DemoData.id("org:" + r.addictionOrg()),
                    null);
            Caller welfare = new Caller(
                    user(r.welfare()), Role.PROFESSIONAL, Set.of(region), DemoData.id("org:" + r.welfareOrg()), null);

            List<UUID> moduleIds = new ArrayList<>();
            for (ModuleSeed m : r.modules()) {
                TrainingModule module = modules.create(
                        coordinator,
                        region,
                        new ModuleData(m.title(), m.objectives(), m.minutes(), false, m.questions()));
                moduleIds.add(module.id);
            }

            // Running today: the first session started two hours ago; attendance can be taken.
            Training running = plan(
                    coordinator,
                    region,
                    TrainingKind.JOINT_SEMINAR,
                    r,
                    r.runningTitle(),
                    20,
                    now.minus(Duration.ofHours(3)),
                    moduleIds,
                    List.of(trainer.userId()),
                    List.of(session(now.minus(Duration.ofHours(2)), r.venue()), session(day(r, 7), r.venue())));
            enrolments.enrol(coordinator, running.id, addiction.userId());
            enrolments.enrol(coordinator, running.id, welfare.userId());

            // Open for enrolment next month.
            plan(
                    coordinator,
                    region,
                    TrainingKind.JOINT_SEMINAR,
                    r,
                    r.openTitle(),
                    12,
                    day(r, 23),
                    moduleIds.subList(2, 3),
                    List.of(trainer.userId()),
                    List.of(session(day(r, 30), r.venue()), session(day(r, 37), r.venue())));

            // Mentor preparation in two weeks, three sessions.
            Training preparation = plan(
                    coordinator,
                    region,
                    TrainingKind.MENTOR_PREPARATION,
                    r,
                    r.mentorTitle(),
                    15,
                    day(r, 10),
                    moduleIds.subList(0, 1),
                    List.of(coordinator.userId()),
                    List.of(
                            session(day(r, 14), r.universityVenue()),
                            session(day(r, 21), r.universityVenue()),
                            session(day(r, 28), r.universityVenue())));
            enrolments.enrol(coordinator, preparation.id, user(r.mentor()));

            // Completed two months ago: attendance, tests, surveys and certificates.
            Training completed = plan(
                    coordinator,
                    region,
                    TrainingKind.JOINT_SEMINAR,
                    r,
                    r.completedTitle(),
                    16,
                    day(r, -62),
                    moduleIds,
                    List.of(trainer.userId()),
                    List.of(session(day(r, -60), r.venue()), session(day(r, -53), r.venue())));
            Enrolment a = enrolments.enrol(coordinator, completed.id, addiction.userId());
            Enrolment w = enrolments.enrol(coordinator, completed.id, welfare.userId());
            List<UUID> questions = evaluation.questions(coordinator, completed.id).stream()
                    .map(TrainingModuleService.Question::id)
                    .toList();
            evaluation.submitTest(addiction, a.id, Phase.PRE, answers(questions, new int[] {0, 0, 0, 1}));
            evaluation.submitTest(welfare, w.id, Phase.PRE, answers(questions, new int[] {0, 1, 1, 1}));
            for (var s : trainings.sessions(completed.id)) {
                enrolments.recordAttendance(trainer, completed.id, s.id, a.id, true);
                enrolments.recordAttendance(trainer, completed.id, s.id, w.id, true);
            }
            evaluation.submitTest(addiction, a.id, Phase.POST, answers(questions, new int[] {1, 0, 0, 0}));
            evaluation.submitTest(welfare, w.id, Phase.POST, answers(questions, new int[] {1, 0, 0, 1}));
            evaluation.submitSurvey(addiction, a.id, new EvaluationService.SurveyData(5, 5, 4, 4, r.comment()));
            evaluation.submitSurvey(welfare, w.id, new EvaluationService.SurveyData(4, 4, 5, 3, null));
            trainings.complete(coordinator, completed.id);
            added += 4;
        }
        return added;
    }

    private Training plan(
            Caller coordinator,
            UUID region,
            TrainingKind kind,
            RegionTrainings r,
            String title,
            int capacity,
            Instant deadline,
            List<UUID> moduleIds,
            List<UUID> trainerIds,
            List<SessionData> sessions) {
        Training t = trainings.create(
                coordinator,
                region,
                kind,
                new TrainingData(
                        title,
                        r.description(),
                        r.language(),
                        capacity,
                        deadline,
                        null,
                        false,
                        null,
                        moduleIds,
                        trainerIds,
                        sessions));
        return trainings.publish(coordinator, t.id);
    }

    private static SessionData session(Instant start, String venue) {
        return new SessionData(null, start, start.plus(Duration.ofHours(6)), venue, null);
    }

    /** 09:00 local time in the region, some days from today. */
    private static Instant day(RegionTrainings r, int days) {
        return LocalDate.now(r.zone())
                .plusDays(days)
                .atTime(9, 0)
                .atZone(r.zone())
                .toInstant();
    }

    private static List<EvaluationService.Answer> answers(List<UUID> questions, int[] options) {
        List<EvaluationService.Answer> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            out.add(new EvaluationService.Answer(questions.get(i), options[i % options.length]));
        }
        return out;
    }

    private static UUID user(String email) {
        return DemoData.id("user:" + email);
    }
}
