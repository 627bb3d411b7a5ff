package eu.makethedifference.referrals.service;

import eu.makethedifference.agreements.service.AgreementService;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.notifications.service.NotificationService;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.service.OrganisationService;
import eu.makethedifference.referrals.AddictionKind;
import eu.makethedifference.referrals.AffectedParent;
import eu.makethedifference.referrals.ClosingOutcome;
import eu.makethedifference.referrals.ConsentForm;
import eu.makethedifference.referrals.ConsentGiver;
import eu.makethedifference.referrals.ConsentPurpose;
import eu.makethedifference.referrals.DeclineReason;
import eu.makethedifference.referrals.Gender;
import eu.makethedifference.referrals.Indicator;
import eu.makethedifference.referrals.ReferralStatus;
import eu.makethedifference.referrals.ReferralStatus.Action;
import eu.makethedifference.referrals.Urgency;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Referrals of children into help. Every read and write is audited in the statement or transaction that
 * does it; reads return the JSON PostgreSQL builds (one round trip). Who sees what: {@link ReferralViews}.
 */
@ApplicationScoped
public class ReferralService {
    public static final int DEFAULT_RESPONSE_DAYS = 10;
    public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
    static final String TYPE = "REFERRAL";

    @Inject
    eu.makethedifference.common.rest.IdempotencyPurge idempotency;

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Inject
    OrganisationService organisations;

    @Inject
    AgreementService agreements;

    @Inject
    NotificationService notifications;

    @Inject
    AppConfig config;

    @Inject
    jakarta.enterprise.event.Event<ReferralEvents.MentoringAccepted> mentoringAccepted;

    @Inject
    jakarta.enterprise.event.Event<ReferralEvents.Ended> ended;

    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    public record ReferralData(
            UUID targetOfferId,
            String firstName,
            int birthYear,
            int birthMonth,
            Gender gender,
            String area,
            String school,
            List<String> languages,
            List<Indicator> indicators,
            String observations,
            Urgency urgency,
            List<AffectedParent> affectedParents,
            List<AddictionKind> addictionKinds) {}

    public record ConsentData(
            ConsentGiver givenBy,
            LocalDate givenOn,
            List<ConsentPurpose> purposes,
            String recipients,
            ConsentForm form,
            String witness,
            LocalDate validUntil) {}

    public record Filter(ReferralStatus status, Boolean overdue, Side side) {}

    /** Professionals: referrals their organisation sent or received. */
    public enum Side {
        SENT,
        RECEIVED
    }

    /** A referral as JSON for its reader, with the version for the ETag. */
    public record View(UUID id, String json, int version) {}

    public record Page(List<String> items, long total) {}

    public record Document(byte[] bytes, String type) {}

    /** What a write needs to know about a referral, read and locked in one statement. */
    private record Context(
            UUID id,
            ReferralStatus status,
            UUID regionId,
            UUID referrerOrganisationId,
            UUID receiverOrganisationId,
            HelpOfferKind targetKind,
            int version,
            boolean erased,
            UUID createdBy) {
        boolean referrerSide(Caller caller) {
            return caller.is(Role.PROFESSIONAL) && referrerOrganisationId.equals(caller.organisationId());
        }

        boolean receiverSide(Caller caller) {
            return caller.is(Role.PROFESSIONAL) && receiverOrganisationId.equals(caller.organisationId());
        }
    }

    // ---------------------------------------------------------------- reads

    public View get(Caller caller, UUID id) {
        return view(caller, id, "REFERRAL_READ");
    }

    @Schema(
            name = "ReferralMentoringStatus",
            description = "Where the mentoring of a referred child stands: the latest match's status and dates and"
                    + " how many meetings were held; nothing about the mentor and nothing from the diary")
    public record MentoringStatus(
            @Schema(required = true) UUID referralId,

            @Schema(
                    required = true,
                    enumeration = {"NONE", "PROPOSED", "ACCEPTED", "ACTIVE", "CLOSED"},
                    description = "NONE until a match is proposed")
            String status,

            UUID matchId,
            LocalDate startedOn,
            LocalDate plannedEndOn,
            Instant closedAt,

            @Schema(enumeration = {"PLANNED_END", "MENTOR_WITHDREW", "FAMILY_WITHDREW", "SAFEGUARDING", "OTHER"})
            String closeReason,

            @Schema(
                    required = true,
                    format = "int32",
                    minimum = "0",
                    maximum = "100000",
                    description = "Meetings logged in this match")
            int meetingsHeld,

            @Schema(description = "First day of the month of the last meeting")
            LocalDate lastMeetingMonth,

            @Schema(
                    required = true,
                    format = "int32",
                    minimum = "0",
                    maximum = "1000",
                    description = "Matches the child has had, this one included")
            int matches) {}

    /** The mentoring status of a referral the caller may see (404 otherwise); audited. */
    @Transactional
    public MentoringStatus mentoring(Caller caller, UUID id) {
        ReferralViews.Scope scope = ReferralViews.scope(caller);
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(scope.params());
        record Row(UUID region, MentoringStatus status) {}
        Row row = jdbc.one(
                        "select r.region_id, m.id, m.status, m.started_on, m.planned_end_on, m.closed_at, m.close_reason,"
                                + " (select coalesce(sum(d.meetings), 0) from diary_month d where d.match_id = m.id),"
                                + " (select max(d.month) from diary_month d where d.match_id = m.id),"
                                + " (select count(*) from mentoring_match x where x.child_id = c.id) "
                                + ReferralViews.FROM
                                + " left join child_profile c on c.referral_id = r.id"
                                + " left join lateral (select * from mentoring_match mm where mm.child_id = c.id"
                                + " order by mm.proposed_at desc, mm.id limit 1) m on true"
                                + " where r.id = ? and " + scope.sql(),
                        rs -> new Row(
                                rs.getObject(1, UUID.class),
                                new MentoringStatus(
                                        id,
                                        rs.getString(3) == null ? "NONE" : rs.getString(3),
                                        rs.getObject(2, UUID.class),
                                        rs.getObject(4, LocalDate.class),
                                        rs.getObject(5, LocalDate.class),
                                        SqlValues.instant(rs.getObject(6)),
                                        rs.getString(7),
                                        rs.getInt(8),
                                        rs.getObject(9, LocalDate.class),
                                        rs.getInt(10))),
                        params.toArray())
                .orElseThrow(() -> ApiException.hidden(TYPE, id));
        audit.record("REFERRAL_MENTORING_READ", TYPE, id, row.region());
        return row.status();
    }

    public Page list(Caller caller, Filter filter, Paging paging) {
        ReferralViews.Scope scope = ReferralViews.scope(caller);
        List<String> where = new ArrayList<>(List.of(scope.sql()));
        List<Object> params = new ArrayList<>(scope.params());
        if (filter.status() != null) {
            where.add("r.status = ?");
            params.add(filter.status());
        }
        if (filter.overdue() != null) {
            where.add((filter.overdue() ? "" : "not ") + ReferralViews.OVERDUE);
        }
        if (filter.side() != null && caller.organisationId() != null) {
            where.add(filter.side() == Side.SENT ? "r.referrer_organisation_id = ?" : "o.organisation_id = ?");
            params.add(caller.organisationId());
        }
        String condition = String.join(" and ", where);
        String order = paging.orderBy();
        List<Object> all = new ArrayList<>();
        all.add(caller.is(Role.COORDINATOR));
        all.addAll(params);
        all.add(paging.size());
        all.add((long) paging.page() * paging.size());
        all.add(caller.auditActorType());
        all.add(caller.auditActorId());
        all.add("REFERRAL_LISTED");
        all.add(audit.sourceIp());
        List<String> items = jdbc.list(
                "with v as (select r.id, r.region_id, r.created_at, r.due_on, r.urgency, " + ReferralViews.SUMMARY
                        + " as body " + ReferralViews.FROM + " where " + condition + " order by " + order
                        + ", r.id limit ? offset ?), a as (" + ReferralViews.AUDIT_ROWS
                        + ") select body::text from v order by "
                        + order.replace("r.", "v.") + ", v.id",
                rs -> rs.getString(1),
                all.toArray());
        long total = jdbc.one(
                        "select count(*) " + ReferralViews.FROM + " where " + condition,
                        rs -> rs.getLong(1),
                        params.toArray())
                .orElse(0L);
        return new Page(items, total);
    }

    /** Sort keys of the list and their columns. */
    public static final Map<String, String> SORTS = Map.of(
            "createdAt",
            "r.created_at",
            "dueOn",
            "r.due_on",
            "urgency",
            "case r.urgency when 'URGENT' then 0 when 'PRIORITY' then 1 else 2 end");

    public Document document(Caller caller, UUID id) {
        Context ctx = context(caller, id, false);
        Document doc = jdbc.one(
                        "select document, document_type from referral_consent where referral_id = ? and document is not null",
                        rs -> new Document(rs.getBytes(1), rs.getString(2)),
                        id)
                .orElseThrow(ApiException::notFound);
        audit.record("REFERRAL_CONSENT_DOCUMENT_READ", TYPE, id, ctx.regionId());
        return doc;
    }

    /** Everything held about the child of a referral, for a guardian's subject-access request. */
    @Transactional
    public String export(Caller caller, UUID id) {
        Context ctx = context(caller, id, false);
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        String document = jdbc.one(
                        "select document from referral_consent where referral_id = ? and document is not null",
                        rs -> Base64.getEncoder().encodeToString(rs.getBytes(1)),
                        ctx.id())
                .orElse(null);
        View v = view(caller, id, "REFERRAL_EXPORTED");
        return jdbc.one(
                        "select jsonb_build_object('exportedAt', now(), 'referral', ?::jsonb, 'consentDocument', ?::text)::text",
                        rs -> rs.getString(1),
                        v.json(),
                        document)
                .orElseThrow();
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    public View create(Caller caller, ReferralData data) {
        if (!caller.is(Role.PROFESSIONAL)) {
            throw ApiException.forbidden();
        }
        OrganisationService.OrganisationRef org =
                organisations.find(caller.organisationId()).orElseThrow(ApiException::forbidden);
        validate(data, org.regionId());
        UUID id = UUID.randomUUID();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into referral (id, region_id, referrer_organisation_id, referrer_help_system, created_by,
                    target_offer_id, status, first_name, birth_year, birth_month, gender, area, school, languages,
                    indicators, observations, urgency, affected_parents, addiction_kinds, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                org.regionId(),
                org.id(),
                org.helpSystem(),
                caller.userId(),
                data.targetOfferId(),
                data.firstName().strip(),
                data.birthYear(),
                data.birthMonth(),
                data.gender(),
                data.area().strip(),
                SqlValues.nullIfBlank(data.school()),
                texts(data.languages()),
                texts(data.indicators()),
                SqlValues.nullIfBlank(data.observations()),
                data.urgency(),
                texts(data.affectedParents()),
                texts(data.addictionKinds()),
                now,
                now);
        event(id, now, caller, "CREATED", ReferralStatus.DRAFT, null, null);
        return view(caller, id, "REFERRAL_CREATED");
    }

    @Transactional
    public View update(Caller caller, UUID id, int expectedVersion, ReferralData data) {
        Context ctx = context(caller, id, true);
        requireReferrerOrCoordinator(caller, ctx);
        if (ctx.status() != ReferralStatus.DRAFT) {
            throw ApiException.conflict("referral_not_editable", "Only a draft referral can be edited.");
        }
        Etags.check(expectedVersion, ctx.version());
        validate(data, ctx.regionId());
        jdbc.update(
                """
                update referral set target_offer_id = ?, first_name = ?, birth_year = ?, birth_month = ?, gender = ?,
                    area = ?, school = ?, languages = ?, indicators = ?, observations = ?, urgency = ?,
                    affected_parents = ?, addiction_kinds = ?, version = version + 1, updated_at = ?
                where id = ?
                """,
                data.targetOfferId(),
                data.firstName().strip(),
                data.birthYear(),
                data.birthMonth(),
                data.gender(),
                data.area().strip(),
                SqlValues.nullIfBlank(data.school()),
                texts(data.languages()),
                texts(data.indicators()),
                SqlValues.nullIfBlank(data.observations()),
                data.urgency(),
                texts(data.affectedParents()),
                texts(data.addictionKinds()),
                SqlValues.now(),
                id);
        return view(caller, id, "REFERRAL_UPDATED");
    }

    /** Records (or replaces) the guardian's consent; a replaced consent's scan is dropped with it. */
    @Transactional
    public View recordConsent(Caller caller, UUID id, ConsentData data) {
        Context ctx = context(caller, id, true);
        requireReferrerOrCoordinator(caller, ctx);
        requireOpen(ctx);
        if (consentWithdrawn(id)) {
            throw ApiException.conflict("consent_withdrawn", "The consent was withdrawn; the referral is closed.");
        }
        LocalDate today = today(ctx.regionId());
        if (data.givenOn().isAfter(today)) {
            throw ApiException.invalidField("givenOn", "must not be in the future");
        }
        if (data.validUntil().isBefore(data.givenOn())) {
            throw ApiException.invalidField("validUntil", "must not be before givenOn");
        }
        if (data.form() == ConsentForm.VERBAL_WITNESSED && SqlValues.nullIfBlank(data.witness()) == null) {
            throw ApiException.invalidField("witness", "a verbal consent needs its witness");
        }
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into referral_consent (referral_id, given_by, given_on, purposes, recipients, form, witness,
                    valid_until, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (referral_id) do update set given_by = excluded.given_by, given_on = excluded.given_on,
                    purposes = excluded.purposes, recipients = excluded.recipients, form = excluded.form,
                    witness = excluded.witness, valid_until = excluded.valid_until, document = null,
                    document_type = null, document_size = null, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at
                """,
                id,
                data.givenBy(),
                data.givenOn(),
                texts(data.purposes()),
                data.recipients().strip(),
                data.form(),
                data.form() == ConsentForm.VERBAL_WITNESSED ? data.witness().strip() : null,
                data.validUntil(),
                caller.userId(),
                now);
        touch(id, now);
        event(id, now, caller, "CONSENT_RECORDED", ctx.status(), null, null);
        return view(caller, id, "REFERRAL_CONSENT_RECORDED");
    }

    /** Stores the scan of the consent form: PDF, JPEG or PNG by its content, at most 5 MB. */
    @Transactional
    public View attachDocument(Caller caller, UUID id, byte[] bytes, String declaredType) {
        Context ctx = context(caller, id, true);
        requireReferrerOrCoordinator(caller, ctx);
        requireOpen(ctx);
        if (bytes == null || bytes.length == 0) {
            throw ApiException.badRequest("document_empty", "The document is empty.");
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new ApiException(413, "payload_too_large", "Payload too large", "The document is larger than 5 MB.");
        }
        String type = ConsentDocuments.sniff(bytes);
        if (type == null
                || !(declaredType == null
                        || declaredType.equals(type)
                        || "application/octet-stream".equals(declaredType))) {
            throw new ApiException(
                    415,
                    "unsupported_document_type",
                    "Unsupported media type",
                    "The document must be a PDF, JPEG or PNG file.");
        }
        int updated = jdbc.update(
                "update referral_consent set document = ?, document_type = ?, document_size = ? where referral_id = ? and withdrawn_at is null",
                bytes,
                type,
                bytes.length,
                id);
        if (updated == 0) {
            throw ApiException.conflict("consent_missing", "Record the consent before attaching its scan.");
        }
        touch(id, SqlValues.now());
        return view(caller, id, "REFERRAL_CONSENT_DOCUMENT_STORED");
    }

    /**
     * Sends a draft to the receiver. Needs a valid consent for the target; a coordinator may override with a
     * written reason (audited, shown on the referral). Sets the response deadline and flags possible duplicates.
     */
    @Transactional
    public View submit(Caller caller, UUID id, String overrideReason) {
        Context ctx = context(caller, id, true);
        requireReferrerOrCoordinator(caller, ctx);
        String reason = SqlValues.nullIfBlank(overrideReason);
        if (reason != null && !caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        if (ctx.status() != ReferralStatus.DRAFT) {
            throw illegal(ctx.status(), "submit");
        }
        boolean consentValid = validConsent(ctx);
        if (!consentValid && reason == null) {
            throw new ApiException(
                    422,
                    "consent_required",
                    "Consent required",
                    "A valid consent of the guardian for this target is needed before the referral can be submitted.");
        }
        Instant now = SqlValues.now();
        LocalDate today = today(ctx.regionId());
        int days = agreements
                .referralResponseDays(ctx.referrerOrganisationId(), ctx.receiverOrganisationId())
                .orElse(DEFAULT_RESPONSE_DAYS);
        LocalDate due = WorkingDays.add(today, days, holidays(ctx.regionId(), today));
        boolean override = !consentValid;
        jdbc.update(
                """
                update referral set status = 'SUBMITTED', submitted_at = ?, due_on = ?, possible_duplicates = ?,
                    override_reason = ?, override_by = ?, override_at = ?, version = version + 1, updated_at = ?
                where id = ?
                """,
                now,
                due,
                Duplicates.find(jdbc, id).toArray(UUID[]::new),
                override ? reason : null,
                override ? caller.userId() : null,
                override ? now : null,
                now,
                id);
        event(id, now, caller, "SUBMITTED", ReferralStatus.SUBMITTED, override ? "CONSENT_OVERRIDE" : null, null);
        if (override) {
            audit.record("REFERRAL_CONSENT_OVERRIDE", TYPE, id, ctx.regionId());
        }
        return view(caller, id, "REFERRAL_SUBMITTED");
    }

    /** An explicit status change after submission (receiver's decisions) or a withdrawal (referrer's side). */
    @Transactional
    public View act(
            Caller caller, UUID id, Action action, DeclineReason declineReason, ClosingOutcome outcome, String note) {
        Context ctx = context(caller, id, true);
        boolean allowed = caller.is(Role.COORDINATOR)
                || (action.byReceiver() ? ctx.receiverSide(caller) : ctx.referrerSide(caller));
        if (!allowed) {
            throw ApiException.forbidden();
        }
        if (!action.allowedFrom(ctx.status())) {
            throw illegal(ctx.status(), action.name().toLowerCase());
        }
        boolean mentoring = ctx.targetKind() == HelpOfferKind.MENTORING_PROGRAMME;
        if ((action == Action.MATCH && !mentoring) || (action == Action.START_SERVICE && mentoring)) {
            throw ApiException.conflict(
                    "illegal_transition",
                    mentoring
                            ? "A referral to the mentoring programme moves on by a mentor match."
                            : "Only a referral to the mentoring programme is matched with a mentor.");
        }
        String reason = null;
        if (action == Action.DECLINE) {
            if (declineReason == null) {
                throw ApiException.invalidField("declineReason", "a declined referral needs its reason");
            }
            reason = declineReason.name();
        } else if (action == Action.CLOSE) {
            if (outcome == null) {
                throw ApiException.invalidField("outcome", "a closed referral needs its outcome");
            }
            reason = outcome.name();
        }
        ReferralStatus to = action.target();
        Instant now = SqlValues.now();
        boolean decision = action == Action.ACCEPT || action == Action.WAITLIST || action == Action.DECLINE;
        jdbc.update(
                """
                update referral set status = ?, decision_reason = coalesce(?, decision_reason),
                    decision_note = case when ? then ? else decision_note end,
                    decided_at = case when ? then ? else decided_at end,
                    closed_at = case when ? then ? else closed_at end,
                    version = version + 1, updated_at = ?
                where id = ?
                """,
                to,
                reason,
                reason != null || decision,
                SqlValues.nullIfBlank(note),
                decision,
                now,
                to == ReferralStatus.CLOSED,
                now,
                now,
                id);
        event(id, now, caller, "STATUS_CHANGED", to, reason, SqlValues.nullIfBlank(note));
        if (!caller.userId().equals(ctx.createdBy())) {
            notifications.send(ctx.createdBy(), "REFERRAL_STATUS_CHANGED", TYPE, id, Map.of("status", to.name()));
        }
        if (to == ReferralStatus.ACCEPTED && mentoring) {
            jdbc.one(
                            "select first_name, birth_year, birth_month, gender, area, languages from referral where id = ?",
                            rs -> new ReferralEvents.MentoringAccepted(
                                    id,
                                    ctx.regionId(),
                                    rs.getString(1),
                                    rs.getInt(2),
                                    rs.getInt(3),
                                    Gender.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    List.of((String[]) rs.getArray(6).getArray()),
                                    caller.userId()),
                            id)
                    .ifPresent(mentoringAccepted::fire);
        } else if (to == ReferralStatus.WITHDRAWN) {
            ended.fire(new ReferralEvents.Ended(id, false));
        }
        return view(caller, id, "REFERRAL_" + to.name());
    }

    /**
     * The guardian withdrew consent: processing stops at once. The referral is withdrawn (unless it has ended
     * already), its personal fields, notes and scan are erased; the non-identifying statistics stay.
     */
    @Transactional
    public View withdrawConsent(Caller caller, UUID id) {
        Context ctx = context(caller, id, true);
        requireReferrerOrCoordinator(caller, ctx);
        int updated = jdbc.update("""
                update referral_consent set withdrawn_at = ?, document = null, document_type = null,
                    document_size = null, witness = null
                where referral_id = ? and withdrawn_at is null
                """, SqlValues.now(), id);
        if (updated == 0) {
            throw ApiException.conflict("consent_missing", "There is no consent in force to withdraw.");
        }
        ReferralStatus to = Action.WITHDRAW.allowedFrom(ctx.status()) ? ReferralStatus.WITHDRAWN : ctx.status();
        Instant now = SqlValues.now();
        erase(id, to, now);
        event(id, now, caller, "CONSENT_WITHDRAWN", to, null, null);
        return view(caller, id, "REFERRAL_CONSENT_WITHDRAWN");
    }

    @Scheduled(every = "15m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void signalOverdueRegularly() {
        signalOverdue();
    }

    /**
     * Sends {@code referral.overdue} once for each response deadline passed (its webhook subscribers learn of
     * it); safe on several instances (the rows are updated once). Returns how many referrals became overdue.
     */
    @Transactional
    public int signalOverdue() {
        return jdbc.list("""
                        with u as (
                          update referral r set overdue_signalled_on = r.due_on from region g
                          where g.id = r.region_id and """ + ReferralViews.OVERDUE + """
                           and r.overdue_signalled_on is distinct from r.due_on
                          returning r.id, r.region_id, r.status, r.due_on, r.referrer_organisation_id, r.target_offer_id)
                        select webhook_emit('referral.overdue', u.id, u.region_id,
                            array[u.referrer_organisation_id, o.organisation_id], '{}', 'referrals:read',
                            jsonb_build_object('id', u.id, 'regionId', u.region_id, 'status', u.status, 'dueOn', u.due_on))::text
                        from u join help_offer o on o.id = u.target_offer_id
                        """, rs -> 1).size();
    }

    @Scheduled(
            cron = "{mtd.referrals.retention-cron:0 30 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void anonymiseDaily() {
        LOG.infof("Ended referrals anonymised after the retention period: %d", anonymiseExpired());
    }

    /**
     * Erases the personal fields of referrals that ended (closed, declined, withdrawn) longer ago than the
     * retention period; statistics stay. One instance at a time (advisory lock); returns how many were erased.
     */
    @Transactional
    public int anonymiseExpired() {
        if (!jdbc.one("select pg_try_advisory_xact_lock(4242006)", rs -> rs.getBoolean(1))
                .orElse(false)) {
            return 0;
        }
        Instant cutoff = SqlValues.now().minus(config.referrals().retention());
        record Ended(UUID id, UUID regionId, ReferralStatus status) {}
        List<Ended> expired = jdbc.list(
                """
                select id, region_id, status from referral
                where status in ('CLOSED', 'DECLINED', 'WITHDRAWN') and erased_at is null and updated_at < ?
                for update
                """,
                rs -> new Ended(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        ReferralStatus.valueOf(rs.getString(3))),
                cutoff);
        Instant now = SqlValues.now();
        for (Ended r : expired) {
            jdbc.update(
                    "update referral_consent set document = null, document_type = null, document_size = null, witness = null where referral_id = ?",
                    r.id());
            erase(r.id(), r.status(), now);
            audit.recordSystem("REFERRAL_ANONYMISED", TYPE, r.id(), r.regionId());
        }
        return expired.size();
    }

    // ---------------------------------------------------------------- internals

    private View view(Caller caller, UUID id, String action) {
        ReferralViews.Scope scope = ReferralViews.scope(caller);
        List<Object> params = new ArrayList<>();
        params.add(caller.is(Role.COORDINATOR));
        params.add(id);
        params.addAll(scope.params());
        params.add(caller.auditActorType());
        params.add(caller.auditActorId());
        params.add(action);
        params.add(audit.sourceIp());
        return jdbc.one(
                        "with v as (select r.id, r.region_id, r.version, " + ReferralViews.DETAIL + " as body "
                                + ReferralViews.FROM + " where r.id = ? and " + scope.sql() + "), a as ("
                                + ReferralViews.AUDIT_ROWS + ") select id, body::text, version from v",
                        rs -> new View(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)),
                        params.toArray())
                .orElseThrow(() -> ApiException.hidden(TYPE, id));
    }

    private Context context(Caller caller, UUID id, boolean lock) {
        ReferralViews.Scope scope = ReferralViews.scope(caller);
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(scope.params());
        return jdbc.one(
                        """
                        select r.id, r.status, r.region_id, r.referrer_organisation_id, o.organisation_id, o.kind,
                            r.version, r.erased_at is not null, r.created_by
                        from referral r join help_offer o on o.id = r.target_offer_id
                        where r.id = ? and """ + " " + scope.sql() + (lock ? " for update of r" : ""),
                        rs -> new Context(
                                rs.getObject(1, UUID.class),
                                ReferralStatus.valueOf(rs.getString(2)),
                                rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class),
                                rs.getObject(5, UUID.class),
                                HelpOfferKind.valueOf(rs.getString(6)),
                                rs.getInt(7),
                                rs.getBoolean(8),
                                rs.getObject(9, UUID.class)),
                        params.toArray())
                .orElseThrow(() -> ApiException.hidden(TYPE, id));
    }

    private static void requireReferrerOrCoordinator(Caller caller, Context ctx) {
        if (!(caller.is(Role.COORDINATOR) || ctx.referrerSide(caller))) {
            throw ApiException.forbidden();
        }
    }

    private static void requireOpen(Context ctx) {
        if (ctx.erased() || !Action.WITHDRAW.allowedFrom(ctx.status())) {
            throw ApiException.conflict("referral_closed", "The referral has ended; its consent cannot change.");
        }
    }

    private static ApiException illegal(ReferralStatus from, String what) {
        return ApiException.conflict("illegal_transition", "A referral in status " + from + " cannot " + what + ".");
    }

    /** The consent is in force today and covers the purpose the target needs. */
    private boolean validConsent(Context ctx) {
        ConsentPurpose needed = ctx.targetKind() == HelpOfferKind.MENTORING_PROGRAMME
                ? ConsentPurpose.MENTORING
                : ConsentPurpose.HELP_OFFER;
        LocalDate today = today(ctx.regionId());
        return jdbc.one("""
                        select 1 from referral_consent where referral_id = ? and withdrawn_at is null
                            and given_on <= ? and valid_until >= ? and ? = any(purposes)
                        """, rs -> true, ctx.id(), today, today, needed.name()).orElse(false);
    }

    private boolean consentWithdrawn(UUID id) {
        return jdbc.one(
                        "select 1 from referral_consent where referral_id = ? and withdrawn_at is not null",
                        rs -> true,
                        id)
                .orElse(false);
    }

    private void validate(ReferralData data, UUID regionId) {
        Boolean active = jdbc.one(
                        "select active from help_offer where id = ? and region_id = ?",
                        rs -> rs.getBoolean(1),
                        data.targetOfferId(),
                        regionId)
                .orElseThrow(() -> ApiException.invalidField("targetOfferId", "unknown help offer in this region"));
        if (!active) {
            throw ApiException.invalidField("targetOfferId", "the help offer is not active");
        }
        YearMonth born = YearMonth.of(data.birthYear(), data.birthMonth());
        YearMonth now = YearMonth.now(zone(regionId));
        if (born.isAfter(now)) {
            throw ApiException.invalidField("birthYear", "must not be in the future");
        }
        if (born.isBefore(now.minusYears(25))) {
            throw ApiException.invalidField("birthYear", "the child must be younger than 25");
        }
        if (data.indicators().isEmpty() && SqlValues.nullIfBlank(data.observations()) == null) {
            throw ApiException.invalidField("indicators", "tick an indicator or describe the observations");
        }
    }

    private void erase(UUID id, ReferralStatus to, Instant now) {
        jdbc.update("""
                update referral set status = ?, first_name = null, birth_month = null, area = null, school = null,
                    languages = '{}', observations = null, affected_parents = '{}', addiction_kinds = '{}',
                    override_reason = null, decision_note = null, possible_duplicates = '{}', erased_at = ?,
                    version = version + 1, updated_at = ?
                where id = ?
                """, to, now, now, id);
        jdbc.update("update referral_event set note = null where referral_id = ?", id);
        idempotency.forgetResponsesAbout(id);
        ended.fire(new ReferralEvents.Ended(id, true));
    }

    /**
     * A mentor match for the referral's child was agreed by mentor and family: an accepted referral moves to
     * MATCHED, on its timeline for the referring professional. Other statuses stay as they are.
     */
    @Transactional
    public void markMatched(UUID id, UUID actorId) {
        Instant now = SqlValues.now();
        jdbc.one("""
                        update referral set status = 'MATCHED', version = version + 1, updated_at = ?
                        where id = ? and status = 'ACCEPTED' returning created_by
                        """, rs -> rs.getObject(1, UUID.class), now, id).ifPresent(createdBy -> {
            jdbc.update(
                    "insert into referral_event (referral_id, occurred_at, actor_id, type, status) values (?, ?, ?, 'STATUS_CHANGED', 'MATCHED')",
                    id,
                    now,
                    actorId);
            notifications.send(createdBy, "REFERRAL_STATUS_CHANGED", TYPE, id, Map.of("status", "MATCHED"));
        });
    }

    private void touch(UUID id, Instant now) {
        jdbc.update("update referral set version = version + 1, updated_at = ? where id = ?", now, id);
    }

    private void event(
            UUID id, Instant at, Caller caller, String type, ReferralStatus status, String reason, String note) {
        jdbc.update(
                "insert into referral_event (referral_id, occurred_at, actor_id, type, status, reason, note) values (?, ?, ?, ?, ?, ?, ?)",
                id,
                at,
                caller.userId(),
                type,
                status,
                reason,
                note);
    }

    private Set<LocalDate> holidays(UUID regionId, LocalDate from) {
        return Set.copyOf(jdbc.list(
                "select day from region_holiday where region_id = ? and day > ? and day <= ?",
                rs -> rs.getObject(1, LocalDate.class),
                regionId,
                from,
                from.plusDays(366)));
    }

    private ZoneId zone(UUID regionId) {
        return jdbc.one("select time_zone from region where id = ?", rs -> ZoneId.of(rs.getString(1)), regionId)
                .orElseThrow();
    }

    private LocalDate today(UUID regionId) {
        return LocalDate.now(zone(regionId));
    }

    private static String[] texts(List<?> values) {
        return values == null
                ? new String[0]
                : values.stream()
                        .map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
                        .distinct()
                        .toArray(String[]::new);
    }
}
