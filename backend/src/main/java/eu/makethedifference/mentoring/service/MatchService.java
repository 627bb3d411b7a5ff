package eu.makethedifference.mentoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.ChildStatus;
import eu.makethedifference.mentoring.CloseReason;
import eu.makethedifference.mentoring.Interest;
import eu.makethedifference.mentoring.MatchStatus;
import eu.makethedifference.mentoring.Party;
import eu.makethedifference.notifications.service.NotificationService;
import eu.makethedifference.referrals.service.ReferralEvents;
import eu.makethedifference.referrals.service.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Matching and matches: suggestions for one child, whole-pool runs (an optimal assignment), and the match
 * lifecycle. The database keeps one open match per child and per mentor (partial unique indexes), so
 * concurrent confirmations cannot both succeed.
 */
@ApplicationScoped
public class MatchService {
    @Inject
    eu.makethedifference.common.rest.IdempotencyPurge idempotency;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Inject
    MentoringSettingsService settings;

    @Inject
    ChildService children;

    @Inject
    VolunteerService volunteers;

    @Inject
    ReferralService referrals;

    @Inject
    NotificationService notifications;

    @Inject
    AppConfig config;

    @Inject
    ObjectMapper json;

    @Schema(name = "MatchCriterion", description = "One criterion of a score: points = weight × value")
    public record Criterion(
            @Schema(
                    required = true,
                    enumeration = {"INTERESTS", "DISTANCE", "AVAILABILITY", "AGE_GAP"},
                    maxLength = 20)
            String name,

            @Schema(required = true, minimum = "0", maximum = "100")
            double weight,

            @Schema(required = true, minimum = "0", maximum = "1")
            double value,

            @Schema(required = true, minimum = "0", maximum = "100")
            double points,

            @Schema(maxItems = 12, description = "INTERESTS: the shared interests")
            List<Interest> sharedInterests,

            @Schema(minimum = "0", maximum = "20000", description = "DISTANCE: km between the homes")
            Double distanceKm,

            @Schema(format = "int32", minimum = "0", maximum = "21", description = "AVAILABILITY: shared slots")
            Integer sharedSlots,

            @Schema(
                    format = "int32",
                    minimum = "-150",
                    maximum = "150",
                    description = "AGE_GAP: mentor's age minus child's")
            Integer ageGap) {}

    @Schema(name = "MatchSuggestion", description = "An allowed mentor for a child, with the explanation of the score")
    public record Suggestion(
            @Schema(required = true) UUID volunteerId,
            @Schema(required = true, maxLength = 100) String firstName,
            @Schema(required = true, maxLength = 100) String lastName,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "150")
            int age,

            @Schema(required = true, maxLength = 100) String municipality,

            @Schema(required = true, minimum = "0", maximum = "20000")
            double distanceKm,

            @Schema(required = true, minimum = "0", maximum = "400", description = "The sum of the criteria's points")
            double score,

            @Schema(required = true, maxItems = 4) List<Criterion> criteria) {}

    @Schema(name = "MatchingProposal", description = "One pair of a matching run, to confirm or drop")
    public record Proposal(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID childId,
            @Schema(maxLength = 100) String childFirstName,
            @Schema(required = true) UUID volunteerId,
            @Schema(required = true, maxLength = 200) String volunteerName,

            @Schema(required = true, minimum = "0", maximum = "400")
            double score,

            @Schema(required = true, maxItems = 4) List<Criterion> criteria,

            @Schema(
                    required = true,
                    enumeration = {"OPEN", "CONFIRMED", "DROPPED"},
                    maxLength = 10)
            String status,

            @Schema(description = "The match created by confirming")
            UUID matchId) {}

    @Schema(name = "MatchingRun", description = "A whole-pool assignment of waiting children to available mentors")
    public record Run(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true) Instant createdAt,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000")
            int children,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000")
            int mentors,

            @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000000")
            long allowedPairs,

            @Schema(
                    required = true,
                    minimum = "0",
                    maximum = "1000000000",
                    description = "Total score of the optimal assignment")
            double totalScore,

            @Schema(
                    required = true,
                    minimum = "0",
                    maximum = "1000000000",
                    description = "Total score a greedy pick would reach")
            double greedyScore,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int durationMs,

            @Schema(required = true, maxItems = 100000) List<Proposal> proposals) {}

    @Schema(name = "MatchFlags", description = "Health flags of a match")
    public record Flags(
            @Schema(required = true, description = "Active with no meeting logged for the configured days (14)")
            boolean noRecentMeeting,

            @Schema(required = true, description = "The mentor's certificate expires within 30 days or has expired")
            boolean certificateExpiring,

            @Schema(required = true, description = "The mentor is suspended")
            boolean mentorSuspended,

            @Schema(required = true, description = "A safeguarding concern awaits a decision")
            boolean openConcern) {}

    @Schema(name = "Match", description = "A child and a mentor")
    public record Match(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true) UUID childId,
            @Schema(maxLength = 100) String childFirstName,
            @Schema(required = true) UUID volunteerId,
            @Schema(required = true, maxLength = 200) String volunteerName,
            @Schema(required = true) MatchStatus status,

            @Schema(required = true, minimum = "0", maximum = "400")
            double score,

            @Schema(required = true, maxItems = 4) List<Criterion> criteria,
            @Schema(required = true) Instant proposedAt,
            Instant mentorConsentAt,
            Instant familyConsentAt,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            LocalDate lastMeetingOn,
            Instant closedAt,
            CloseReason closeReason,
            @Schema(maxLength = 2000) String closeNote,
            @Schema(required = true) Flags flags,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version) {}

    @Schema(name = "MentorMatch", description = "A mentor's own match: the child as far as a mentor may see it")
    public record MentorMatch(
            @Schema(required = true) UUID id,
            @Schema(required = true) MatchStatus status,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            LocalDate lastMeetingOn,
            @Schema(required = true) ChildService.MentorView child) {}

    // ---------------------------------------------------------------- candidates

    private static final String ELIGIBLE_MENTORS = """
            select v.id, v.first_name, v.last_name, v.birth_date, v.gender, v.languages, v.lat, v.lon, v.slots,
                   v.interests, v.municipality
            from volunteer v
            where v.region_id = ? and v.status = 'APPROVED'
              and (v.certificate_on + make_interval(months => ?))::date > ?
              and not exists (select 1 from mentoring_match m where m.volunteer_id = v.id and m.status <> 'CLOSED')
            """;

    private record MentorRow(Matching.Mentor mentor, String firstName, String lastName, String municipality) {}

    private List<MentorRow> eligibleMentors(
            UUID regionId, int validityMonths, LocalDate today, String extra, Object... more) {
        List<Object> params = new ArrayList<>(List.of(regionId, validityMonths, today));
        params.addAll(List.of(more));
        return jdbc.list(
                ELIGIBLE_MENTORS + extra,
                rs -> new MentorRow(
                        new Matching.Mentor(
                                Rows.uuid(rs, "id"),
                                java.time.Period.between(Rows.date(rs, "birth_date"), today)
                                        .getYears(),
                                rs.getString("gender"),
                                Set.copyOf(Rows.strings(rs, "languages")),
                                rs.getDouble("lat"),
                                rs.getDouble("lon"),
                                Set.copyOf(Rows.strings(rs, "slots")),
                                Set.copyOf(Rows.strings(rs, "interests"))),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("municipality")),
                params.toArray());
    }

    private Matching.Child located(ChildService.Profile p) {
        double[] at = jdbc.one(
                        "select lat, lon from child_profile where id = ?",
                        rs -> new double[] {rs.getDouble(1), rs.getDouble(2)},
                        p.id())
                .orElseThrow();
        return new Matching.Child(
                p.id(),
                p.age(),
                p.gender() == null ? null : p.gender().name(),
                Set.copyOf(p.languages()),
                at[0],
                at[1],
                Set.of(Rows.names(p.availability())),
                Set.of(Rows.names(p.interests())),
                p.preferredMentorGender() == null
                        ? null
                        : p.preferredMentorGender().name());
    }

    /**
     * Allowed mentors for one waiting child, best first, each with its explanation. Hard filters: approved,
     * certificate valid, no open match (in SQL), then distance, a shared language, a shared slot and the
     * family's preference.
     */
    public List<Suggestion> suggestions(Caller caller, UUID childId, int limit) {
        ChildService.Profile p = children.get(caller, childId);
        requireMatchable(p);
        MentoringSettingsService.Settings s = settings.settings(p.regionId());
        MentoringSettingsService.Region region = settings.region(p.regionId()).orElseThrow();
        Matching.Child c = located(p);
        double dLat = s.radiusKm() / 111.0;
        double dLon = s.radiusKm() / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(c.lat()))));
        List<MentorRow> rows = eligibleMentors(
                p.regionId(),
                s.certificateValidityMonths(),
                region.today(),
                " and v.languages && ? and v.slots && ? and v.lat between ? and ? and v.lon between ? and ?",
                c.languages().toArray(String[]::new),
                c.slots().toArray(String[]::new),
                c.lat() - dLat,
                c.lat() + dLat,
                c.lon() - dLon,
                c.lon() + dLon);
        Map<UUID, MentorRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.mentor().id(), r));
        return Matching.suggestions(c, rows.stream().map(MentorRow::mentor).toList(), s.matching(), limit).stream()
                .map(pair -> {
                    MentorRow r = byId.get(pair.mentorId());
                    return new Suggestion(
                            r.mentor().id(),
                            r.firstName(),
                            r.lastName(),
                            r.mentor().age(),
                            r.municipality(),
                            pair.distanceKm(),
                            pair.score(),
                            criteria(pair));
                })
                .toList();
    }

    private static void requireMatchable(ChildService.Profile p) {
        if (p.status() != ChildStatus.WAITING || p.openMatchId() != null) {
            throw ApiException.conflict("child_not_waiting", "The child is not waiting for a mentor.");
        }
        if (!p.readyForMatching()) {
            throw new ApiException(
                    422,
                    "profile_incomplete",
                    "Profile incomplete",
                    "Add the child's home municipality, languages and availability first.",
                    List.of(),
                    Map.of());
        }
    }

    static List<Criterion> criteria(Matching.Pair pair) {
        List<Criterion> out = new ArrayList<>();
        for (Matching.Criterion c : pair.criteria()) {
            Map<String, Object> d = c.detail() == null ? Map.of() : c.detail();
            out.add(new Criterion(
                    c.name(),
                    c.weight(),
                    c.value(),
                    c.points(),
                    c.name().equals("INTERESTS") ? strings(d.get("shared")) : null,
                    c.name().equals("DISTANCE") ? pair.distanceKm() : null,
                    c.name().equals("AVAILABILITY") ? number(d.get("sharedSlots")) : null,
                    c.name().equals("AGE_GAP") ? number(d.get("ageGap")) : null));
        }
        return out;
    }

    private static List<Interest> strings(Object o) {
        if (o instanceof java.util.Collection<?> items) {
            return items.stream()
                    .map(i -> Interest.valueOf(String.valueOf(i)))
                    .sorted()
                    .toList();
        }
        return List.of();
    }

    private static Integer number(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        if (o instanceof java.util.Collection<?> items) {
            return items.size();
        }
        return null;
    }

    // ---------------------------------------------------------------- whole-pool runs

    /** Computes and stores the optimal assignment of the region's waiting children to available mentors. */
    @Transactional
    public Run run(Caller caller, UUID regionId) {
        MentoringSettingsService.requireCoordinatorOf(caller, regionId);
        jdbc.one("select pg_advisory_xact_lock(hashtext(?::text))", rs -> 1, "matching-run:" + regionId);
        long started = System.nanoTime();
        MentoringSettingsService.Settings s = settings.settings(regionId);
        MentoringSettingsService.Region region = settings.region(regionId).orElseThrow();
        LocalDate today = region.today();
        Map<UUID, String> childNames = new HashMap<>();
        List<Matching.Child> waiting = jdbc.list(
                """
                select c.id, c.first_name, c.birth_year, c.birth_month, c.gender, c.languages, c.lat, c.lon, c.slots,
                       c.interests, c.preferred_mentor_gender
                from child_profile c
                where c.region_id = ? and c.status = 'WAITING' and c.lat is not null and c.birth_year is not null
                  and cardinality(c.languages) > 0 and cardinality(c.slots) > 0
                  and not exists (select 1 from mentoring_match m where m.child_id = c.id and m.status <> 'CLOSED')
                """,
                rs -> {
                    childNames.put(Rows.uuid(rs, "id"), rs.getString("first_name"));
                    return new Matching.Child(
                            Rows.uuid(rs, "id"),
                            Rows.age(rs.getInt("birth_year"), rs.getInt("birth_month"), today),
                            rs.getString("gender"),
                            Set.copyOf(Rows.strings(rs, "languages")),
                            rs.getDouble("lat"),
                            rs.getDouble("lon"),
                            Set.copyOf(Rows.strings(rs, "slots")),
                            Set.copyOf(Rows.strings(rs, "interests")),
                            rs.getString("preferred_mentor_gender"));
                },
                regionId);
        List<MentorRow> mentorRows = eligibleMentors(regionId, s.certificateValidityMonths(), today, "");
        Map<UUID, MentorRow> mentorById = new HashMap<>();
        mentorRows.forEach(r -> mentorById.put(r.mentor().id(), r));
        List<Matching.Mentor> mentors =
                mentorRows.stream().map(MentorRow::mentor).toList();
        Matching.Comparison result = Matching.optimalWithBaseline(waiting, mentors, s.matching());
        Matching.Assignment optimal = result.optimal();
        Matching.Assignment greedy = result.greedy();
        int duration = (int) ((System.nanoTime() - started) / 1_000_000);
        UUID runId = UUID.randomUUID();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into matching_run (id, region_id, created_by, created_at, children, mentors, allowed_pairs,
                    total_score, greedy_score, duration_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                runId,
                regionId,
                caller.userId(),
                now,
                waiting.size(),
                mentors.size(),
                optimal.allowedPairs(),
                BigDecimal.valueOf(optimal.totalScore()),
                BigDecimal.valueOf(greedy.totalScore()),
                duration);
        insertProposals(runId, optimal.pairs());
        audit.record("MATCHING_RUN", "MATCHING_RUN", runId, regionId);
        return getRun(caller, runId);
    }

    private void insertProposals(UUID runId, List<Matching.Pair> pairs) {
        for (int from = 0; from < pairs.size(); from += 500) {
            List<Matching.Pair> chunk = pairs.subList(from, Math.min(pairs.size(), from + 500));
            StringBuilder sql = new StringBuilder(
                    "insert into matching_proposal (id, run_id, child_id, volunteer_id, score, explanation, status) values ");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Matching.Pair p = chunk.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?::jsonb, 'OPEN')");
                params.addAll(List.of(
                        UUID.randomUUID(),
                        runId,
                        p.childId(),
                        p.mentorId(),
                        BigDecimal.valueOf(p.score()),
                        write(criteria(p))));
            }
            jdbc.update(sql.toString(), params.toArray());
        }
    }

    public List<Run> runs(Caller caller, UUID regionId) {
        MentoringSettingsService.requireCoordinatorOf(caller, regionId);
        return jdbc.list(
                "select * from matching_run where region_id = ? order by created_at desc limit 20",
                rs -> runRow(rs, List.of()),
                regionId);
    }

    public Run getRun(Caller caller, UUID runId) {
        Run run = jdbc.one("select * from matching_run where id = ?", rs -> runRow(rs, List.of()), runId)
                .orElseThrow(() -> ApiException.hidden("MATCHING_RUN", runId));
        if (!caller.is(Role.COORDINATOR) || !caller.worksIn(run.regionId())) {
            throw ApiException.hidden("MATCHING_RUN", runId);
        }
        List<Proposal> proposals = jdbc.list(
                """
                select p.*, c.first_name child_first_name, v.first_name || ' ' || v.last_name volunteer_name
                from matching_proposal p join child_profile c on c.id = p.child_id join volunteer v on v.id = p.volunteer_id
                where p.run_id = ? order by p.score desc, p.id
                """,
                rs -> new Proposal(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "child_id"),
                        rs.getString("child_first_name"),
                        Rows.uuid(rs, "volunteer_id"),
                        rs.getString("volunteer_name"),
                        rs.getDouble("score"),
                        read(rs.getString("explanation")),
                        rs.getString("status"),
                        Rows.uuid(rs, "match_id")),
                runId);
        return new Run(
                run.id(),
                run.regionId(),
                run.createdAt(),
                run.children(),
                run.mentors(),
                run.allowedPairs(),
                run.totalScore(),
                run.greedyScore(),
                run.durationMs(),
                proposals);
    }

    private static Run runRow(ResultSet rs, List<Proposal> proposals) throws SQLException {
        return new Run(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "region_id"),
                Rows.instant(rs, "created_at"),
                rs.getInt("children"),
                rs.getInt("mentors"),
                rs.getLong("allowed_pairs"),
                rs.getDouble("total_score"),
                rs.getDouble("greedy_score"),
                rs.getInt("duration_ms"),
                proposals);
    }

    /** Confirms a proposal of a run: the match is proposed (409 when child or mentor is taken meanwhile). */
    @Transactional
    public Run decideProposal(Caller caller, UUID runId, UUID proposalId, boolean confirm) {
        record Pick(UUID regionId, UUID childId, UUID volunteerId) {}
        Pick p = jdbc.one(
                        """
                        select r.region_id, p.child_id, p.volunteer_id
                        from matching_run r left join matching_proposal p on p.run_id = r.id and p.id = ?
                        where r.id = ?
                        """,
                        rs -> new Pick(
                                Rows.uuid(rs, "region_id"), Rows.uuid(rs, "child_id"), Rows.uuid(rs, "volunteer_id")),
                        proposalId,
                        runId)
                .orElseThrow(() -> ApiException.hidden("MATCHING_RUN", runId));
        if (!caller.is(Role.COORDINATOR) || !caller.worksIn(p.regionId())) {
            throw ApiException.hidden("MATCHING_RUN", runId);
        }
        if (p.childId() == null) {
            throw ApiException.notFound();
        }
        int claimed = jdbc.update(
                "update matching_proposal set status = ?, decided_by = ?, decided_at = now() where id = ? and status = 'OPEN'",
                confirm ? "CONFIRMED" : "DROPPED",
                caller.userId(),
                proposalId);
        if (claimed == 0) {
            throw ApiException.conflict("proposal_decided", "This proposal was confirmed or dropped already.");
        }
        if (confirm) {
            Match m = propose(caller, p.childId(), p.volunteerId());
            jdbc.update("update matching_proposal set match_id = ? where id = ?", m.id(), proposalId);
        }
        return getRun(caller, runId);
    }

    // ---------------------------------------------------------------- matches

    private static final String MATCH_SELECT = """
            select m.*, c.first_name child_first_name, v.first_name || ' ' || v.last_name volunteer_name,
                   v.status volunteer_status,
                   (m.status = 'ACTIVE' and coalesce(m.last_meeting_on, m.started_on) <= (now() at time zone g.time_zone)::date - ?)
                       quiet,
                   (v.certificate_on is null or (v.certificate_on + make_interval(months => coalesce(s.certificate_validity_months, 12)))::date
                       <= (now() at time zone g.time_zone)::date + ?) certificate_expiring,
                   exists (select 1 from safeguarding_alert a where a.match_id = m.id and a.decision is null) open_concern
            from mentoring_match m
            join child_profile c on c.id = m.child_id
            join volunteer v on v.id = m.volunteer_id
            join region g on g.id = m.region_id
            left join mentoring_settings s on s.region_id = m.region_id
            """;

    public List<Match> list(Caller caller, UUID regionId, MatchStatus status, Boolean flagged) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        UUID[] regions = regionId == null
                ? caller.regionIds().toArray(UUID[]::new)
                : caller.worksIn(regionId) ? new UUID[] {regionId} : new UUID[0];
        String statusName = status == null ? null : status.name();
        // The health flags as match() sets them, filtered in SQL so that the limit applies to what is asked for.
        return jdbc.list(
                "select * from (" + MATCH_SELECT
                        + " where m.region_id = any(?) and (?::varchar is null or m.status = ?)) x"
                        + " where (?::boolean is null or ?::boolean = coalesce(x.quiet or x.open_concern or"
                        + " (x.status <> 'CLOSED' and (x.certificate_expiring or x.volunteer_status = 'SUSPENDED')), false))"
                        + " order by x.proposed_at desc limit 500",
                this::match,
                config.mentoring().quietDays(),
                config.mentoring().certificateWarningDays(),
                regions,
                statusName,
                statusName,
                flagged,
                flagged);
    }

    public Match get(Caller caller, UUID id) {
        Match m = load(id).orElseThrow(() -> ApiException.hidden("MATCH", id));
        if (!caller.is(Role.COORDINATOR) || !caller.worksIn(m.regionId())) {
            throw ApiException.hidden("MATCH", id);
        }
        return m;
    }

    Optional<Match> load(UUID id) {
        return jdbc.one(
                MATCH_SELECT + " where m.id = ?",
                this::match,
                config.mentoring().quietDays(),
                config.mentoring().certificateWarningDays(),
                id);
    }

    private Match match(ResultSet rs) throws SQLException {
        MatchStatus status = MatchStatus.valueOf(rs.getString("status"));
        boolean open = status != MatchStatus.CLOSED;
        return new Match(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "region_id"),
                Rows.uuid(rs, "child_id"),
                rs.getString("child_first_name"),
                Rows.uuid(rs, "volunteer_id"),
                rs.getString("volunteer_name"),
                status,
                rs.getDouble("score"),
                read(rs.getString("explanation")),
                Rows.instant(rs, "proposed_at"),
                Rows.instant(rs, "mentor_consent_at"),
                Rows.instant(rs, "family_consent_at"),
                Rows.date(rs, "started_on"),
                Rows.date(rs, "planned_end_on"),
                Rows.date(rs, "last_meeting_on"),
                Rows.instant(rs, "closed_at"),
                Rows.enumOrNull(rs, "close_reason", CloseReason.class),
                rs.getString("close_note"),
                new Flags(
                        rs.getBoolean("quiet"),
                        open && rs.getBoolean("certificate_expiring"),
                        open && "SUSPENDED".equals(rs.getString("volunteer_status")),
                        rs.getBoolean("open_concern")),
                rs.getInt("version"));
    }

    /**
     * A coordinator confirms a suggestion: the match is PROPOSED, if the pair passes every hard filter now.
     * Two confirmations for the same child or mentor at once: the database lets exactly one through (409).
     */
    @Transactional
    public Match propose(Caller caller, UUID childId, UUID volunteerId) {
        ChildService.Profile p = children.get(caller, childId);
        requireMatchable(p);
        MentoringSettingsService.Settings s = settings.settings(p.regionId());
        MentoringSettingsService.Region region = settings.region(p.regionId()).orElseThrow();
        MentorRow mentor =
                eligibleMentors(
                                p.regionId(),
                                s.certificateValidityMonths(),
                                region.today(),
                                " and v.id = ?",
                                volunteerId)
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> new ApiException(
                                422,
                                "mentor_not_available",
                                "Mentor not available",
                                "The mentor is not approved in this region, has no valid certificate or has an open match.",
                                List.of(),
                                Map.of()));
        Matching.Child c = located(p);
        Optional<Matching.Exclusion> excluded = Matching.exclusion(c, mentor.mentor(), s.matching());
        if (excluded.isPresent()) {
            throw new ApiException(
                    422,
                    "pair_not_allowed",
                    "Pair not allowed",
                    "This pair fails the hard filter " + excluded.get() + ".",
                    List.of(),
                    Map.of());
        }
        Matching.Pair pair = Matching.score(c, mentor.mentor(), s.matching());
        UUID id = UUID.randomUUID();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into mentoring_match (id, region_id, child_id, volunteer_id, status, score, explanation,
                    proposed_by, proposed_at, updated_at)
                values (?, ?, ?, ?, 'PROPOSED', ?, ?::jsonb, ?, ?, ?)
                """,
                id,
                p.regionId(),
                childId,
                volunteerId,
                BigDecimal.valueOf(pair.score()),
                write(criteria(pair)),
                caller.userId(),
                now,
                now);
        audit.record("MATCH_PROPOSED", "MATCH", id, p.regionId());
        return load(id).orElseThrow();
    }

    /** Records the mentor's or the family's consent; with both, the match is ACCEPTED. */
    @Transactional
    public Match consent(Caller caller, UUID id, Party party) {
        Match m = lockedForCoordinator(caller, id, MatchStatus.Action.CONSENT);
        jdbc.update(
                party == Party.MENTOR
                        ? "update mentoring_match set mentor_consent_at = coalesce(mentor_consent_at, now()) where id = ?"
                        : "update mentoring_match set family_consent_at = coalesce(family_consent_at, now()) where id = ?",
                id);
        int accepted = jdbc.update("""
                update mentoring_match set status = 'ACCEPTED', accepted_at = now()
                where id = ? and mentor_consent_at is not null and family_consent_at is not null
                """, id);
        jdbc.update("update mentoring_match set version = version + 1, updated_at = now() where id = ?", id);
        audit.record("MATCH_CONSENT_" + party.name(), "MATCH", id, m.regionId());
        if (accepted == 1) {
            jdbc.update(
                    "update child_profile set status = 'MATCHED', version = version + 1, updated_at = now() where id = ?",
                    m.childId());
            jdbc.one(
                            "select referral_id from child_profile where id = ?",
                            rs -> rs.getObject(1, UUID.class),
                            m.childId())
                    .ifPresent(referralId -> referrals.markMatched(referralId, caller.userId()));
            volunteers
                    .load(m.volunteerId())
                    .map(VolunteerService.Volunteer::userId)
                    .ifPresent(user -> notifications.send(user, "MATCH_ACCEPTED", "MATCH", id, Map.of()));
        }
        return load(id).orElseThrow();
    }

    /** The first meeting: ACTIVE, planned to end 12 months later. */
    @Transactional
    public Match start(Caller caller, UUID id, LocalDate startedOn) {
        Match m = lockedForCoordinator(caller, id, MatchStatus.Action.START);
        LocalDate today = settings.region(m.regionId()).orElseThrow().today();
        LocalDate on = startedOn == null ? today : startedOn;
        if (on.isAfter(today) || on.isBefore(today.minusMonths(3))) {
            throw ApiException.invalidField("startedOn", "must be within the last three months and not in the future");
        }
        jdbc.update("""
                update mentoring_match set status = 'ACTIVE', started_on = ?, planned_end_on = ?,
                    version = version + 1, updated_at = now() where id = ?
                """, on, on.plusMonths(12), id);
        audit.record("MATCH_STARTED", "MATCH", id, m.regionId());
        return load(id).orElseThrow();
    }

    /**
     * Ends a match with a reason and a note. The child waits for a new mentor unless the match ran to its
     * planned end or the family withdrew.
     */
    @Transactional
    public Match close(Caller caller, UUID id, CloseReason reason, String note) {
        Match m = lockedForCoordinator(caller, id, MatchStatus.Action.CLOSE);
        closeMatch(m, reason, SqlValues.nullIfBlank(note));
        audit.record("MATCH_CLOSED", "MATCH", id, m.regionId());
        return load(id).orElseThrow();
    }

    private void closeMatch(Match m, CloseReason reason, String note) {
        jdbc.update("""
                update mentoring_match set status = 'CLOSED', close_reason = ?, close_note = ?, closed_at = now(),
                    version = version + 1, updated_at = now() where id = ?
                """, reason, note, m.id());
        boolean ends = reason == CloseReason.PLANNED_END || reason == CloseReason.FAMILY_WITHDREW;
        jdbc.update(
                "update child_profile set status = ?, version = version + 1, updated_at = now() where id = ? and status <> 'CLOSED'",
                ends ? "CLOSED" : "WAITING",
                m.childId());
    }

    private Match lockedForCoordinator(Caller caller, UUID id, MatchStatus.Action action) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        jdbc.one("select 1 from mentoring_match where id = ? for update", rs -> 1, id);
        Match m = get(caller, id);
        if (!action.allowedFrom(m.status())) {
            throw ApiException.conflict(
                    "illegal_transition",
                    "A " + m.status() + " match does not allow " + action.name().toLowerCase() + ".");
        }
        return m;
    }

    /** The mentor's own open match (the latest closed one when none is open), if any; reads are audited. */
    public Optional<MentorMatch> mentorMatch(Caller caller) {
        if (!caller.is(Role.MENTOR)) {
            return Optional.empty();
        }
        return jdbc.one(
                        """
                        select m.id, m.status, m.started_on, m.planned_end_on, m.last_meeting_on, m.child_id, m.region_id
                        from mentoring_match m join volunteer v on v.id = m.volunteer_id
                        where v.user_id = ? and m.status <> 'CLOSED'
                        """,
                        rs -> new Object[] {
                            Rows.uuid(rs, "id"),
                            MatchStatus.valueOf(rs.getString("status")),
                            Rows.date(rs, "started_on"),
                            Rows.date(rs, "planned_end_on"),
                            Rows.date(rs, "last_meeting_on"),
                            Rows.uuid(rs, "child_id"),
                            Rows.uuid(rs, "region_id")
                        },
                        caller.userId())
                .map(r -> new MentorMatch(
                        (UUID) r[0],
                        (MatchStatus) r[1],
                        (LocalDate) r[2],
                        (LocalDate) r[3],
                        (LocalDate) r[4],
                        children.mentorView((UUID) r[5], (UUID) r[6])));
    }

    /** The referral was withdrawn or erased: its child's open match closes and the profile with it. */
    void onReferralEnded(@Observes ReferralEvents.Ended e) {
        Optional<UUID> child = jdbc.one(
                "select id from child_profile where referral_id = ?",
                rs -> rs.getObject(1, UUID.class),
                e.referralId());
        if (child.isEmpty()) {
            return;
        }
        jdbc.list(
                        "select id from mentoring_match where child_id = ? and status <> 'CLOSED' for update",
                        rs -> rs.getObject(1, UUID.class),
                        child.get())
                .forEach(matchId -> load(matchId).ifPresent(m -> {
                    closeMatch(m, CloseReason.FAMILY_WITHDREW, "The referral was withdrawn.");
                    audit.record("MATCH_CLOSED", "MATCH", m.id(), m.regionId());
                }));
        jdbc.update(
                "update child_profile set status = 'CLOSED', closed_reason = 'REFERRAL_ENDED', version = version + 1, updated_at = now() where id = ?",
                child.get());
        if (e.erased()) {
            jdbc.update("""
                    update child_profile set first_name = null, birth_month = null, municipality = null, lat = null,
                        lon = null, interests = '{}', slots = '{}', preferred_mentor_gender = null where id = ?
                    """, child.get());
            jdbc.update("""
                    update diary_entry set note = null, activity_note = null,
                        concern_text = case when concern then '(erased)' end
                    where match_id in (select id from mentoring_match where child_id = ?)
                    """, child.get());
            // Stored responses of creating requests (the profile, its matches and their diary entries) go too.
            idempotency.forgetResponsesAbout(child.get());
            jdbc.list(
                            "select id from mentoring_match where child_id = ?",
                            rs -> rs.getObject(1, UUID.class),
                            child.get())
                    .forEach(idempotency::forgetResponsesAbout);
        }
    }

    String write(List<Criterion> criteria) {
        try {
            return json.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Criterion> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Criterion>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
