package eu.makethedifference.mentoring.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.Activity;
import eu.makethedifference.mentoring.AlertDecision;
import eu.makethedifference.mentoring.Mood;
import eu.makethedifference.notifications.service.NotificationService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The mentor's diary, the coordinators' feedback, safeguarding alerts from concerns, and the daily job that
 * flags quiet matches and suspends mentors whose certificate expired. Reads of a diary are audited.
 */
@ApplicationScoped
public class DiaryService {
    private static final Logger LOG = Logger.getLogger(DiaryService.class);

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Inject
    MentoringSettingsService settings;

    @Inject
    VolunteerService volunteers;

    @Inject
    NotificationService notifications;

    @Inject
    AppConfig config;

    public record NewEntry(
            LocalDate metOn,
            int durationMinutes,
            List<Activity> activities,
            String activityNote,
            Mood mood,
            String note,
            boolean concern,
            String concernText) {}

    @Schema(name = "DiaryFeedback", description = "A coordinator's answer to a diary entry")
    public record Feedback(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 2000) String text,
            @Schema(maxLength = 200) String authorName,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "DiaryEntry", description = "One meeting, as the mentor logged it, with feedback")
    public record Entry(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID matchId,
            @Schema(required = true) LocalDate metOn,

            @Schema(required = true, format = "int32", minimum = "15", maximum = "600")
            int durationMinutes,

            @Schema(required = true, maxItems = 13) List<Activity> activities,
            @Schema(maxLength = 500) String activityNote,
            @Schema(required = true) Mood mood,
            @Schema(maxLength = 2000) String note,
            @Schema(required = true) boolean concern,
            @Schema(maxLength = 2000) String concernText,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, maxItems = 100) List<Feedback> feedback) {}

    @Schema(name = "SafeguardingAlert", description = "A concern raised in a diary entry, in the coordinators' queue")
    public record Alert(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true) UUID matchId,
            @Schema(required = true) UUID entryId,
            @Schema(maxLength = 100) String childFirstName,
            @Schema(required = true, maxLength = 200) String mentorName,
            @Schema(maxLength = 2000) String concernText,
            @Schema(required = true) LocalDate metOn,
            @Schema(required = true) Instant raisedAt,
            AlertDecision decision,
            @Schema(maxLength = 2000) String reason,
            @Schema(maxLength = 200) String decidedByName,
            Instant decidedAt) {}

    /** What the diary's readers need to know about its match. */
    private record MatchRef(UUID id, UUID regionId, String status, UUID mentorUserId) {}

    private MatchRef match(Caller caller, UUID matchId, boolean lock) {
        MatchRef m = jdbc.one(
                        """
                        select m.id, m.region_id, m.status, v.user_id from mentoring_match m
                        join volunteer v on v.id = m.volunteer_id where m.id = ?
                        """ + (lock ? " for update of m" : ""),
                        rs -> new MatchRef(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getObject(4, UUID.class)),
                        matchId)
                .orElseThrow(() -> ApiException.hidden("MATCH", matchId));
        boolean mentor = caller.is(Role.MENTOR) && caller.userId().equals(m.mentorUserId());
        boolean coordinator = caller.is(Role.COORDINATOR) && caller.worksIn(m.regionId());
        if (!mentor && !coordinator) {
            throw ApiException.hidden("MATCH", matchId);
        }
        return m;
    }

    /** The match's diary, newest first, with feedback: its mentor and the region's coordinators. Audited. */
    public List<Entry> diary(Caller caller, UUID matchId) {
        MatchRef m = match(caller, matchId, false);
        audit.record("DIARY_READ", "MATCH", matchId, m.regionId());
        return entries("e.match_id = ?", matchId);
    }

    private List<Entry> entries(String where, Object param) {
        List<Entry> entries = jdbc.list(
                "select e.* from diary_entry e where " + where + " order by e.met_on desc, e.created_at desc",
                DiaryService::entry,
                param);
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<Feedback>> feedback = new LinkedHashMap<>();
        jdbc.list(
                        """
                        select f.id, f.entry_id, f.text, u.display_name, f.created_at from diary_feedback f
                        left join app_user u on u.id = f.author_id where f.entry_id = any(?) order by f.created_at
                        """,
                        rs -> new Object[] {
                            rs.getObject(2, UUID.class),
                            new Feedback(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(3),
                                    rs.getString(4),
                                    Rows.instant(rs, "created_at"))
                        },
                        (Object) entries.stream().map(Entry::id).toArray(UUID[]::new))
                .forEach(r -> feedback.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add((Feedback) r[1]));
        return entries.stream()
                .map(e -> new Entry(
                        e.id(),
                        e.matchId(),
                        e.metOn(),
                        e.durationMinutes(),
                        e.activities(),
                        e.activityNote(),
                        e.mood(),
                        e.note(),
                        e.concern(),
                        e.concernText(),
                        e.createdAt(),
                        feedback.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "match_id"),
                Rows.date(rs, "met_on"),
                rs.getInt("duration_minutes"),
                Rows.enums(rs, "activities", Activity.class),
                rs.getString("activity_note"),
                Mood.valueOf(rs.getString("mood")),
                rs.getString("note"),
                rs.getBoolean("concern"),
                rs.getString("concern_text"),
                Rows.instant(rs, "created_at"),
                List.of());
    }

    /**
     * The mentor logs a meeting of their active match. A concern raises a safeguarding alert for the region's
     * coordinators at once (notified, audited).
     */
    @Transactional
    public Entry log(Caller caller, UUID matchId, NewEntry e) {
        MatchRef m = match(caller, matchId, true);
        if (!caller.is(Role.MENTOR)) {
            throw ApiException.forbidden();
        }
        if (!"ACTIVE".equals(m.status())) {
            throw ApiException.conflict("match_not_active", "Meetings are logged for an active match.");
        }
        LocalDate today = settings.region(m.regionId()).orElseThrow().today();
        if (e.metOn().isAfter(today) || e.metOn().isBefore(today.minusDays(60))) {
            throw ApiException.invalidField("metOn", "must be within the last 60 days and not in the future");
        }
        String concernText = SqlValues.nullIfBlank(e.concernText());
        if (e.concern() && concernText == null) {
            throw ApiException.invalidField("concernText", "describe the concern");
        }
        UUID id = UUID.randomUUID();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into diary_entry (id, match_id, met_on, duration_minutes, activities, activity_note, mood, note,
                    concern, concern_text, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                matchId,
                e.metOn(),
                e.durationMinutes(),
                Rows.names(e.activities()),
                SqlValues.nullIfBlank(e.activityNote()),
                e.mood(),
                SqlValues.nullIfBlank(e.note()),
                e.concern(),
                e.concern() ? concernText : null,
                caller.userId(),
                now);
        jdbc.update("""
                update mentoring_match set last_meeting_on = greatest(last_meeting_on, ?), flagged_on = null,
                    updated_at = now() where id = ?
                """, e.metOn(), matchId);
        audit.record("DIARY_ENTRY_CREATED", "MATCH", matchId, m.regionId());
        if (e.concern()) {
            UUID alert = UUID.randomUUID();
            jdbc.update(
                    "insert into safeguarding_alert (id, region_id, match_id, entry_id, raised_at) values (?, ?, ?, ?, ?)",
                    alert,
                    m.regionId(),
                    matchId,
                    id,
                    now);
            audit.record("SAFEGUARDING_CONCERN_RAISED", "SAFEGUARDING_ALERT", alert, m.regionId());
            for (UUID coordinator : volunteers.coordinators(m.regionId())) {
                notifications.send(coordinator, "SAFEGUARDING_CONCERN", "SAFEGUARDING_ALERT", alert, Map.of());
            }
        }
        return entries("e.id = ?", id).getFirst();
    }

    /** A coordinator answers an entry; the mentor sees it under the entry and is notified. */
    @Transactional
    public Entry feedback(Caller caller, UUID entryId, String text) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        UUID matchId = jdbc.one(
                        "select match_id from diary_entry where id = ?", rs -> rs.getObject(1, UUID.class), entryId)
                .orElseThrow(() -> ApiException.hidden("DIARY_ENTRY", entryId));
        MatchRef m;
        try {
            m = match(caller, matchId, false);
        } catch (ApiException hidden) {
            throw ApiException.hidden("DIARY_ENTRY", entryId);
        }
        jdbc.update(
                "insert into diary_feedback (id, entry_id, author_id, text, created_at) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                entryId,
                caller.userId(),
                text.strip(),
                SqlValues.now());
        audit.record("DIARY_FEEDBACK_CREATED", "MATCH", matchId, m.regionId());
        if (m.mentorUserId() != null) {
            notifications.send(m.mentorUserId(), "DIARY_FEEDBACK", "MATCH", matchId, Map.of());
        }
        return entries("e.id = ?", entryId).getFirst();
    }

    // ---------------------------------------------------------------- safeguarding alerts

    private static final String ALERT_SELECT = """
            select a.*, e.concern_text, e.met_on, c.first_name child_first_name,
                   v.first_name || ' ' || v.last_name mentor_name, u.display_name decided_by_name
            from safeguarding_alert a
            join diary_entry e on e.id = a.entry_id
            join mentoring_match m on m.id = a.match_id
            join child_profile c on c.id = m.child_id
            join volunteer v on v.id = m.volunteer_id
            left join app_user u on u.id = a.decided_by
            """;

    /** The coordinators' queue: open alerts first, oldest first. */
    public List<Alert> alerts(Caller caller, Boolean open) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        List<Alert> alerts = jdbc.list(
                ALERT_SELECT + " where a.region_id = any(?) and (?::boolean is null or (a.decision is null) = ?)"
                        + " order by a.decision is not null, a.raised_at limit 200",
                DiaryService::alert,
                caller.regionIds().toArray(UUID[]::new),
                open,
                open);
        audit.recordEach(
                "SAFEGUARDING_ALERT_READ",
                "SAFEGUARDING_ALERT",
                alerts.stream().map(Alert::id).toList(),
                alerts.stream().map(Alert::regionId).toList());
        return alerts;
    }

    /** Records the decision on a concern, with its reason; once. */
    @Transactional
    public Alert decide(Caller caller, UUID id, AlertDecision decision, String reason) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        UUID region = jdbc.one(
                        "select region_id from safeguarding_alert where id = ? for update",
                        rs -> rs.getObject(1, UUID.class),
                        id)
                .filter(caller::worksIn)
                .orElseThrow(() -> ApiException.hidden("SAFEGUARDING_ALERT", id));
        int updated = jdbc.update("""
                update safeguarding_alert set decision = ?, reason = ?, decided_by = ?, decided_at = now(),
                    version = version + 1 where id = ? and decision is null
                """, decision, reason.strip(), caller.userId(), id);
        if (updated == 0) {
            throw ApiException.conflict("alert_decided", "A decision on this concern was recorded already.");
        }
        audit.record("SAFEGUARDING_DECISION_" + decision.name(), "SAFEGUARDING_ALERT", id, region);
        return jdbc.one(ALERT_SELECT + " where a.id = ?", DiaryService::alert, id)
                .orElseThrow();
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "region_id"),
                Rows.uuid(rs, "match_id"),
                Rows.uuid(rs, "entry_id"),
                rs.getString("child_first_name"),
                rs.getString("mentor_name"),
                rs.getString("concern_text"),
                Rows.date(rs, "met_on"),
                Rows.instant(rs, "raised_at"),
                Rows.enumOrNull(rs, "decision", AlertDecision.class),
                rs.getString("reason"),
                rs.getString("decided_by_name"),
                Rows.instant(rs, "decided_at"));
    }

    // ---------------------------------------------------------------- daily job

    @Scheduled(cron = "{mtd.mentoring.daily-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int[] done = runDaily();
        LOG.infof(
                "Mentoring daily job: %d mentors suspended, %d matches flagged, %d certificates expiring",
                done[0], done[1], done[2]);
    }

    /**
     * Suspends mentors whose certificate expired, flags active matches without a meeting for the configured
     * days (once per quiet spell) and certificates expiring within the warning period (once per certificate),
     * telling the region's coordinators. One instance at a time (advisory lock); returns {suspended, flagged
     * matches, expiring certificates}.
     */
    @Transactional
    public int[] runDaily() {
        boolean locked = jdbc.one("select pg_try_advisory_xact_lock(4242006)", rs -> rs.getBoolean(1))
                .orElse(false);
        if (!locked) {
            return new int[] {0, 0, 0};
        }
        int suspended = volunteers.suspendExpired();
        List<UUID[]> flagged = jdbc.list(
                """
                update mentoring_match m set flagged_on = (now() at time zone g.time_zone)::date
                from region g
                where g.id = m.region_id and m.status = 'ACTIVE' and m.flagged_on is null
                  and coalesce(m.last_meeting_on, m.started_on) <= (now() at time zone g.time_zone)::date - ?
                returning m.id, m.region_id
                """,
                rs -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)},
                config.mentoring().quietDays());
        for (UUID[] f : flagged) {
            audit.recordSystem("MATCH_FLAGGED_NO_MEETING", "MATCH", f[0], f[1]);
            for (UUID coordinator : volunteers.coordinators(f[1])) {
                notifications.send(coordinator, "MATCH_NO_RECENT_MEETING", "MATCH", f[0], Map.of());
            }
        }
        List<UUID[]> expiring = jdbc.list(
                """
                update volunteer v set warned_for = v.certificate_on
                from region g left join mentoring_settings s on s.region_id = g.id
                where g.id = v.region_id and v.status = 'APPROVED' and v.warned_for is distinct from v.certificate_on
                  and (v.certificate_on + make_interval(months => coalesce(s.certificate_validity_months, 12)))::date
                      <= (now() at time zone g.time_zone)::date + ?
                returning v.id, v.region_id
                """,
                rs -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)},
                config.mentoring().certificateWarningDays());
        for (UUID[] v : expiring) {
            for (UUID coordinator : volunteers.coordinators(v[1])) {
                notifications.send(coordinator, "MENTOR_CERTIFICATE_EXPIRING", "VOLUNTEER", v[0], Map.of());
            }
        }
        return new int[] {suspended, flagged.size(), expiring.size()};
    }
}
