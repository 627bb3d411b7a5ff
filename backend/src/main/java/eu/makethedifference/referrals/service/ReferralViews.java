package eu.makethedifference.referrals.service;

import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import java.util.List;
import java.util.UUID;

/**
 * The SQL that reads referrals: who may see which row (scoped in SQL, so lists and single reads agree) and
 * the JSON shapes PostgreSQL builds, so a read is one statement with no ORM work.
 */
final class ReferralViews {
    private ReferralViews() {}

    /** A visibility predicate over {@code r} (referral) and {@code o} (its target offer), with its parameters. */
    record Scope(String sql, List<Object> params) {}

    static final String FROM = """
            from referral r
            join help_offer o on o.id = r.target_offer_id
            join organisation ro on ro.id = r.referrer_organisation_id
            join organisation oo on oo.id = o.organisation_id
            join region g on g.id = r.region_id
            """;

    /**
     * Referring organisation: all its referrals; receiving organisation: those addressed to its offers once
     * submitted; coordinators: their regions'; mentors and ADMIN: none.
     */
    static Scope scope(Caller caller) {
        if (caller.is(Role.COORDINATOR)) {
            Object regions = caller.regionIds().toArray(UUID[]::new);
            return new Scope("r.region_id = any(?)", List.of(regions));
        }
        if (caller.is(Role.PROFESSIONAL) && caller.organisationId() != null) {
            return new Scope(
                    "(r.referrer_organisation_id = ? or (r.submitted_at is not null and o.organisation_id = ?))",
                    List.of(caller.organisationId(), caller.organisationId()));
        }
        return new Scope("false", List.of());
    }

    static final String OVERDUE =
            "(r.status in ('SUBMITTED', 'IN_REVIEW') and r.due_on < (now() at time zone g.time_zone)::date)";

    /** The whole referral; possible duplicates only when the first parameter is true (coordinators). */
    static final String DETAIL = """
            jsonb_strip_nulls(jsonb_build_object(
              'id', r.id, 'status', r.status, 'version', r.version, 'regionId', r.region_id,
              'referrer', jsonb_build_object('organisationId', ro.id, 'organisationName', ro.name,
                  'helpSystem', r.referrer_help_system,
                  'createdByName', (select u.display_name from app_user u where u.id = r.created_by)),
              'target', jsonb_build_object('offerId', o.id, 'offerName', o.name, 'kind', o.kind,
                  'organisationId', oo.id, 'organisationName', oo.name),
              'child', case when r.erased_at is null then jsonb_build_object('firstName', r.first_name,
                  'birthYear', r.birth_year, 'birthMonth', r.birth_month, 'gender', r.gender, 'area', r.area,
                  'school', r.school, 'languages', to_jsonb(r.languages)) end,
              'indicators', to_jsonb(r.indicators), 'observations', r.observations, 'urgency', r.urgency,
              'affectedParents', to_jsonb(r.affected_parents), 'addictionKinds', to_jsonb(r.addiction_kinds),
              'consent', (select jsonb_build_object('givenBy', c.given_by, 'givenOn', c.given_on,
                      'purposes', to_jsonb(c.purposes), 'recipients', c.recipients, 'form', c.form,
                      'witness', c.witness, 'validUntil', c.valid_until, 'documentType', c.document_type,
                      'documentSize', c.document_size, 'recordedAt', c.recorded_at, 'withdrawnAt', c.withdrawn_at)
                  from referral_consent c where c.referral_id = r.id),
              'override', case when r.override_at is not null then jsonb_build_object('reason', r.override_reason,
                  'at', r.override_at,
                  'byName', (select u.display_name from app_user u where u.id = r.override_by)) end,
              'decisionReason', r.decision_reason, 'decisionNote', r.decision_note,
              'submittedAt', r.submitted_at, 'dueOn', r.due_on, 'overdue', %s,
              'possibleDuplicates', case when ? then (select coalesce(jsonb_agg(jsonb_build_object(
                      'id', d.id, 'firstName', d.first_name, 'status', d.status,
                      'referrerOrganisationName', dro.name, 'submittedAt', d.submitted_at) order by d.created_at),
                      '[]'::jsonb)
                  from referral d join organisation dro on dro.id = d.referrer_organisation_id
                  where d.id = any(r.possible_duplicates) and d.erased_at is null) end,
              'erasedAt', r.erased_at,
              'timeline', (select coalesce(jsonb_agg(jsonb_build_object('at', e.occurred_at, 'type', e.type,
                      'status', e.status, 'reason', e.reason, 'note', e.note, 'actorName', u.display_name)
                      order by e.id), '[]'::jsonb)
                  from referral_event e left join app_user u on u.id = e.actor_id where e.referral_id = r.id),
              'createdAt', r.created_at, 'updatedAt', r.updated_at))
            """.formatted(OVERDUE);

    /** One line of a list; the duplicate flag only when the first parameter is true (coordinators). */
    static final String SUMMARY = """
            jsonb_strip_nulls(jsonb_build_object(
              'id', r.id, 'status', r.status, 'version', r.version, 'firstName', r.first_name,
              'birthYear', r.birth_year, 'birthMonth', r.birth_month, 'urgency', r.urgency,
              'referrerOrganisationId', ro.id, 'referrerOrganisationName', ro.name,
              'targetOfferId', o.id, 'targetOfferName', o.name, 'targetKind', o.kind,
              'receiverOrganisationName', oo.name, 'submittedAt', r.submitted_at, 'dueOn', r.due_on,
              'overdue', %s, 'consentOverridden', r.override_at is not null,
              'possibleDuplicate', case when ? then cardinality(r.possible_duplicates) > 0 end,
              'erased', r.erased_at is not null, 'createdAt', r.created_at, 'updatedAt', r.updated_at))
            """.formatted(OVERDUE);

    /**
     * Audits each row a read returns, in the same statement: {@code v} must hold id and region_id. Parameters:
     * the caller's audit actor type and id, the action, the source address.
     */
    static final String AUDIT_ROWS = """
            insert into audit_event (actor_type, actor_id, action, object_type, object_id, region_id, outcome, source_ip)
            select ?, ?, ?, 'REFERRAL', v.id::text, v.region_id, 'ALLOWED', ? from v
            """;
}
