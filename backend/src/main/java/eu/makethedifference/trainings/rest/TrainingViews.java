package eu.makethedifference.trainings.rest;

import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.identity.service.UserService.UserRef;
import eu.makethedifference.organisations.service.OrganisationService;
import eu.makethedifference.organisations.service.OrganisationService.OrganisationRef;
import eu.makethedifference.trainings.Enrolment;
import eu.makethedifference.trainings.EnrolmentState;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingModule;
import eu.makethedifference.trainings.TrainingSession;
import eu.makethedifference.trainings.service.CertificateService;
import eu.makethedifference.trainings.service.CertificateService.Certificate;
import eu.makethedifference.trainings.service.EnrolmentService;
import eu.makethedifference.trainings.service.EvaluationService;
import eu.makethedifference.trainings.service.EvaluationService.Phase;
import eu.makethedifference.trainings.service.TrainingAccess;
import eu.makethedifference.trainings.service.TrainingModuleService;
import eu.makethedifference.trainings.service.TrainingService;
import eu.makethedifference.trainings.service.TrainingService.Seats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns trainings, modules and enrolments into API records, loading related data in batches. */
@RequestScoped
public class TrainingViews {
    @Inject
    TrainingService trainings;

    @Inject
    TrainingModuleService modules;

    @Inject
    TrainingAccess access;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CertificateService certificates;

    @Inject
    EvaluationService evaluation;

    @Inject
    UserService users;

    @Inject
    OrganisationService organisations;

    @Inject
    CallerContext callerContext;

    private final Map<UUID, Optional<OrganisationRef>> orgCache = new HashMap<>();

    public TrainingDtos.Module module(TrainingModule m) {
        return new TrainingDtos.Module(
                m.id,
                m.regionId,
                m.title,
                m.objectives,
                m.durationMinutes,
                m.archived,
                modules.questions(List.of(m.id)).getOrDefault(m.id, List.of()).stream()
                        .map(q -> new TrainingDtos.Question(q.id(), q.text(), q.options(), q.correctOption()))
                        .toList(),
                m.updatedAt);
    }

    public List<TrainingDtos.Summary> summaries(Caller caller, List<Training> items) {
        List<UUID> ids = items.stream().map(t -> t.id).toList();
        Map<UUID, Seats> seats = trainings.seats(ids);
        Map<UUID, TrainingDtos.MyEnrolment> mine = myEnrolments(caller, ids);
        return items.stream()
                .map(t -> {
                    Seats s = seats.get(t.id);
                    return new TrainingDtos.Summary(
                            t.id,
                            t.regionId,
                            t.kind,
                            t.status,
                            t.title,
                            t.language,
                            t.startsAt,
                            t.endsAt,
                            t.enrolmentDeadline,
                            t.capacity,
                            s.left(t),
                            s.waitlisted(),
                            mine.get(t.id));
                })
                .toList();
    }

    public TrainingDtos.Detail detail(Caller caller, Training t) {
        Seats s = trainings.seats(List.of(t.id)).get(t.id);
        List<TrainingSession> sessions = trainings.sessions(t.id);
        List<TrainingService.ProgrammeItem> programme = trainings.programme(t.id);
        boolean hasTest = !modules.questions(programme.stream()
                        .map(TrainingService.ProgrammeItem::moduleId)
                        .toList())
                .isEmpty();
        return new TrainingDtos.Detail(
                t.id,
                t.regionId,
                t.kind,
                t.status,
                t.title,
                t.description,
                t.language,
                t.startsAt,
                t.endsAt,
                t.enrolmentDeadline,
                t.capacity,
                s.left(t),
                s.waitlisted(),
                s.requested(),
                t.balanceMaxPercent,
                t.maxSeatsPerHelpSystem(),
                s.seatedByHelpSystem().entrySet().stream()
                        .map(e -> new TrainingDtos.SeatsByHelpSystem(e.getKey(), e.getValue()))
                        .toList(),
                t.requiresApproval,
                t.minSessionsAttended == null ? Math.max(1, sessions.size()) : t.minSessionsAttended,
                t.statusReason,
                sessions.stream().map(TrainingViews::session).toList(),
                programme.stream()
                        .map(p -> new TrainingDtos.ProgrammeModule(
                                p.moduleId(), p.title(), p.objectives(), p.durationMinutes()))
                        .toList(),
                trainings.trainers(t.id).stream()
                        .map(u -> new TrainingDtos.Trainer(u.id(), u.displayName()))
                        .toList(),
                hasTest,
                myEnrolments(caller, List.of(t.id)).get(t.id),
                access.manages(caller, t),
                access.trains(caller, t),
                t.updatedAt);
    }

    static TrainingDtos.Session session(TrainingSession s) {
        return new TrainingDtos.Session(s.id, s.startsAt, s.endsAt, s.venue, s.onlineUrl);
    }

    /** The caller's latest enrolment per training. */
    private Map<UUID, TrainingDtos.MyEnrolment> myEnrolments(Caller caller, List<UUID> trainingIds) {
        Map<UUID, TrainingDtos.MyEnrolment> out = new HashMap<>();
        if (trainingIds.isEmpty()) {
            return out;
        }
        List<Enrolment> mine =
                Enrolment.list("userId = ?1 and trainingId in ?2 order by requestedAt", caller.userId(), trainingIds);
        Map<UUID, Integer> positions = enrolments.waitlistPositions(trainingIds);
        for (Enrolment e : mine) {
            out.put(e.trainingId, new TrainingDtos.MyEnrolment(e.id, e.state, positions.get(e.id)));
        }
        return out;
    }

    public List<TrainingDtos.Enrolment> enrolments(List<Enrolment> items) {
        List<UUID> ids = items.stream().map(e -> e.id).toList();
        List<UUID> trainingIds =
                items.stream().map(e -> e.trainingId).distinct().toList();
        Map<UUID, Training> byId = new HashMap<>();
        if (!trainingIds.isEmpty()) {
            Training.<Training>list("id in ?1", trainingIds).forEach(t -> byId.put(t.id, t));
        }
        Map<UUID, Integer> positions = enrolments.waitlistPositions(trainingIds);
        Map<UUID, Certificate> certs = certificates.ofEnrolments(ids);
        Map<UUID, Map<Phase, EvaluationService.Score>> scores = evaluation.scores(ids);
        java.util.Set<UUID> surveyed = evaluation.surveyed(ids);
        UUID me = callerContext.current().map(Caller::userId).orElse(null);
        return items.stream()
                .map(e -> {
                    Training t = byId.get(e.trainingId);
                    Certificate c = certs.get(e.id);
                    // test scores are the participant's own; coordinators and trainers see averages only
                    Map<Phase, EvaluationService.Score> s =
                            e.userId.equals(me) ? scores.getOrDefault(e.id, Map.of()) : Map.of();
                    return new TrainingDtos.Enrolment(
                            e.id,
                            new TrainingDtos.TrainingRef(t.id, t.title, t.kind, t.status, t.startsAt, t.endsAt),
                            e.userId,
                            e.state,
                            positions.get(e.id),
                            e.stateReason,
                            e.requestedAt,
                            e.changedAt,
                            c != null && c.valid() ? c.code() : null,
                            c != null && !c.valid(),
                            score(s.get(Phase.PRE)),
                            score(s.get(Phase.POST)),
                            surveyed.contains(e.id));
                })
                .toList();
    }

    public TrainingDtos.Enrolment enrolment(Enrolment e) {
        return enrolments(List.of(e)).get(0);
    }

    static TrainingDtos.Score score(EvaluationService.Score s) {
        return s == null ? null : new TrainingDtos.Score(s.phase(), s.correct(), s.total(), s.percent());
    }

    public List<TrainingDtos.Participant> participants(List<Enrolment> items) {
        Map<UUID, UserRef> people =
                users.findAll(items.stream().map(e -> e.userId).toList());
        Map<UUID, Integer> positions = enrolments.waitlistPositions(
                items.stream().map(e -> e.trainingId).distinct().toList());
        Map<UUID, Certificate> certs =
                certificates.ofEnrolments(items.stream().map(e -> e.id).toList());
        return items.stream()
                .map(e -> {
                    UserRef u = people.get(e.userId);
                    Certificate c = certs.get(e.id);
                    return new TrainingDtos.Participant(
                            e.id,
                            e.userId,
                            u.displayName(),
                            orgName(u),
                            e.helpSystem,
                            e.state,
                            positions.get(e.id),
                            e.requestedAt,
                            e.stateReason,
                            c != null && c.valid() ? c.code() : null);
                })
                .toList();
    }

    public List<TrainingDtos.AttendanceRow> attendance(Collection<EnrolmentService.AttendanceRow> rows) {
        Map<UUID, UserRef> people = users.findAll(
                rows.stream().map(EnrolmentService.AttendanceRow::userId).toList());
        return rows.stream()
                .map(r -> {
                    UserRef u = people.get(r.userId());
                    return new TrainingDtos.AttendanceRow(
                            r.enrolmentId(), u.displayName(), orgName(u), r.state(), r.present());
                })
                .toList();
    }

    private String orgName(UserRef u) {
        if (u.organisationId() == null) {
            return null;
        }
        return orgCache.computeIfAbsent(u.organisationId(), organisations::find)
                .map(OrganisationRef::name)
                .orElse(null);
    }

    static boolean seated(EnrolmentState state) {
        return EnrolmentState.SEATED.contains(state);
    }
}
