package eu.makethedifference.mentoring.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.error.FieldError;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.LanguageCode;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.PasswordSetupService;
import eu.makethedifference.mentoring.Interest;
import eu.makethedifference.mentoring.ScreeningStep;
import eu.makethedifference.mentoring.Slot;
import eu.makethedifference.mentoring.VolunteerStatus;
import eu.makethedifference.notifications.service.NotificationService;
import eu.makethedifference.referrals.Gender;
import eu.makethedifference.trainings.service.TrainingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Volunteers: the public application and the screening pipeline. Approval creates the mentor account and
 * its set-password link. An expired criminal-record certificate suspends an approved mentor.
 */
@ApplicationScoped
public class VolunteerService {
    public static final Map<String, String> SORTS =
            Map.of("createdAt", "v.created_at", "lastName", "lower(v.last_name)", "status", "v.status");

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Inject
    MentoringSettingsService settings;

    @Inject
    PasswordSetupService accounts;

    @Inject
    TrainingService trainings;

    @Inject
    NotificationService notifications;

    @Inject
    AppConfig config;

    public record Application(
            UUID regionId,
            String firstName,
            String lastName,
            String email,
            String phone,
            LocalDate birthDate,
            String studyProgramme,
            List<String> languages,
            String municipality,
            List<Slot> availability,
            List<Interest> interests,
            Gender gender,
            String motivation,
            boolean consent) {}

    @Schema(name = "ScreeningStepRecord", description = "A screening step: who recorded it, when, with a note")
    public record StepRecord(
            @Schema(required = true) ScreeningStep step,
            @Schema(required = true) Instant recordedAt,
            @Schema(maxLength = 200) String recordedByName,
            @Schema(maxLength = 1000) String note) {}

    @Schema(name = "VolunteerSummary", description = "One line of the applications board")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true, maxLength = 100) String firstName,
            @Schema(required = true, maxLength = 100) String lastName,
            @Schema(required = true) VolunteerStatus status,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "150")
            int age,

            @Schema(required = true, maxLength = 100) String municipality,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<String> languages,

            @Schema(required = true, maxItems = 4, description = "Screening steps recorded so far")
            List<ScreeningStep> stepsDone,

            @Schema(description = "The first step not yet recorded, while screening")
            ScreeningStep nextStep,

            @Schema(description = "When the criminal-record certificate expires")
            LocalDate certificateValidUntil,

            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "Volunteer", description = "A volunteer's application and screening")
    public record Volunteer(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true, maxLength = 100) String firstName,
            @Schema(required = true, maxLength = 100) String lastName,
            @Schema(required = true, maxLength = 254) String email,
            @Schema(required = true, maxLength = 40) String phone,
            @Schema(required = true) LocalDate birthDate,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "150")
            int age,

            @Schema(required = true, maxLength = 200) String studyProgramme,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<String> languages,

            @Schema(required = true, maxLength = 100) String municipality,
            @Schema(required = true, maxItems = 21) List<Slot> availability,
            @Schema(required = true, maxItems = 12) List<Interest> interests,
            @Schema(required = true) Gender gender,
            @Schema(required = true, maxLength = 2000) String motivation,
            @Schema(required = true) Instant consentAt,
            @Schema(required = true) VolunteerStatus status,
            @Schema(required = true, maxItems = 4) List<StepRecord> steps,
            ScreeningStep nextStep,

            @Schema(description = "Issue date of the criminal-record certificate seen")
            LocalDate certificateIssuedOn,

            LocalDate certificateValidUntil,
            @Schema(maxLength = 1000) String decisionReason,
            Instant decidedAt,

            @Schema(description = "The mentor account, once approved")
            UUID userId,

            @Schema(required = true) Instant createdAt,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version) {}

    public record Page(List<Summary> items, long total) {}

    // ---------------------------------------------------------------- public application

    /**
     * Records an application. The answer is the same whether or not the e-mail address applied before, so
     * the form reveals nothing about existing applications; a repeated address is not stored twice.
     */
    @Transactional
    public void apply(Application a) {
        MentoringSettingsService.Region region = settings.region(a.regionId())
                .orElseThrow(() -> ApiException.invalidField("regionId", "unknown region"));
        MentoringSettingsService.Settings rules = settings.settings(region.id());
        Municipalities.Municipality place = Municipalities.find(region.countryCode(), a.municipality())
                .orElseThrow(() -> ApiException.invalidField("municipality", "not a municipality of this region"));
        int age = Period.between(a.birthDate(), region.today()).getYears();
        if (age < rules.minAge() || age > rules.maxAge()) {
            throw new ApiException(
                    422,
                    "age_out_of_range",
                    "Age out of range",
                    "Volunteers in this region are " + rules.minAge() + " to " + rules.maxAge() + " years old.",
                    List.of(new FieldError("birthDate", "age must be " + rules.minAge() + "–" + rules.maxAge())),
                    Map.of());
        }
        if (!a.consent()) {
            throw new ApiException(
                    422,
                    "consent_required",
                    "Consent required",
                    "Applying needs your consent to the processing of your data.",
                    List.of(new FieldError("consent", "must be given")),
                    Map.of());
        }
        Instant now = SqlValues.now();
        UUID id = UUID.randomUUID();
        int added = jdbc.update(
                """
                insert into volunteer (id, region_id, first_name, last_name, email, phone, birth_date, study_programme,
                    languages, municipality, lat, lon, slots, interests, gender, motivation, consent_at, status,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCREENING', ?, ?)
                on conflict (lower(email)) do nothing
                """,
                id,
                region.id(),
                a.firstName().strip(),
                a.lastName().strip(),
                a.email().strip(),
                a.phone().strip(),
                a.birthDate(),
                a.studyProgramme().strip(),
                a.languages().stream().distinct().toArray(String[]::new),
                place.name(),
                place.lat(),
                place.lon(),
                Rows.names(a.availability()),
                Rows.names(a.interests()),
                a.gender(),
                a.motivation().strip(),
                now,
                now,
                now);
        audit.record(
                added == 1 ? "VOLUNTEER_APPLIED" : "VOLUNTEER_APPLIED_AGAIN",
                "VOLUNTEER",
                added == 1 ? id : null,
                region.id());
        if (added == 1) {
            for (UUID coordinator : coordinators(region.id())) {
                notifications.send(coordinator, "VOLUNTEER_APPLIED", "VOLUNTEER", id, Map.of());
            }
        }
    }

    // ---------------------------------------------------------------- reads

    private static final String FROM = """
            from volunteer v
            left join mentoring_settings s on s.region_id = v.region_id
            """;
    private static final String VALID_UNTIL =
            "(v.certificate_on + make_interval(months => coalesce(s.certificate_validity_months, 12)))::date";
    private static final String NEXT_STEP = """
            (select t.s from unnest(array['INTERVIEW', 'CERTIFICATE', 'TRAINING', 'AGREEMENT']) with ordinality t(s, n)
             where not exists (select 1 from volunteer_step x where x.volunteer_id = v.id and x.step = t.s)
             order by t.n limit 1)""";
    private static final String STEPS =
            "array(select st.step from volunteer_step st where st.volunteer_id = v.id) steps_done";

    public Page list(Caller caller, UUID regionId, VolunteerStatus status, ScreeningStep nextStep, Paging paging) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        UUID[] regions = regionId == null
                ? caller.regionIds().toArray(UUID[]::new)
                : caller.worksIn(regionId) ? new UUID[] {regionId} : new UUID[0];
        String where = " where v.region_id = any(?) and (?::varchar is null or v.status = ?)"
                + " and (?::varchar is null or (v.status = 'SCREENING' and " + NEXT_STEP + " = ?))";
        String statusName = status == null ? null : status.name();
        String stepName = nextStep == null ? null : nextStep.name();
        List<Summary> items = jdbc.list(
                "select v.*, " + VALID_UNTIL + " valid_until, " + STEPS + " " + FROM + where + " order by "
                        + paging.orderBy() + ", v.id limit ? offset ?",
                this::summary,
                regions,
                statusName,
                statusName,
                stepName,
                stepName,
                paging.size(),
                paging.page() * paging.size());
        long total = jdbc.one(
                        "select count(*) " + FROM + where,
                        rs -> rs.getLong(1),
                        regions,
                        statusName,
                        statusName,
                        stepName,
                        stepName)
                .orElse(0L);
        return new Page(items, total);
    }

    /** Coordinators of the volunteer's region; the volunteer themself (their own application). */
    public Volunteer get(Caller caller, UUID id) {
        Volunteer v = load(id).orElseThrow(() -> ApiException.hidden("VOLUNTEER", id));
        boolean own = caller.is(Role.MENTOR) && caller.userId().equals(v.userId());
        if (!own && !(caller.is(Role.COORDINATOR) && caller.worksIn(v.regionId()))) {
            throw ApiException.hidden("VOLUNTEER", id);
        }
        audit.record("VOLUNTEER_READ", "VOLUNTEER", id, v.regionId());
        return v;
    }

    /** The volunteer record of a mentor account, if there is one. */
    public java.util.Optional<Volunteer> ofUser(UUID userId) {
        return jdbc.one("select id from volunteer where user_id = ?", rs -> rs.getObject(1, UUID.class), userId)
                .flatMap(this::load);
    }

    java.util.Optional<Volunteer> load(UUID id) {
        java.util.Optional<Volunteer> v = jdbc.one(
                "select v.*, " + VALID_UNTIL + " valid_until " + FROM + " where v.id = ?", this::volunteer, id);
        return v.map(found -> {
            List<StepRecord> steps = jdbc.list(
                    """
                    select st.step, st.recorded_at, u.display_name, st.note from volunteer_step st
                    left join app_user u on u.id = st.recorded_by where st.volunteer_id = ?
                    """,
                    rs -> new StepRecord(
                            ScreeningStep.valueOf(rs.getString(1)),
                            Rows.instant(rs, "recorded_at"),
                            rs.getString(3),
                            rs.getString(4)),
                    id);
            List<StepRecord> ordered = new ArrayList<>(steps);
            ordered.sort(java.util.Comparator.comparing(StepRecord::step));
            ScreeningStep next = found.status() == VolunteerStatus.SCREENING
                    ? nextStep(ordered.stream().map(StepRecord::step).toList())
                    : null;
            return new Volunteer(
                    found.id(),
                    found.regionId(),
                    found.firstName(),
                    found.lastName(),
                    found.email(),
                    found.phone(),
                    found.birthDate(),
                    found.age(),
                    found.studyProgramme(),
                    found.languages(),
                    found.municipality(),
                    found.availability(),
                    found.interests(),
                    found.gender(),
                    found.motivation(),
                    found.consentAt(),
                    found.status(),
                    ordered,
                    next,
                    found.certificateIssuedOn(),
                    found.certificateValidUntil(),
                    found.decisionReason(),
                    found.decidedAt(),
                    found.userId(),
                    found.createdAt(),
                    found.version());
        });
    }

    private static ScreeningStep nextStep(List<ScreeningStep> done) {
        for (ScreeningStep s : ScreeningStep.values()) {
            if (!done.contains(s)) {
                return s;
            }
        }
        return null;
    }

    private Summary summary(ResultSet rs) throws SQLException {
        List<ScreeningStep> done = Rows.enums(rs, "steps_done", ScreeningStep.class);
        VolunteerStatus status = VolunteerStatus.valueOf(rs.getString("status"));
        return new Summary(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "region_id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                status,
                Period.between(Rows.date(rs, "birth_date"), LocalDate.now()).getYears(),
                rs.getString("municipality"),
                Rows.strings(rs, "languages"),
                done.stream().sorted().toList(),
                status == VolunteerStatus.SCREENING ? nextStep(done) : null,
                Rows.date(rs, "valid_until"),
                Rows.instant(rs, "created_at"));
    }

    private Volunteer volunteer(ResultSet rs) throws SQLException {
        return new Volunteer(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "region_id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("email"),
                rs.getString("phone"),
                Rows.date(rs, "birth_date"),
                Period.between(Rows.date(rs, "birth_date"), LocalDate.now()).getYears(),
                rs.getString("study_programme"),
                Rows.strings(rs, "languages"),
                rs.getString("municipality"),
                Rows.enums(rs, "slots", Slot.class),
                Rows.enums(rs, "interests", Interest.class),
                Gender.valueOf(rs.getString("gender")),
                rs.getString("motivation"),
                Rows.instant(rs, "consent_at"),
                VolunteerStatus.valueOf(rs.getString("status")),
                List.of(),
                null,
                Rows.date(rs, "certificate_on"),
                Rows.date(rs, "valid_until"),
                rs.getString("decision_reason"),
                Rows.instant(rs, "decided_at"),
                Rows.uuid(rs, "user_id"),
                Rows.instant(rs, "created_at"),
                rs.getInt("version"));
    }

    // ---------------------------------------------------------------- screening

    /**
     * Records a screening step with a note. The certificate step needs its issue date and must still be
     * valid; it also reinstates a mentor suspended for an expired certificate. The training step is taken
     * from the mentor-preparation course when the volunteer already has an account that completed it.
     */
    @Transactional
    public Volunteer recordStep(
            Caller caller, UUID id, ScreeningStep step, String note, LocalDate certificateIssuedOn) {
        Volunteer v = locked(caller, id);
        MentoringSettingsService.Region region = settings.region(v.regionId()).orElseThrow();
        Set<VolunteerStatus> open = step == ScreeningStep.CERTIFICATE
                ? EnumSet.of(VolunteerStatus.SCREENING, VolunteerStatus.APPROVED, VolunteerStatus.SUSPENDED)
                : EnumSet.of(VolunteerStatus.SCREENING);
        if (!open.contains(v.status())) {
            throw ApiException.conflict(
                    "illegal_transition", "This step cannot be recorded for a " + v.status() + " volunteer.");
        }
        String text = SqlValues.nullIfBlank(note);
        if (step == ScreeningStep.CERTIFICATE) {
            if (certificateIssuedOn == null) {
                throw ApiException.invalidField("certificateIssuedOn", "is required for the certificate step");
            }
            if (certificateIssuedOn.isAfter(region.today())) {
                throw ApiException.invalidField("certificateIssuedOn", "must not be in the future");
            }
            int months = settings.settings(v.regionId()).certificateValidityMonths();
            if (!certificateIssuedOn.plusMonths(months).isAfter(region.today())) {
                throw new ApiException(
                        422,
                        "certificate_expired",
                        "Certificate expired",
                        "A certificate is valid for " + months + " months from its issue date; this one has expired.",
                        List.of(new FieldError("certificateIssuedOn", "expired")),
                        Map.of());
            }
            jdbc.update("""
                    update volunteer set certificate_on = ?,
                        status = case when status = 'SUSPENDED' then 'APPROVED' else status end,
                        version = version + 1, updated_at = now() where id = ?
                    """, certificateIssuedOn, id);
        } else if (step == ScreeningStep.TRAINING && text == null && v.userId() != null) {
            text = trainings
                    .mentorPreparationCompleted(v.userId())
                    .map(d -> "Mentor preparation course completed on " + d)
                    .orElse(null);
        }
        jdbc.update("""
                insert into volunteer_step (volunteer_id, step, recorded_by, recorded_at, note) values (?, ?, ?, now(), ?)
                on conflict (volunteer_id, step) do update set recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at, note = excluded.note
                """, id, step, caller.userId(), text);
        jdbc.update("update volunteer set version = version + 1, updated_at = now() where id = ?", id);
        audit.record("VOLUNTEER_STEP_" + step.name(), "VOLUNTEER", id, v.regionId());
        return load(id).orElseThrow();
    }

    /** All four steps recorded and a valid certificate → APPROVED, with the mentor account and its link. */
    @Transactional
    public Volunteer approve(Caller caller, UUID id) {
        Volunteer v = locked(caller, id);
        if (v.status() != VolunteerStatus.SCREENING) {
            throw ApiException.conflict("illegal_transition", "Only a volunteer in screening can be approved.");
        }
        if (v.nextStep() != null) {
            throw new ApiException(
                    422,
                    "screening_incomplete",
                    "Screening incomplete",
                    "Record every screening step first; missing: " + v.nextStep() + ".",
                    List.of(),
                    Map.of());
        }
        MentoringSettingsService.Region region = settings.region(v.regionId()).orElseThrow();
        if (v.certificateValidUntil() == null || !v.certificateValidUntil().isAfter(region.today())) {
            throw new ApiException(
                    422,
                    "certificate_expired",
                    "Certificate expired",
                    "Record a valid certificate first.",
                    List.of(),
                    Map.of());
        }
        UUID userId = accounts.ensureAccount(
                v.email(), v.firstName() + " " + v.lastName(), v.languages().getFirst(), Role.MENTOR, v.regionId());
        jdbc.update("""
                update volunteer set status = 'APPROVED', user_id = ?, decided_by = ?, decided_at = now(),
                    approved_at = now(), decision_reason = null, version = version + 1, updated_at = now() where id = ?
                """, userId, caller.userId(), id);
        accounts.issueLink(userId);
        audit.record("VOLUNTEER_APPROVED", "VOLUNTEER", id, v.regionId());
        return load(id).orElseThrow();
    }

    /** REJECTED with a reason, from screening. */
    @Transactional
    public Volunteer reject(Caller caller, UUID id, String reason) {
        return end(caller, id, VolunteerStatus.REJECTED, reason, EnumSet.of(VolunteerStatus.SCREENING));
    }

    /** WITHDRAWN (the volunteer stepped back), from screening or as a mentor without an open match. */
    @Transactional
    public Volunteer withdraw(Caller caller, UUID id, String reason) {
        return end(
                caller,
                id,
                VolunteerStatus.WITHDRAWN,
                reason,
                EnumSet.of(VolunteerStatus.SCREENING, VolunteerStatus.APPROVED, VolunteerStatus.SUSPENDED));
    }

    private Volunteer end(Caller caller, UUID id, VolunteerStatus to, String reason, Set<VolunteerStatus> from) {
        Volunteer v = locked(caller, id);
        if (!from.contains(v.status())) {
            throw ApiException.conflict(
                    "illegal_transition", "A " + v.status() + " volunteer cannot become " + to + ".");
        }
        if (to == VolunteerStatus.WITHDRAWN
                && jdbc.one("select 1 from mentoring_match where volunteer_id = ? and status <> 'CLOSED'", rs -> 1, id)
                        .isPresent()) {
            throw ApiException.conflict("open_match", "Close the volunteer's match first.");
        }
        jdbc.update("""
                update volunteer set status = ?, decision_reason = ?, decided_by = ?, decided_at = now(),
                    left_at = case when ?::varchar = 'WITHDRAWN' then now() end, version = version + 1, updated_at = now()
                    where id = ?
                """, to, SqlValues.nullIfBlank(reason), caller.userId(), to, id);
        if (v.userId() != null) {
            jdbc.update(
                    "update app_user set enabled = false, version = version + 1, updated_at = now() where id = ?",
                    v.userId());
            jdbc.update(
                    "update auth_session set revoked_at = now() where user_id = ? and revoked_at is null", v.userId());
        }
        audit.record("VOLUNTEER_" + to.name(), "VOLUNTEER", id, v.regionId());
        return load(id).orElseThrow();
    }

    /** Locks the row (concurrent screening actions apply one after the other) and checks the caller's region. */
    private Volunteer locked(Caller caller, UUID id) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        UUID region = jdbc.one(
                        "select region_id from volunteer where id = ? for update",
                        rs -> rs.getObject(1, UUID.class),
                        id)
                .orElseThrow(() -> ApiException.hidden("VOLUNTEER", id));
        if (!caller.worksIn(region)) {
            throw ApiException.hidden("VOLUNTEER", id);
        }
        return load(id).orElseThrow();
    }

    List<UUID> coordinators(UUID regionId) {
        return jdbc.list("""
                select u.id from app_user u join user_region ur on ur.user_id = u.id
                where ur.region_id = ? and u.role = 'COORDINATOR' and u.enabled
                """, rs -> rs.getObject(1, UUID.class), regionId);
    }

    /**
     * Daily: approved mentors whose certificate has expired are suspended (their coordinators are told).
     * Returns how many were suspended.
     */
    @Transactional
    public int suspendExpired() {
        List<UUID[]> suspended =
                jdbc.list("""
                update volunteer v set status = 'SUSPENDED', version = v.version + 1, updated_at = now()
                from region g left join mentoring_settings s on s.region_id = g.id
                where g.id = v.region_id and v.status = 'APPROVED'
                  and (v.certificate_on is null or (v.certificate_on
                       + make_interval(months => coalesce(s.certificate_validity_months, 12)))::date
                       <= (now() at time zone g.time_zone)::date)
                returning v.id, v.region_id
                """, rs -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        for (UUID[] v : suspended) {
            audit.recordSystem("VOLUNTEER_SUSPENDED", "VOLUNTEER", v[0], v[1]);
            for (UUID coordinator : coordinators(v[1])) {
                notifications.send(coordinator, "MENTOR_SUSPENDED", "VOLUNTEER", v[0], Map.of());
            }
        }
        return suspended.size();
    }
}
