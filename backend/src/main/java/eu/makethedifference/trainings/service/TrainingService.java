package eu.makethedifference.trainings.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.identity.service.UserService.UserRef;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingKind;
import eu.makethedifference.trainings.TrainingModule;
import eu.makethedifference.trainings.TrainingSession;
import eu.makethedifference.trainings.TrainingStatus;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Trainings of a region: planning (sessions, programme, trainers, capacity, the balance rule), publishing,
 * cancelling and completing. Seats and enrolments are {@link EnrolmentService}'s.
 */
@ApplicationScoped
public class TrainingService {
    public static final Map<String, String> SORTS = Map.of("startsAt", "startsAt", "title", "title");
    public static final int DEFAULT_BALANCE_PERCENT = 60;

    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    TrainingAccess access;

    @Inject
    UserService users;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CertificateService certificates;

    public record Filter(
            UUID regionId,
            TrainingKind kind,
            TrainingStatus status,
            String language,
            Instant from,
            Instant to,
            boolean mine) {}

    public record Result(List<Training> items, long total) {}

    public record SessionData(UUID id, Instant startsAt, Instant endsAt, String venue, String onlineUrl) {}

    public record TrainingData(
            String title,
            String description,
            String language,
            int capacity,
            Instant enrolmentDeadline,
            Integer balanceMaxPercent,
            boolean requiresApproval,
            Integer minSessionsAttended,
            List<UUID> moduleIds,
            List<UUID> trainerIds,
            List<SessionData> sessions) {}

    public record ProgrammeItem(UUID moduleId, String title, String objectives, int durationMinutes) {}

    /** Seats taken (confirmed, attended, no-show), waiting and awaiting approval; seats by help system. */
    public record Seats(int seated, int waitlisted, int requested, Map<HelpSystem, Integer> seatedByHelpSystem) {
        public int left(Training t) {
            return Math.max(0, t.capacity - seated);
        }
    }

    // ---------------------------------------------------------------- reading

    public Result list(Caller caller, Filter filter, Paging paging) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        String mineClause = "(exists (select 1 from TrainerLink l where l.trainingId = t.id and l.userId = :me)"
                + " or exists (select 1 from Enrolment e where e.trainingId = t.id and e.userId = :me))";
        if (filter.mine()) {
            where.add(mineClause);
            p.and("me", caller.userId());
        } else if (caller.is(Role.COORDINATOR)) {
            where.add("t.regionId in :regions");
            p.and("regions", caller.regionIds());
        } else {
            where.add("((t.regionId in :regions and t.status <> :draft and t.kind in :kinds) or " + mineClause + ")");
            p.and("me", caller.userId())
                    .and("regions", caller.regionIds())
                    .and("draft", TrainingStatus.DRAFT)
                    .and("kinds", kindsFor(caller.role()));
        }
        if (filter.regionId() != null) {
            where.add("t.regionId = :region");
            p.and("region", filter.regionId());
        }
        if (filter.kind() != null) {
            where.add("t.kind = :kind");
            p.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("t.status = :status");
            p.and("status", filter.status());
        }
        if (filter.language() != null) {
            where.add("t.language = :language");
            p.and("language", filter.language());
        }
        if (filter.from() != null) {
            where.add("t.endsAt >= :from");
            p.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("t.startsAt < :to");
            p.and("to", filter.to());
        }
        String query = "from Training t where " + String.join(" and ", where);
        return new Result(
                Training.find(query + " order by t." + paging.orderBy() + ", t.id", p)
                        .page(paging.page(), paging.size())
                        .list(),
                Training.count(query, p));
    }

    private static List<TrainingKind> kindsFor(Role role) {
        List<TrainingKind> kinds = new ArrayList<>();
        for (TrainingKind k : TrainingKind.values()) {
            if (k.audience() == role) {
                kinds.add(k);
            }
        }
        return kinds.isEmpty() ? List.of(TrainingKind.JOINT_SEMINAR) : kinds;
    }

    public Training get(Caller caller, UUID id) {
        return access.visible(caller, id);
    }

    public List<TrainingSession> sessions(UUID trainingId) {
        return TrainingSession.list("trainingId = ?1 order by startsAt, id", trainingId);
    }

    @SuppressWarnings("unchecked")
    public List<ProgrammeItem> programme(UUID trainingId) {
        List<ProgrammeItem> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select m.id, m.title, m.objectives, m.duration_minutes
                        from training_programme p join training_module m on m.id = p.module_id
                        where p.training_id = ?1 order by p.position
                        """).setParameter(1, trainingId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ProgrammeItem((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<UserRef> trainers(UUID trainingId) {
        List<UUID> ids = em.createNativeQuery("select user_id from training_trainer where training_id = ?1")
                .setParameter(1, trainingId)
                .getResultList();
        return users.findAll(ids).values().stream()
                .sorted(java.util.Comparator.comparing(UserRef::displayName))
                .toList();
    }

    /** Seat counts of several trainings in one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Seats> seats(Collection<UUID> trainingIds) {
        Map<UUID, int[]> totals = new HashMap<>();
        Map<UUID, Map<HelpSystem, Integer>> bySystem = new HashMap<>();
        if (!trainingIds.isEmpty()) {
            for (Object row :
                    em.createNativeQuery("""
                            select training_id, state, help_system, count(*) from enrolment
                            where training_id in (?1) and state in ('CONFIRMED', 'ATTENDED', 'NO_SHOW', 'WAITLISTED', 'REQUESTED')
                            group by training_id, state, help_system
                            """).setParameter(1, trainingIds).getResultList()) {
                Object[] r = (Object[]) row;
                UUID id = (UUID) r[0];
                String state = (String) r[1];
                int n = ((Number) r[3]).intValue();
                int[] t = totals.computeIfAbsent(id, k -> new int[3]);
                switch (state) {
                    case "WAITLISTED" -> t[1] += n;
                    case "REQUESTED" -> t[2] += n;
                    default -> {
                        t[0] += n;
                        if (r[2] != null) {
                            bySystem.computeIfAbsent(id, k -> new EnumMap<>(HelpSystem.class))
                                    .merge(HelpSystem.valueOf((String) r[2]), n, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<UUID, Seats> out = new HashMap<>();
        for (UUID id : trainingIds) {
            int[] t = totals.getOrDefault(id, new int[3]);
            out.put(id, new Seats(t[0], t[1], t[2], bySystem.getOrDefault(id, Map.of())));
        }
        return out;
    }

    // ---------------------------------------------------------------- planning

    @Transactional
    public Training create(Caller caller, UUID regionId, TrainingKind kind, TrainingData data) {
        if (regionId == null || !caller.worksIn(regionId)) {
            throw ApiException.invalidField("regionId", "unknown region");
        }
        Training t = new Training();
        t.id = UUID.randomUUID();
        t.regionId = regionId;
        t.kind = kind;
        t.status = TrainingStatus.DRAFT;
        t.createdBy = caller.userId();
        t.createdAt = SqlValues.now();
        apply(t, data);
        t.persist();
        em.flush();
        writeSessions(t, data.sessions());
        writeProgramme(t, data.moduleIds());
        writeTrainers(t, data.trainerIds());
        audit.record("TRAINING_CREATED", "TRAINING", t.id, t.regionId);
        return t;
    }

    @Transactional
    public Training update(Caller caller, UUID id, int expectedVersion, TrainingData data) {
        Training t = access.lockVisible(caller, id);
        access.requireManager(caller, t);
        Etags.check(expectedVersion, t.version);
        open(t);
        Seats seats = seats(List.of(id)).get(id);
        if (data.capacity() < seats.seated()) {
            throw ApiException.conflict(
                    "capacity_below_confirmed",
                    "The capacity cannot be lower than the " + seats.seated() + " seats already confirmed.");
        }
        apply(t, data);
        writeSessions(t, data.sessions());
        writeProgramme(t, data.moduleIds());
        writeTrainers(t, data.trainerIds());
        em.flush();
        if (t.status == TrainingStatus.PUBLISHED) {
            enrolments.promote(t);
        }
        audit.record("TRAINING_UPDATED", "TRAINING", t.id, t.regionId);
        return t;
    }

    private void apply(Training t, TrainingData data) {
        if (t.kind == TrainingKind.JOINT_SEMINAR) {
            t.balanceMaxPercent = data.balanceMaxPercent() == null ? DEFAULT_BALANCE_PERCENT : data.balanceMaxPercent();
        } else if (data.balanceMaxPercent() != null) {
            throw ApiException.invalidField("balanceMaxPercent", "only joint seminars have a balance rule");
        } else {
            t.balanceMaxPercent = null;
        }
        if (data.minSessionsAttended() != null
                && data.minSessionsAttended() > data.sessions().size()) {
            throw ApiException.invalidField("minSessionsAttended", "cannot exceed the number of sessions");
        }
        Instant firstStart = data.sessions().stream()
                .map(SessionData::startsAt)
                .min(Instant::compareTo)
                .orElseThrow();
        if (data.enrolmentDeadline().isAfter(firstStart)) {
            throw ApiException.invalidField("enrolmentDeadline", "must not be after the first session starts");
        }
        t.title = data.title().strip();
        t.description = data.description() == null ? "" : data.description().strip();
        t.language = data.language();
        t.capacity = data.capacity();
        t.enrolmentDeadline = data.enrolmentDeadline();
        t.requiresApproval = data.requiresApproval();
        t.minSessionsAttended = data.minSessionsAttended();
        t.startsAt = firstStart;
        t.endsAt = data.sessions().stream()
                .map(SessionData::endsAt)
                .max(Instant::compareTo)
                .orElseThrow();
        t.updatedAt = SqlValues.now();
    }

    /** Sessions keyed by id: listed ones are updated or added, missing ones removed unless attendance exists. */
    private void writeSessions(Training t, List<SessionData> sessions) {
        Map<UUID, TrainingSession> existing = new HashMap<>();
        for (TrainingSession s : sessions(t.id)) {
            existing.put(s.id, s);
        }
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionData d = sessions.get(i);
            if (!d.endsAt().isAfter(d.startsAt())) {
                throw ApiException.invalidField("sessions[" + i + "].endsAt", "must be after the start");
            }
            if (SqlValues.nullIfBlank(d.venue()) == null && SqlValues.nullIfBlank(d.onlineUrl()) == null) {
                throw ApiException.invalidField("sessions[" + i + "].venue", "a venue or an online link is needed");
            }
            TrainingSession s;
            if (d.id() != null) {
                s = existing.get(d.id());
                if (s == null) {
                    throw ApiException.invalidField("sessions[" + i + "].id", "not a session of this training");
                }
            } else {
                s = new TrainingSession();
                s.id = UUID.randomUUID();
                s.trainingId = t.id;
            }
            s.startsAt = d.startsAt();
            s.endsAt = d.endsAt();
            s.venue = SqlValues.nullIfBlank(d.venue());
            s.onlineUrl = SqlValues.nullIfBlank(d.onlineUrl());
            if (d.id() == null) {
                s.persist();
            }
            kept.add(s.id);
        }
        for (TrainingSession s : existing.values()) {
            if (!kept.contains(s.id)) {
                long recorded = ((Number)
                                em.createNativeQuery("select count(*) from training_attendance where session_id = ?1")
                                        .setParameter(1, s.id)
                                        .getSingleResult())
                        .longValue();
                if (recorded > 0) {
                    throw ApiException.conflict(
                            "session_has_attendance", "A session with recorded attendance cannot be removed.");
                }
                s.delete();
            }
        }
    }

    private void writeProgramme(Training t, List<UUID> moduleIds) {
        em.createNativeQuery("delete from training_programme where training_id = ?1")
                .setParameter(1, t.id)
                .executeUpdate();
        int position = 1;
        for (UUID moduleId : new LinkedHashSet<>(moduleIds)) {
            TrainingModule m = TrainingModule.findById(moduleId);
            if (m == null || !m.regionId.equals(t.regionId) || m.archived) {
                throw ApiException.invalidField("moduleIds", "not an active module of the training's region");
            }
            em.createNativeQuery(
                            "insert into training_programme (training_id, module_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, t.id)
                    .setParameter(2, moduleId)
                    .setParameter(3, position++)
                    .executeUpdate();
        }
    }

    private void writeTrainers(Training t, List<UUID> trainerIds) {
        em.createNativeQuery("delete from training_trainer where training_id = ?1")
                .setParameter(1, t.id)
                .executeUpdate();
        for (UUID userId : new LinkedHashSet<>(trainerIds)) {
            UserRef u = users.findEnabledInRegion(userId, t.regionId)
                    .filter(r -> r.role() == Role.COORDINATOR || r.role() == Role.PROFESSIONAL)
                    .orElseThrow(() -> ApiException.invalidField(
                            "trainerIds", "trainers are coordinators or professionals of the region"));
            em.createNativeQuery("insert into training_trainer (training_id, user_id) values (?1, ?2)")
                    .setParameter(1, t.id)
                    .setParameter(2, u.id())
                    .executeUpdate();
        }
    }

    // ---------------------------------------------------------------- lifecycle

    @Transactional
    public Training publish(Caller caller, UUID id) {
        Training t = access.lockVisible(caller, id);
        access.requireManager(caller, t);
        if (t.status != TrainingStatus.DRAFT) {
            throw ApiException.conflict("illegal_transition", "Only a draft can be published.");
        }
        t.status = TrainingStatus.PUBLISHED;
        t.updatedAt = SqlValues.now();
        audit.record("TRAINING_PUBLISHED", "TRAINING", t.id, t.regionId);
        return t;
    }

    @Transactional
    public Training cancel(Caller caller, UUID id, String reason) {
        Training t = access.lockVisible(caller, id);
        access.requireManager(caller, t);
        open(t);
        t.status = TrainingStatus.CANCELLED;
        t.statusReason = reason.strip();
        t.updatedAt = SqlValues.now();
        enrolments.trainingCancelled(t);
        audit.record("TRAINING_CANCELLED", "TRAINING", t.id, t.regionId);
        return t;
    }

    /**
     * Closes a training that has taken place: participants who met the attendance rule are ATTENDED and get
     * a certificate, the other confirmed ones are NO_SHOW; requests and the waiting list are declined.
     */
    @Transactional
    public Training complete(Caller caller, UUID id) {
        Training t = access.lockVisible(caller, id);
        access.requireManagerOrTrainer(caller, t);
        if (t.status != TrainingStatus.PUBLISHED) {
            throw ApiException.conflict("illegal_transition", "Only a published training can be completed.");
        }
        List<TrainingSession> sessions = sessions(t.id);
        Instant lastStart =
                sessions.stream().map(s -> s.startsAt).max(Instant::compareTo).orElseThrow();
        if (SqlValues.now().isBefore(lastStart)) {
            throw ApiException.conflict("training_not_held", "The last session has not started yet.");
        }
        t.status = TrainingStatus.COMPLETED;
        t.updatedAt = SqlValues.now();
        int required = t.minSessionsAttended == null ? sessions.size() : t.minSessionsAttended;
        for (UUID enrolmentId : enrolments.trainingCompleted(t, required)) {
            certificates.issue(t, enrolmentId);
        }
        audit.record("TRAINING_COMPLETED", "TRAINING", t.id, t.regionId);
        return t;
    }

    private static void open(Training t) {
        if (t.status != TrainingStatus.DRAFT && t.status != TrainingStatus.PUBLISHED) {
            throw ApiException.conflict(
                    "training_closed", "The training is " + t.status.name().toLowerCase() + ".");
        }
    }

    /** For other features: when the user completed a mentor preparation course, if they did. */
    public java.util.Optional<java.time.LocalDate> mentorPreparationCompleted(UUID userId) {
        List<?> rows = em.createNativeQuery("""
                        select max(t.ends_at) from enrolment e join training t on t.id = e.training_id
                        where e.user_id = ?1 and e.state = 'ATTENDED' and t.kind = 'MENTOR_PREPARATION'
                        """).setParameter(1, userId).getResultList();
        return rows.isEmpty() || rows.get(0) == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(SqlValues.instant(rows.get(0))
                        .atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate());
    }
}
