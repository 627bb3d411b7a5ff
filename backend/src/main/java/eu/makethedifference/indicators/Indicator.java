package eu.makethedifference.indicators;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme's indicators. Periods are whole months in each region's time zone; "in the period" means the
 * event's time falls in one of its months. Snapshots describe the state at the time of the request and have no
 * monthly values. Child-level counts below 5 are suppressed.
 */
@Schema(name = "ProgrammeIndicator", description = Indicator.DEFINITIONS)
public enum Indicator {
    AGREEMENTS_BY_STATUS(Unit.COUNT, false, true, Breakdowns.AGREEMENT_STATUSES),
    AGREEMENTS_SIGNED(Unit.COUNT, false, false, List.of()),
    ACTIVITIES_HELD(Unit.COUNT, false, false, Breakdowns.COMMITMENT_TYPES),
    COMMITMENTS(Unit.COUNT, false, true, List.of("ON_TRACK", "OVERDUE")),
    TRAININGS_HELD(Unit.COUNT, false, false, List.of("JOINT_SEMINAR", "MENTOR_PREPARATION", "SUPERVISION")),
    PARTICIPANTS_TRAINED(Unit.COUNT, false, false, Breakdowns.PARTICIPANT_GROUPS),
    LEARNING_GAIN(Unit.POINTS, false, false, List.of()),
    CERTIFICATES_ISSUED(Unit.COUNT, false, false, List.of()),
    VOLUNTEERS_APPLIED(Unit.COUNT, false, false, List.of()),
    VOLUNTEERS_IN_SCREENING(
            Unit.COUNT, false, true, List.of("INTERVIEW", "CERTIFICATE", "TRAINING", "AGREEMENT", "READY")),
    VOLUNTEERS_APPROVED(Unit.COUNT, false, false, List.of()),
    VOLUNTEERS_ACTIVE(Unit.COUNT, false, false, List.of()),
    RETENTION_6_MONTHS(Unit.PERCENT, false, false, List.of()),
    RETENTION_12_MONTHS(Unit.PERCENT, false, false, List.of()),
    REFERRALS_RECEIVED(Unit.COUNT, true, false, Breakdowns.HELP_SYSTEMS),
    REFERRALS_ACCEPTED(Unit.COUNT, true, false, Breakdowns.HELP_SYSTEMS),
    REFERRALS_WAITLISTED(Unit.COUNT, true, false, Breakdowns.HELP_SYSTEMS),
    REFERRALS_MATCHED(Unit.COUNT, true, false, Breakdowns.HELP_SYSTEMS),
    DAYS_REFERRAL_TO_MATCH(Unit.DAYS, true, false, List.of()),
    REFERRALS_OVERDUE(Unit.COUNT, true, true, Breakdowns.HELP_SYSTEMS),
    MATCHES_STARTED(Unit.COUNT, true, false, List.of()),
    MATCHES_ACTIVE(Unit.COUNT, true, false, List.of()),
    MEETINGS_PER_MATCH_MONTH(Unit.RATE, true, false, List.of()),
    MATCHES_CLOSED(
            Unit.COUNT,
            true,
            false,
            List.of("PLANNED_END", "MENTOR_WITHDREW", "FAMILY_WITHDREW", "SAFEGUARDING", "OTHER"));

    static final String DEFINITIONS = """
            An indicator of the programme. Periods are whole months in each region's time zone; "in the period" \
            means that the event's time falls in one of its months. Snapshots (no monthly values) describe the \
            state at the time of the request. Child-level figures (childLevel) below 5 are suppressed, and so are \
            the cells that would let one recover them from a total.
            - AGREEMENTS_BY_STATUS (snapshot, by status): cooperation agreements created before the end of the \
            period, by their current status.
            - AGREEMENTS_SIGNED: agreements whose last signature (the agreement became SIGNED) falls in the period.
            - ACTIVITIES_HELD (by commitment type): implementation activities recorded as held in the period.
            - COMMITMENTS (snapshot, ON_TRACK / OVERDUE): commitments of signed, active and under-review \
            agreements; OVERDUE when the due activity was not recorded in time.
            - TRAININGS_HELD (by kind): trainings completed whose end falls in the period.
            - PARTICIPANTS_TRAINED (by help system; VOLUNTEER for mentors): distinct people who attended a \
            training held in the period.
            - LEARNING_GAIN (points): average of post-test minus pre-test score, in percentage points, over \
            participants of trainings held in the period who took both tests.
            - CERTIFICATES_ISSUED: training certificates issued in the period and not revoked.
            - VOLUNTEERS_APPLIED: mentoring applications received in the period.
            - VOLUNTEERS_IN_SCREENING (snapshot, by next step; READY when all steps are done): volunteers in \
            screening.
            - VOLUNTEERS_APPROVED: volunteers approved as mentors in the period.
            - VOLUNTEERS_ACTIVE: distinct mentors with an active match in the period (in the month, for \
            monthly values).
            - RETENTION_6_MONTHS / RETENTION_12_MONTHS (percent): of the mentors whose 6 (12) months since \
            approval ended in the period, the share who had not withdrawn by then.
            - REFERRALS_RECEIVED (by referring help system): referrals submitted in the period.
            - REFERRALS_ACCEPTED / REFERRALS_WAITLISTED / REFERRALS_MATCHED (by referring help system): \
            referrals that first reached that status in the period.
            - DAYS_REFERRAL_TO_MATCH (days): median days from submission to MATCHED of the referrals matched in \
            the period.
            - REFERRALS_OVERDUE (snapshot, by referring help system): submitted or in-review referrals past \
            their response date.
            - MATCHES_STARTED: mentoring matches started in the period.
            - MATCHES_ACTIVE: matches active at some time in the period (in the month, for monthly values): \
            the children reached by mentoring.
            - MEETINGS_PER_MATCH_MONTH (rate): meetings recorded in mentors' diaries per active match and month.
            - MATCHES_CLOSED (by reason): matches closed in the period.""";

    /** How a figure is measured. */
    @Schema(
            name = "IndicatorUnit",
            description = "COUNT: a number of things; PERCENT: a share in percent; DAYS: a median in days; "
                    + "POINTS: percentage points; RATE: an average per match and month")
    public enum Unit {
        COUNT,
        PERCENT,
        DAYS,
        POINTS,
        RATE
    }

    private final Unit unit;
    private final boolean childLevel;
    private final boolean snapshot;
    private final List<String> breakdowns;

    Indicator(Unit unit, boolean childLevel, boolean snapshot, List<String> breakdowns) {
        this.unit = unit;
        this.childLevel = childLevel;
        this.snapshot = snapshot;
        this.breakdowns = breakdowns;
    }

    public Unit unit() {
        return unit;
    }

    public boolean childLevel() {
        return childLevel;
    }

    public boolean snapshot() {
        return snapshot;
    }

    /** The parts the indicator is broken down into; empty when it has none. */
    public List<String> breakdowns() {
        return breakdowns;
    }

    /** Whether parts, months and regions add up to their total (so one can difference them). */
    public boolean additive() {
        return unit == Unit.COUNT && this != VOLUNTEERS_ACTIVE && this != MATCHES_ACTIVE;
    }

    private static final class Breakdowns {
        static final List<String> HELP_SYSTEMS =
                List.of("ADDICTION_CARE", "YOUTH_WELFARE", "SCHOOL", "HEALTH", "UNIVERSITY", "OTHER");
        static final List<String> PARTICIPANT_GROUPS =
                List.of("ADDICTION_CARE", "YOUTH_WELFARE", "SCHOOL", "HEALTH", "UNIVERSITY", "OTHER", "VOLUNTEER");
        static final List<String> AGREEMENT_STATUSES = List.of(
                "DRAFT",
                "NEGOTIATION",
                "READY_FOR_SIGNATURE",
                "SIGNED",
                "ACTIVE",
                "UNDER_REVIEW",
                "RENEWED",
                "TERMINATED");
        static final List<String> COMMITMENT_TYPES = List.of(
                "REGULAR_EXCHANGE", "CASE_DISCUSSION", "JOB_SHADOWING", "MUTUAL_CONSULTATION", "JOINT_TRAINING");
    }
}
