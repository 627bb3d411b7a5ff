package eu.makethedifference.trainings.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.error.FieldError;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.trainings.Enrolment;
import eu.makethedifference.trainings.EnrolmentState;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingStatus;
import eu.makethedifference.trainings.service.TrainingModuleService.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The evaluation of a training: a knowledge test before and after (from the questions of its modules; the
 * learning gain is the average of post minus pre score in percentage points over participants who took
 * both) and a satisfaction survey. Participants see their own scores; coordinators and trainers see
 * averages only, never one person's answers.
 */
@ApplicationScoped
public class EvaluationService {
    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    TrainingAccess access;

    @Inject
    TrainingService trainings;

    @Inject
    TrainingModuleService modules;

    @Inject
    ObjectMapper json;

    public enum Phase {
        PRE,
        POST
    }

    public record Answer(UUID questionId, int option) {}

    public record Score(Phase phase, int correct, int total) {
        public int percent() {
            return Math.round(100f * correct / total);
        }
    }

    public record SurveyData(int overall, int content, int trainers, int organisation, String comment) {}

    public record Average(long responses, BigDecimal average) {}

    public record Results(
            long seated,
            long attended,
            long certificates,
            Average preTest,
            Average postTest,
            Average learningGain,
            long surveyResponses,
            BigDecimal overall,
            BigDecimal content,
            BigDecimal trainers,
            BigDecimal organisation,
            List<String> comments) {}

    /** The test's questions, in programme order, for participants, trainers and coordinators. */
    public List<Question> questions(Caller caller, UUID trainingId) {
        Training t = access.visible(caller, trainingId);
        return questionsOf(t);
    }

    private List<Question> questionsOf(Training t) {
        List<UUID> moduleIds = trainings.programme(t.id).stream()
                .map(TrainingService.ProgrammeItem::moduleId)
                .toList();
        Map<UUID, List<Question>> byModule = modules.questions(moduleIds);
        List<Question> out = new ArrayList<>();
        for (UUID id : moduleIds) {
            out.addAll(byModule.getOrDefault(id, List.of()));
        }
        return out;
    }

    /** Scores of the given enrolments, by enrolment and phase. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<Phase, Score>> scores(Collection<UUID> enrolmentIds) {
        Map<UUID, Map<Phase, Score>> out = new HashMap<>();
        if (enrolmentIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery(
                        "select enrolment_id, phase, correct, total from training_test_result where enrolment_id in (?1)")
                .setParameter(1, enrolmentIds)
                .getResultList()) {
            Object[] r = (Object[]) row;
            Phase phase = Phase.valueOf((String) r[1]);
            out.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .put(phase, new Score(phase, ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public Set<UUID> surveyed(Collection<UUID> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createNativeQuery("select enrolment_id from training_survey_response where enrolment_id in (?1)")
                        .setParameter(1, enrolmentIds)
                        .getResultList());
    }

    /**
     * A participant's own test: the pre-test until the training is completed (and before the post-test), the
     * post-test once the first session has started. Every question answered exactly once; each phase once.
     */
    @Transactional
    public Score submitTest(Caller caller, UUID enrolmentId, Phase phase, List<Answer> answers) {
        Enrolment e = own(caller, enrolmentId);
        Training t = Training.findById(e.trainingId);
        List<Question> questions = questionsOf(t);
        if (questions.isEmpty()) {
            throw ApiException.conflict("no_knowledge_test", "This training has no knowledge test.");
        }
        Map<Phase, Score> done = scores(List.of(e.id)).getOrDefault(e.id, Map.of());
        if (done.containsKey(phase)) {
            throw ApiException.conflict("already_submitted", "This test was already submitted.");
        }
        boolean started = !SqlValues.now().isBefore(t.startsAt);
        if (phase == Phase.PRE && (t.status != TrainingStatus.PUBLISHED || done.containsKey(Phase.POST))) {
            throw ApiException.conflict("test_not_open", "The pre-test is closed.");
        }
        if (phase == Phase.POST && !started) {
            throw ApiException.conflict("test_not_open", "The post-test opens when the training has started.");
        }
        Map<UUID, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        int correct = 0;
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            Question q = byId.get(a.questionId());
            if (q == null || !answered.add(a.questionId())) {
                errors.add(new FieldError("answers[" + i + "].questionId", "not a question of this test, or repeated"));
            } else if (a.option() >= q.options().size()) {
                errors.add(new FieldError("answers[" + i + "].option", "not one of the question's options"));
            } else if (a.option() == q.correctOption()) {
                correct++;
            }
        }
        if (errors.isEmpty() && answered.size() != questions.size()) {
            errors.add(new FieldError("answers", "every question needs exactly one answer"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    400, "validation_failed", "Validation failed", "The request has invalid fields.", errors, Map.of());
        }
        try {
            em.createNativeQuery("""
                            insert into training_test_result (enrolment_id, phase, correct, total, answers, submitted_at)
                            values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)
                            """)
                    .setParameter(1, e.id)
                    .setParameter(2, phase.name())
                    .setParameter(3, correct)
                    .setParameter(4, questions.size())
                    .setParameter(5, json.writeValueAsString(answers))
                    .setParameter(6, SqlValues.now())
                    .executeUpdate();
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(ex);
        } catch (PersistenceException ex) {
            throw ApiException.conflict("already_submitted", "This test was already submitted.");
        }
        audit.record("TRAINING_TEST_" + phase.name(), "ENROLMENT", e.id, t.regionId);
        return new Score(phase, correct, questions.size());
    }

    /** A participant's satisfaction survey, once, from the first session on. */
    @Transactional
    public void submitSurvey(Caller caller, UUID enrolmentId, SurveyData data) {
        Enrolment e = own(caller, enrolmentId);
        Training t = Training.findById(e.trainingId);
        if (SqlValues.now().isBefore(t.startsAt)) {
            throw ApiException.conflict("survey_not_open", "The survey opens when the training has started.");
        }
        int inserted = em.createNativeQuery("""
                        insert into training_survey_response
                            (enrolment_id, overall, content, trainers, organisation, comment, submitted_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (enrolment_id) do nothing
                        """)
                .setParameter(1, e.id)
                .setParameter(2, data.overall())
                .setParameter(3, data.content())
                .setParameter(4, data.trainers())
                .setParameter(5, data.organisation())
                .setParameter(
                        6,
                        SqlValues.nullIfBlank(
                                data.comment() == null ? null : data.comment().strip()))
                .setParameter(7, SqlValues.now())
                .executeUpdate();
        if (inserted == 0) {
            throw ApiException.conflict("already_submitted", "The survey was already submitted.");
        }
        audit.record("TRAINING_SURVEY_SUBMITTED", "ENROLMENT", e.id, t.regionId);
    }

    private Enrolment own(Caller caller, UUID enrolmentId) {
        Enrolment e = Enrolment.findById(enrolmentId);
        if (e == null) {
            throw ApiException.notFound();
        }
        if (!e.userId.equals(caller.userId())) {
            throw ApiException.hidden("ENROLMENT", enrolmentId);
        }
        if (!EnrolmentState.SEATED.contains(e.state)) {
            throw ApiException.conflict("not_confirmed", "Only participants with a seat take part in the evaluation.");
        }
        return e;
    }

    /** Averages for the training's coordinators and trainers; free-text comments for coordinators only. */
    @SuppressWarnings("unchecked")
    public Results results(Caller caller, UUID trainingId) {
        Training t = access.visible(caller, trainingId);
        access.requireManagerOrTrainer(caller, t);
        Object[] r = (Object[]) em.createNativeQuery("""
                        with e as (select id, state from enrolment where training_id = ?1),
                             pre as (select enrolment_id, 100.0 * correct / total as pct from training_test_result
                                     where phase = 'PRE' and enrolment_id in (select id from e)),
                             post as (select enrolment_id, 100.0 * correct / total as pct from training_test_result
                                      where phase = 'POST' and enrolment_id in (select id from e)),
                             s as (select * from training_survey_response where enrolment_id in (select id from e))
                        select
                            (select count(*) from e where state in ('CONFIRMED', 'ATTENDED', 'NO_SHOW')),
                            (select count(*) from e where state = 'ATTENDED'),
                            (select count(*) from training_certificate c
                             where c.enrolment_id in (select id from e) and c.revoked_at is null),
                            (select count(*) from pre), (select round(avg(pct), 1) from pre),
                            (select count(*) from post), (select round(avg(pct), 1) from post),
                            (select count(*) from pre join post using (enrolment_id)),
                            (select round(avg(post.pct - pre.pct), 1) from pre join post using (enrolment_id)),
                            (select count(*) from s),
                            (select round(avg(overall), 2) from s), (select round(avg(content), 2) from s),
                            (select round(avg(trainers), 2) from s), (select round(avg(organisation), 2) from s)
                        """).setParameter(1, t.id).getSingleResult();
        List<String> comments = access.manages(caller, t)
                ? em.createNativeQuery("""
                                select comment from training_survey_response
                                where comment is not null
                                  and enrolment_id in (select id from enrolment where training_id = ?1)
                                order by md5(comment)
                                """).setParameter(1, t.id).getResultList()
                : List.of();
        return new Results(
                n(r[0]),
                n(r[1]),
                n(r[2]),
                new Average(n(r[3]), d(r[4])),
                new Average(n(r[5]), d(r[6])),
                new Average(n(r[7]), d(r[8])),
                n(r[9]),
                d(r[10]),
                d(r[11]),
                d(r[12]),
                d(r[13]),
                comments);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static BigDecimal d(Object o) {
        return o == null ? null : new BigDecimal(o.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
