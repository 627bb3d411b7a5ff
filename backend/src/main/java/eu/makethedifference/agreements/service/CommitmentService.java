package eu.makethedifference.agreements.service;

import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.Commitment;
import eu.makethedifference.agreements.CommitmentType;
import eu.makethedifference.agreements.FrequencyUnit;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.organisations.service.RegionService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The implementation of an agreement: commitments with their schedule, and the activities logged against
 * them. Each commitment is due one interval after its start or its latest activity; a daily job marks the
 * overdue ones (one instance at a time, under an advisory lock).
 */
@ApplicationScoped
public class CommitmentService {
    private static final Logger LOG = Logger.getLogger(CommitmentService.class);
    private static final int DUE_SOON_DAYS = 14;

    @Inject
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Inject
    RegionService regions;

    @Inject
    AuditService audit;

    public enum Health {
        NOT_STARTED,
        ON_TRACK,
        DUE_SOON,
        OVERDUE
    }

    public record CommitmentData(
            CommitmentType type,
            String title,
            FrequencyUnit frequencyUnit,
            int frequencyValue,
            UUID responsibleOrganisationId,
            LocalDate startsOn) {}

    public record CommitmentView(Commitment commitment, Health health, LocalDate lastHeldOn, int activityCount) {}

    public record ActivityData(LocalDate heldOn, Set<UUID> organisationIds, String notes) {}

    public record Activity(
            UUID id,
            UUID commitmentId,
            LocalDate heldOn,
            List<UUID> organisationIds,
            String notes,
            UUID createdBy,
            Instant createdAt) {}

    /** The interval between two due dates. */
    public static Period interval(FrequencyUnit unit, int value) {
        return switch (unit) {
            case WEEKS -> Period.ofWeeks(value);
            case TIMES_PER_YEAR -> 12 % value == 0 ? Period.ofMonths(12 / value) : Period.ofDays(365 / value);
        };
    }

    /** Next due date: one interval after the latest activity, or after the start when there is none. */
    public static LocalDate nextDue(LocalDate startsOn, LocalDate lastHeldOn, FrequencyUnit unit, int value) {
        LocalDate base = lastHeldOn == null || lastHeldOn.isBefore(startsOn) ? startsOn : lastHeldOn;
        return base.plus(interval(unit, value));
    }

    public static Health health(LocalDate nextDue, LocalDate today, FrequencyUnit unit, int value) {
        if (nextDue.isBefore(today)) {
            return Health.OVERDUE;
        }
        long intervalDays = ChronoUnit.DAYS.between(today, today.plus(interval(unit, value)));
        long soon = Math.min(DUE_SOON_DAYS, Math.max(1, intervalDays / 4));
        return ChronoUnit.DAYS.between(today, nextDue) <= soon ? Health.DUE_SOON : Health.ON_TRACK;
    }

    public List<CommitmentView> list(Caller caller, UUID agreementId) {
        Agreement a = agreements.get(caller, agreementId);
        LocalDate today = today(a);
        Map<UUID, Object[]> stats = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select commitment_id, max(held_on), count(*) from agreement_activity where agreement_id = ?1 group by commitment_id")
                .setParameter(1, agreementId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            stats.put((UUID) r[0], r);
        }
        List<CommitmentView> out = new ArrayList<>();
        for (Commitment c : Commitment.<Commitment>list("agreementId = ?1 order by createdAt", agreementId)) {
            Object[] s = stats.get(c.id);
            LocalDate last = s == null ? null : SqlValues.date(s[1]);
            int count = s == null ? 0 : ((Number) s[2]).intValue();
            Health h = a.status.isBinding()
                    ? health(c.nextDueOn, today, c.frequencyUnit, c.frequencyValue)
                    : Health.NOT_STARTED;
            out.add(new CommitmentView(c, h, last, count));
        }
        return out;
    }

    @Transactional
    public Commitment create(Caller caller, UUID agreementId, CommitmentData data) {
        Agreement a = agreements.forUpdate(caller, agreementId);
        requireNotClosed(a);
        Commitment c = new Commitment();
        c.id = UUID.randomUUID();
        c.agreementId = a.id;
        c.createdAt = SqlValues.now();
        apply(a, c, data);
        c.persistAndFlush();
        audit.record("AGREEMENT_COMMITMENT_CREATED", "AGREEMENT", a.id, a.regionId);
        return c;
    }

    @Transactional
    public Commitment update(
            Caller caller, UUID agreementId, UUID commitmentId, int expectedVersion, CommitmentData data) {
        Agreement a = agreements.forUpdate(caller, agreementId);
        requireNotClosed(a);
        Commitment c = commitment(a, commitmentId);
        Etags.check(expectedVersion, c.version);
        apply(a, c, data);
        c.persistAndFlush();
        audit.record("AGREEMENT_COMMITMENT_UPDATED", "AGREEMENT", a.id, a.regionId);
        return c;
    }

    public Commitment get(Caller caller, UUID agreementId, UUID commitmentId) {
        return commitment(agreements.get(caller, agreementId), commitmentId);
    }

    public List<Activity> activities(Caller caller, UUID agreementId, UUID commitmentId) {
        agreements.get(caller, agreementId);
        String sql = """
                select a.id, a.commitment_id, a.held_on, a.notes, a.created_by, a.created_at,
                       array(select p.organisation_id from agreement_activity_participant p where p.activity_id = a.id) as orgs
                from agreement_activity a
                where a.agreement_id = ?1 and (cast(?2 as uuid) is null or a.commitment_id = cast(?2 as uuid))
                order by a.held_on desc, a.created_at desc
                """;
        List<Activity> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql)
                .setParameter(1, agreementId)
                .setParameter(2, commitmentId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            List<UUID> orgs = SqlValues.uuids(r[6]);
            out.add(new Activity(
                    (UUID) r[0],
                    (UUID) r[1],
                    SqlValues.date(r[2]),
                    orgs,
                    (String) r[3],
                    (UUID) r[4],
                    SqlValues.instant(r[5])));
        }
        return out;
    }

    @Transactional
    public UUID logActivity(Caller caller, UUID agreementId, UUID commitmentId, ActivityData data) {
        Agreement a = agreements.forUpdate(caller, agreementId);
        if (!a.status.isBinding()) {
            throw ApiException.conflict(
                    "agreement_not_binding", "Activities are logged once the agreement is signed and until it ends.");
        }
        Commitment c = commitment(a, commitmentId);
        LocalDate today = today(a);
        if (data.heldOn().isAfter(today)) {
            throw ApiException.invalidField("heldOn", "cannot be in the future");
        }
        Set<UUID> participants = new LinkedHashSet<>(data.organisationIds());
        for (UUID org : participants) {
            if (!agreements.isParty(a.id, org)) {
                throw ApiException.invalidField(
                        "organisationIds", "every participant must be a party of the agreement");
            }
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery(
                        "insert into agreement_activity (id, agreement_id, commitment_id, held_on, notes, created_by) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id)
                .setParameter(2, a.id)
                .setParameter(3, c.id)
                .setParameter(4, data.heldOn())
                .setParameter(
                        5,
                        data.notes() == null || data.notes().isBlank()
                                ? null
                                : data.notes().strip())
                .setParameter(6, caller.userId())
                .executeUpdate();
        for (UUID org : participants) {
            em.createNativeQuery(
                            "insert into agreement_activity_participant (activity_id, organisation_id) values (?1, ?2)")
                    .setParameter(1, id)
                    .setParameter(2, org)
                    .executeUpdate();
        }
        LocalDate last = SqlValues.date(
                em.createNativeQuery("select max(held_on) from agreement_activity where commitment_id = ?1")
                        .setParameter(1, c.id)
                        .getSingleResult());
        c.nextDueOn = nextDue(c.startsOn, last, c.frequencyUnit, c.frequencyValue);
        c.overdueSince = c.nextDueOn.isBefore(today) ? c.overdueSince : null;
        c.persistAndFlush();
        audit.record("AGREEMENT_ACTIVITY_LOGGED", "AGREEMENT", a.id, a.regionId);
        return id;
    }

    /** Daily: marks commitments of binding agreements whose due date passed (in the region's time zone). */
    @Scheduled(
            cron = "{mtd.agreements.overdue-cron:0 15 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markOverdueDaily() {
        int marked = markOverdue();
        LOG.infof("Overdue commitments marked: %d", marked);
    }

    /** Marks overdue commitments; returns how many were newly marked. Safe with several instances. */
    @Transactional
    public int markOverdue() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(4242002)")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        em.createNativeQuery("""
                        update agreement_commitment c set overdue_since = null
                        from agreement a join region r on r.id = a.region_id
                        where a.id = c.agreement_id and c.overdue_since is not null
                          and c.next_due_on >= cast(now() at time zone r.time_zone as date)
                        """).executeUpdate();
        return em.createNativeQuery("""
                        update agreement_commitment c set overdue_since = c.next_due_on + 1
                        from agreement a join region r on r.id = a.region_id
                        where a.id = c.agreement_id and c.overdue_since is null
                          and a.status in ('SIGNED', 'ACTIVE', 'UNDER_REVIEW')
                          and c.next_due_on < cast(now() at time zone r.time_zone as date)
                        """).executeUpdate();
    }

    private void apply(Agreement a, Commitment c, CommitmentData data) {
        if (!agreements.isParty(a.id, data.responsibleOrganisationId())) {
            throw ApiException.invalidField("responsibleOrganisationId", "must be a party of the agreement");
        }
        if (data.frequencyUnit() == FrequencyUnit.TIMES_PER_YEAR && data.frequencyValue() > 52) {
            throw ApiException.invalidField("frequencyValue", "at most 52 times a year");
        }
        c.type = data.type();
        c.title = data.title().strip();
        c.frequencyUnit = data.frequencyUnit();
        c.frequencyValue = data.frequencyValue();
        c.responsibleOrganisationId = data.responsibleOrganisationId();
        c.startsOn = data.startsOn() == null ? today(a) : data.startsOn();
        LocalDate last = c.id == null
                ? null
                : SqlValues.date(
                        em.createNativeQuery("select max(held_on) from agreement_activity where commitment_id = ?1")
                                .setParameter(1, c.id)
                                .getSingleResult());
        c.nextDueOn = nextDue(c.startsOn, last, c.frequencyUnit, c.frequencyValue);
        c.overdueSince = null;
    }

    private Commitment commitment(Agreement a, UUID commitmentId) {
        Commitment c = Commitment.findById(commitmentId);
        if (c == null || !c.agreementId.equals(a.id)) {
            throw ApiException.notFound();
        }
        return c;
    }

    private static void requireNotClosed(Agreement a) {
        if (a.status.isClosed()) {
            throw ApiException.conflict("agreement_closed", "The agreement has ended.");
        }
    }

    private LocalDate today(Agreement a) {
        ZoneId zone =
                regions.find(a.regionId).map(RegionService.RegionRef::zone).orElse(ZoneId.of("UTC"));
        return LocalDate.now(zone);
    }
}
