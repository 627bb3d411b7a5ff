package eu.makethedifference.trainings.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.trainings.TrainingModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The training concept of a region: modules with objectives, duration and knowledge-test questions. */
@ApplicationScoped
public class TrainingModuleService {
    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    public record QuestionData(String text, List<String> options, int correctOption) {}

    public record ModuleData(
            String title, String objectives, int durationMinutes, boolean archived, List<QuestionData> questions) {}

    public record Question(UUID id, UUID moduleId, String text, List<String> options, int correctOption) {}

    public List<TrainingModule> list(Caller caller, UUID regionId, boolean includeArchived) {
        if (regionId != null && !caller.worksIn(regionId)) {
            return List.of();
        }
        return TrainingModule.list(
                "regionId in ?1 and (?2 = true or archived = false) order by title, id",
                regionId == null ? caller.regionIds() : List.of(regionId),
                includeArchived);
    }

    public TrainingModule get(Caller caller, UUID id) {
        TrainingModule m = TrainingModule.findById(id);
        if (m == null) {
            throw ApiException.notFound();
        }
        if (!caller.worksIn(m.regionId)) {
            throw ApiException.hidden("TRAINING_MODULE", id);
        }
        return m;
    }

    @Transactional
    public TrainingModule create(Caller caller, UUID regionId, ModuleData data) {
        if (regionId == null || !caller.worksIn(regionId)) {
            throw ApiException.invalidField("regionId", "unknown region");
        }
        TrainingModule m = new TrainingModule();
        m.id = UUID.randomUUID();
        m.regionId = regionId;
        m.createdAt = SqlValues.now();
        apply(m, data);
        m.persist();
        writeQuestions(m.id, data.questions());
        em.flush();
        audit.record("TRAINING_MODULE_CREATED", "TRAINING_MODULE", m.id, m.regionId);
        return m;
    }

    @Transactional
    public TrainingModule update(Caller caller, UUID id, int expectedVersion, ModuleData data) {
        TrainingModule m = get(caller, id);
        Etags.check(expectedVersion, m.version);
        apply(m, data);
        em.createNativeQuery("delete from training_module_question where module_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        writeQuestions(id, data.questions());
        em.flush();
        audit.record("TRAINING_MODULE_UPDATED", "TRAINING_MODULE", m.id, m.regionId);
        return m;
    }

    private static void apply(TrainingModule m, ModuleData data) {
        m.title = data.title().strip();
        m.objectives = data.objectives() == null ? "" : data.objectives().strip();
        m.durationMinutes = data.durationMinutes();
        m.archived = data.archived();
        m.updatedAt = SqlValues.now();
    }

    private void writeQuestions(UUID moduleId, List<QuestionData> questions) {
        int position = 1;
        for (QuestionData q : questions == null ? List.<QuestionData>of() : questions) {
            if (q.correctOption() >= q.options().size()) {
                throw ApiException.invalidField(
                        "questions[" + (position - 1) + "].correctOption", "must point to one of the options");
            }
            try {
                em.createNativeQuery("""
                                insert into training_module_question (id, module_id, position, text, options, correct_option)
                                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)
                                """)
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, moduleId)
                        .setParameter(3, position++)
                        .setParameter(4, q.text().strip())
                        .setParameter(5, json.writeValueAsString(q.options()))
                        .setParameter(6, q.correctOption())
                        .executeUpdate();
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    /** Questions of the given modules, by module, in order. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<Question>> questions(Collection<UUID> moduleIds) {
        Map<UUID, List<Question>> out = new LinkedHashMap<>();
        if (moduleIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("""
                        select id, module_id, text, cast(options as text), correct_option
                        from training_module_question where module_id in (?1) order by module_id, position
                        """).setParameter(1, moduleIds).getResultList()) {
            Object[] r = (Object[]) row;
            try {
                out.computeIfAbsent((UUID) r[1], k -> new ArrayList<>())
                        .add(new Question(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                json.readValue((String) r[3], new TypeReference<List<String>>() {}),
                                ((Number) r[4]).intValue()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
