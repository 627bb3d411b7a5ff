package eu.makethedifference.trainings.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.identity.service.UserService.UserRef;
import eu.makethedifference.notifications.service.NotificationService;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.service.OrganisationService;
import eu.makethedifference.organisations.service.OrganisationService.OrganisationRef;
import eu.makethedifference.trainings.Enrolment;
import eu.makethedifference.trainings.EnrolmentState;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingSession;
import eu.makethedifference.trainings.TrainingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seats of a training. Every seat decision locks the training row first, so requests are decided one at a
 * time in arrival order: with capacity C, any number of simultaneous requests confirm exactly C (within the
 * balance rule) and put the rest on the waiting list in the order they came. A freed seat goes to the first
 * person on the waiting list whose help system still has room, and they are told.
 */
@ApplicationScoped
public class EnrolmentService {
    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    TrainingAccess access;

    @Inject
    UserService users;

    @Inject
    OrganisationService organisations;

    @Inject
    NotificationService notifications;

    /** A person's attendance tick for one session; {@code present} is null until recorded. */
    public record AttendanceRow(UUID enrolmentId, UUID userId, EnrolmentState state, Boolean present) {}

    // ---------------------------------------------------------------- reading

    public Enrolment get(Caller caller, UUID id) {
        Enrolment e = Enrolment.findById(id);
        if (e == null) {
            throw ApiException.notFound();
        }
        if (!e.userId.equals(caller.userId())) {
            Training t = Training.findById(e.trainingId);
            if (!access.manages(caller, t) && !access.trains(caller, t)) {
                throw ApiException.hidden("ENROLMENT", id);
            }
        }
        return e;
    }

    /** The people enrolled in a training, in arrival order: for its coordinators and trainers only. */
    public List<Enrolment> ofTraining(Caller caller, UUID trainingId) {
        Training t = access.visible(caller, trainingId);
        access.requireManagerOrTrainer(caller, t);
        return Enrolment.list("trainingId = ?1 order by arrival", trainingId);
    }

    public List<Enrolment> mine(Caller caller) {
        return Enrolment.list("userId = ?1 order by requestedAt desc", caller.userId());
    }

    /** Places on the waiting list (1 = next), by enrolment id, for the given trainings. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> waitlistPositions(List<UUID> trainingIds) {
        Map<UUID, Integer> out = new HashMap<>();
        if (trainingIds.isEmpty()) {
            return out;
        }
        for (Object row : em.createNativeQuery("""
                        select id, row_number() over (partition by training_id order by arrival)
                        from enrolment where training_id in (?1) and state = 'WAITLISTED'
                        """).setParameter(1, trainingIds).getResultList()) {
            Object[] r = (Object[]) row;
            out.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        return out;
    }

    // ---------------------------------------------------------------- enrolling

    /**
     * Enrols the caller ({@code userId} null or their own) or, for a coordinator of the region, someone
     * else of the training's audience. Coordinators may still enrol people after the deadline.
     */
    @Transactional
    public Enrolment enrol(Caller caller, UUID trainingId, UUID userId) {
        Training t = access.lockVisible(caller, trainingId);
        boolean forOther = userId != null && !userId.equals(caller.userId());
        boolean manager = access.manages(caller, t);
        if (forOther && !manager) {
            throw ApiException.forbidden();
        }
        UserRef person = users.findEnabledInRegion(forOther ? userId : caller.userId(), t.regionId)
                .orElseThrow(() -> forOther
                        ? ApiException.invalidField("userId", "no active account of the training's region")
                        : wrongAudience(t));
        if (person.role() != t.kind.audience()) {
            throw wrongAudience(t);
        }
        if (t.status != TrainingStatus.PUBLISHED) {
            throw ApiException.conflict("training_not_open", "The training is not open for enrolment.");
        }
        Instant now = SqlValues.now();
        if (!manager && now.isAfter(t.enrolmentDeadline)) {
            throw ApiException.conflict("enrolment_closed", "The enrolment deadline has passed.");
        }
        if (Enrolment.count(
                        "trainingId = ?1 and userId = ?2 and state not in ?3",
                        t.id,
                        person.id(),
                        List.of(EnrolmentState.CANCELLED, EnrolmentState.DECLINED))
                > 0) {
            throw ApiException.conflict("already_enrolled", "This person is already enrolled in the training.");
        }
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.trainingId = t.id;
        e.userId = person.id();
        e.helpSystem = organisations
                .find(person.organisationId())
                .map(OrganisationRef::helpSystem)
                .orElse(null);
        e.arrival = ((Number) em.createNativeQuery("select nextval('enrolment_arrival_seq')")
                        .getSingleResult())
                .longValue();
        e.requestedBy = caller.userId();
        e.requestedAt = now;
        e.changedAt = now;
        e.state = t.requiresApproval && !manager ? EnrolmentState.REQUESTED : decide(t, e.helpSystem);
        e.persist();
        em.flush();
        audit.record("ENROLMENT_" + e.state.name(), "ENROLMENT", e.id, t.regionId);
        if (forOther) {
            tell(
                    e,
                    t,
                    e.state == EnrolmentState.CONFIRMED
                            ? "TRAINING_ENROLMENT_CONFIRMED"
                            : "TRAINING_ENROLMENT_WAITLISTED");
        }
        return e;
    }

    private static ApiException wrongAudience(Training t) {
        return new ApiException(
                422,
                "wrong_audience",
                "Not for this person",
                "This training is for " + (t.kind.audience() == Role.MENTOR ? "mentors" : "professionals") + ".");
    }

    /** A coordinator's approval of a request: a seat if there is one, the waiting list otherwise. */
    @Transactional
    public Enrolment approve(Caller caller, UUID id) {
        Enrolment e = get(caller, id);
        Training t = access.lockVisible(caller, e.trainingId);
        access.requireManager(caller, t);
        em.refresh(e);
        requireOpenTraining(t);
        if (e.state != EnrolmentState.REQUESTED) {
            throw illegal(e, "approved");
        }
        change(e, decide(t, e.helpSystem), null);
        tell(
                e,
                t,
                e.state == EnrolmentState.CONFIRMED ? "TRAINING_ENROLMENT_CONFIRMED" : "TRAINING_ENROLMENT_WAITLISTED");
        return e;
    }

    @Transactional
    public Enrolment decline(Caller caller, UUID id, String reason) {
        Enrolment e = get(caller, id);
        Training t = access.lockVisible(caller, e.trainingId);
        access.requireManager(caller, t);
        em.refresh(e);
        requireOpenTraining(t);
        if (e.state != EnrolmentState.REQUESTED && e.state != EnrolmentState.WAITLISTED) {
            throw illegal(e, "declined");
        }
        change(e, EnrolmentState.DECLINED, reason.strip());
        tell(e, t, "TRAINING_ENROLMENT_DECLINED");
        return e;
    }

    /** The participant or a coordinator cancels; a freed seat goes to the waiting list. */
    @Transactional
    public Enrolment cancel(Caller caller, UUID id, String reason) {
        Enrolment e = get(caller, id);
        Training t = access.lockVisible(caller, e.trainingId);
        boolean own = e.userId.equals(caller.userId());
        if (!own) {
            access.requireManager(caller, t);
        }
        em.refresh(e);
        requireOpenTraining(t);
        if (!EnrolmentState.OPEN.contains(e.state)) {
            throw illegal(e, "cancelled");
        }
        boolean freesSeat = e.state == EnrolmentState.CONFIRMED;
        change(e, EnrolmentState.CANCELLED, SqlValues.nullIfBlank(reason == null ? null : reason.strip()));
        if (!own) {
            tell(e, t, "TRAINING_ENROLMENT_CANCELLED");
        }
        if (freesSeat) {
            em.flush();
            promote(t);
        }
        return e;
    }

    /**
     * Fills free seats from the waiting list in arrival order, skipping people whose help system is at the
     * balance limit. The caller holds the training's lock.
     */
    void promote(Training t) {
        Map<HelpSystem, Integer> bySystem = new EnumMap<>(HelpSystem.class);
        int[] seated = {0};
        int[] unknown = {0};
        seatCounts(t, bySystem, seated, unknown);
        for (Enrolment w : Enrolment.<Enrolment>list(
                "trainingId = ?1 and state = ?2 order by arrival", t.id, EnrolmentState.WAITLISTED)) {
            if (seated[0] >= t.capacity) {
                return;
            }
            int ofSystem = w.helpSystem == null ? unknown[0] : bySystem.getOrDefault(w.helpSystem, 0);
            if (ofSystem >= t.maxSeatsPerHelpSystem()) {
                continue;
            }
            change(w, EnrolmentState.CONFIRMED, null);
            seated[0]++;
            if (w.helpSystem == null) {
                unknown[0]++;
            } else {
                bySystem.merge(w.helpSystem, 1, Integer::sum);
            }
            tell(w, t, "TRAINING_ENROLMENT_PROMOTED");
        }
    }

    /** CONFIRMED if there is a seat for this help system, WAITLISTED otherwise. */
    private EnrolmentState decide(Training t, HelpSystem system) {
        Map<HelpSystem, Integer> bySystem = new EnumMap<>(HelpSystem.class);
        int[] seated = {0};
        int[] unknown = {0};
        seatCounts(t, bySystem, seated, unknown);
        int ofSystem = system == null ? unknown[0] : bySystem.getOrDefault(system, 0);
        return seated[0] < t.capacity && ofSystem < t.maxSeatsPerHelpSystem()
                ? EnrolmentState.CONFIRMED
                : EnrolmentState.WAITLISTED;
    }

    @SuppressWarnings("unchecked")
    private void seatCounts(Training t, Map<HelpSystem, Integer> bySystem, int[] seated, int[] unknown) {
        for (Object row : em.createNativeQuery("""
                        select help_system, count(*) from enrolment
                        where training_id = ?1 and state in ('CONFIRMED', 'ATTENDED', 'NO_SHOW') group by help_system
                        """).setParameter(1, t.id).getResultList()) {
            Object[] r = (Object[]) row;
            int n = ((Number) r[1]).intValue();
            seated[0] += n;
            if (r[0] == null) {
                unknown[0] += n;
            } else {
                bySystem.put(HelpSystem.valueOf((String) r[0]), n);
            }
        }
    }

    void trainingCancelled(Training t) {
        for (Enrolment e : Enrolment.<Enrolment>list(
                "trainingId = ?1 and state in ?2 order by arrival", t.id, EnrolmentState.OPEN)) {
            change(e, EnrolmentState.CANCELLED, t.statusReason);
            tell(e, t, "TRAINING_CANCELLED");
        }
    }

    /** Settles every enrolment of a completed training; returns the ids of those who attended. */
    @SuppressWarnings("unchecked")
    List<UUID> trainingCompleted(Training t, int requiredSessions) {
        Map<UUID, Long> presentCounts = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select a.enrolment_id, count(*) from training_attendance a
                        join training_session s on s.id = a.session_id
                        where s.training_id = ?1 and a.present group by a.enrolment_id
                        """).setParameter(1, t.id).getResultList()) {
            Object[] r = (Object[]) row;
            presentCounts.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        List<UUID> attended = new ArrayList<>();
        for (Enrolment e : Enrolment.<Enrolment>list(
                "trainingId = ?1 and state in ?2 order by arrival", t.id, EnrolmentState.OPEN)) {
            if (e.state == EnrolmentState.CONFIRMED) {
                boolean met = presentCounts.getOrDefault(e.id, 0L) >= requiredSessions;
                change(e, met ? EnrolmentState.ATTENDED : EnrolmentState.NO_SHOW, null);
                if (met) {
                    attended.add(e.id);
                }
            } else {
                change(e, EnrolmentState.DECLINED, "The training has taken place.");
            }
        }
        return attended;
    }

    // ---------------------------------------------------------------- attendance

    @SuppressWarnings("unchecked")
    public List<AttendanceRow> attendance(Caller caller, UUID trainingId, UUID sessionId) {
        Training t = access.visible(caller, trainingId);
        access.requireManagerOrTrainer(caller, t);
        session(t, sessionId);
        List<AttendanceRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select e.id, e.user_id, e.state, a.present from enrolment e
                        left join training_attendance a on a.enrolment_id = e.id and a.session_id = ?2
                        where e.training_id = ?1 and e.state in ('CONFIRMED', 'ATTENDED', 'NO_SHOW')
                        order by e.arrival
                        """)
                .setParameter(1, t.id)
                .setParameter(2, sessionId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new AttendanceRow((UUID) r[0], (UUID) r[1], EnrolmentState.valueOf((String) r[2]), (Boolean) r[3]));
        }
        return out;
    }

    /** Ticks (or unticks) one confirmed participant for one session; repeating it changes nothing. */
    @Transactional
    public AttendanceRow recordAttendance(
            Caller caller, UUID trainingId, UUID sessionId, UUID enrolmentId, boolean present) {
        Training t = access.visible(caller, trainingId);
        access.requireManagerOrTrainer(caller, t);
        session(t, sessionId);
        if (t.status != TrainingStatus.PUBLISHED) {
            throw ApiException.conflict("training_closed", "Attendance can only be taken while the training runs.");
        }
        Enrolment e = Enrolment.findById(enrolmentId);
        if (e == null || !e.trainingId.equals(t.id)) {
            throw ApiException.notFound();
        }
        if (e.state != EnrolmentState.CONFIRMED) {
            throw ApiException.conflict("not_confirmed", "Only confirmed participants can be ticked.");
        }
        em.createNativeQuery("""
                        insert into training_attendance (session_id, enrolment_id, present, recorded_by, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (session_id, enrolment_id)
                        do update set present = excluded.present, recorded_by = excluded.recorded_by,
                                      recorded_at = excluded.recorded_at
                        """)
                .setParameter(1, sessionId)
                .setParameter(2, enrolmentId)
                .setParameter(3, present)
                .setParameter(4, caller.userId())
                .setParameter(5, SqlValues.now())
                .executeUpdate();
        audit.record(present ? "ATTENDANCE_PRESENT" : "ATTENDANCE_ABSENT", "ENROLMENT", e.id, t.regionId);
        return new AttendanceRow(e.id, e.userId, e.state, present);
    }

    private static TrainingSession session(Training t, UUID sessionId) {
        TrainingSession s = TrainingSession.findById(sessionId);
        if (s == null || !s.trainingId.equals(t.id)) {
            throw ApiException.notFound();
        }
        return s;
    }

    // ---------------------------------------------------------------- helpers

    private void change(Enrolment e, EnrolmentState state, String reason) {
        e.state = state;
        e.stateReason = reason;
        e.changedAt = SqlValues.now();
        Training t = Training.findById(e.trainingId);
        audit.record("ENROLMENT_" + state.name(), "ENROLMENT", e.id, t.regionId);
    }

    private void tell(Enrolment e, Training t, String kind) {
        notifications.send(e.userId, kind, "TRAINING", t.id, Map.of("trainingTitle", t.title));
    }

    private static void requireOpenTraining(Training t) {
        if (t.status != TrainingStatus.PUBLISHED) {
            throw ApiException.conflict(
                    "training_closed", "The training is " + t.status.name().toLowerCase() + ".");
        }
    }

    private static ApiException illegal(Enrolment e, String what) {
        return ApiException.conflict(
                "illegal_transition",
                "An enrolment that is " + e.state.name().toLowerCase() + " cannot be " + what + ".");
    }
}
