package eu.makethedifference.trainings.service;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Who may see and run a training. Coordinators of the region run it; its trainers take attendance and read
 * results; the audience of the region (professionals for joint seminars, mentors for volunteer trainings)
 * sees it once published; participants always see the trainings they are enrolled in. Anyone else is told
 * "not found".
 */
@ApplicationScoped
public class TrainingAccess {
    @Inject
    EntityManager em;

    public Training visible(Caller caller, UUID id) {
        return check(caller, Training.findById(id), id);
    }

    /** The training, locked for this transaction: seat decisions on it happen one at a time. */
    public Training lockVisible(Caller caller, UUID id) {
        return check(caller, em.find(Training.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private Training check(Caller caller, Training t, UUID id) {
        if (t == null) {
            throw ApiException.notFound();
        }
        if (!canSee(caller, t)) {
            throw ApiException.hidden("TRAINING", id);
        }
        return t;
    }

    public boolean canSee(Caller caller, Training t) {
        return manages(caller, t)
                || (t.status != TrainingStatus.DRAFT && caller.worksIn(t.regionId) && caller.is(t.kind.audience()))
                || trains(caller, t)
                || enrolled(caller, t);
    }

    public boolean manages(Caller caller, Training t) {
        return caller.is(Role.COORDINATOR) && caller.worksIn(t.regionId);
    }

    public boolean trains(Caller caller, Training t) {
        return !em.createNativeQuery("select 1 from training_trainer where training_id = ?1 and user_id = ?2")
                .setParameter(1, t.id)
                .setParameter(2, caller.userId())
                .getResultList()
                .isEmpty();
    }

    private boolean enrolled(Caller caller, Training t) {
        return !em.createNativeQuery("select 1 from enrolment where training_id = ?1 and user_id = ?2")
                .setParameter(1, t.id)
                .setParameter(2, caller.userId())
                .getResultList()
                .isEmpty();
    }

    public void requireManager(Caller caller, Training t) {
        if (!manages(caller, t)) {
            throw ApiException.forbidden();
        }
    }

    public void requireManagerOrTrainer(Caller caller, Training t) {
        if (!manages(caller, t) && !trains(caller, t)) {
            throw ApiException.forbidden();
        }
    }
}
