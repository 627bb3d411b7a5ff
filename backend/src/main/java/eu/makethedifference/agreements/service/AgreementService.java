package eu.makethedifference.agreements.service;

import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.AgreementParty;
import eu.makethedifference.agreements.AgreementSection;
import eu.makethedifference.agreements.AgreementStatus;
import eu.makethedifference.agreements.AgreementStatus.Action;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.service.OrganisationService;
import eu.makethedifference.organisations.service.OrganisationService.OrganisationRef;
import eu.makethedifference.organisations.service.RegionService;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Cooperation agreements: drafting, parties, the lifecycle and signing. Coordinators of the region and the
 * members of party organisations see and edit an agreement; everybody else gets "not found". The text can
 * change only while the agreement is open; each change after negotiation started is a new version, and a
 * change while it is ready for signature voids the signatures collected so far.
 */
@ApplicationScoped
public class AgreementService {
    public static final Map<String, String> SORTS =
            Map.of("title", "title", "status", "status", "updatedAt", "updatedAt", "reviewDate", "reviewDate");

    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    AgreementVersions versions;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionService regions;

    @Inject
    UserService users;

    public record Filter(AgreementStatus status, UUID regionId, UUID organisationId) {}

    public record Result(List<Agreement> items, long total) {}

    public record AgreementData(String title, int referralResponseDays, LocalDate reviewDate) {}

    public record PartyData(String contactName, String contactEmail, String contactPhone, UUID signatoryUserId) {}

    public record SectionData(String title, String body) {}

    public record Signature(
            UUID id,
            int versionNumber,
            UUID organisationId,
            UUID signedBy,
            Instant signedAt,
            String sha256,
            Instant voidedAt,
            String voidReason) {}

    // ---------------------------------------------------------------- reading

    public Result list(Caller caller, Filter filter, Paging paging) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        scope(caller, where, p);
        if (filter.status() != null) {
            where.add("a.status = :status");
            p.and("status", filter.status());
        }
        if (filter.regionId() != null) {
            where.add("a.regionId = :region");
            p.and("region", filter.regionId());
        }
        if (filter.organisationId() != null) {
            where.add(
                    "exists (select 1 from AgreementParty x where x.key.agreementId = a.id and x.key.organisationId = :party)");
            p.and("party", filter.organisationId());
        }
        String query = "from Agreement a where " + String.join(" and ", where);
        return new Result(
                Agreement.find(query + " order by a." + paging.orderBy() + ", a.id", p)
                        .page(paging.page(), paging.size())
                        .list(),
                Agreement.count(query, p));
    }

    /** The agreement, if the caller may see it; "not found" otherwise. */
    public Agreement get(Caller caller, UUID id) {
        Agreement a = Agreement.findById(id);
        return visible(caller, a, id);
    }

    public List<AgreementParty> parties(UUID agreementId) {
        return AgreementParty.list("key.agreementId = ?1 order by addedAt", agreementId);
    }

    public List<AgreementSection> sections(UUID agreementId) {
        return AgreementSection.list("agreementId = ?1 order by position", agreementId);
    }

    /** Signatures of the agreement, newest first, including voided ones. */
    public List<Signature> signatures(UUID agreementId) {
        List<Signature> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select id, version_number, organisation_id, signed_by, signed_at, sha256, voided_at, void_reason
                        from agreement_signature where agreement_id = ?1 order by signed_at desc
                        """).setParameter(1, agreementId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Signature(
                    (UUID) r[0],
                    ((Number) r[1]).intValue(),
                    (UUID) r[2],
                    (UUID) r[3],
                    SqlValues.instant(r[4]),
                    (String) r[5],
                    SqlValues.instant(r[6]),
                    (String) r[7]));
        }
        return out;
    }

    /** The parties of several agreements in one query, by agreement. */
    public Map<UUID, List<AgreementParty>> partiesOf(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Map.of();
        }
        return AgreementParty.<AgreementParty>list("key.agreementId in ?1 order by addedAt", agreementIds).stream()
                .collect(Collectors.groupingBy(p -> p.key.agreementId()));
    }

    /** Does the agreement have at least one addiction-care and one youth-welfare party? */
    public boolean bridges(UUID agreementId) {
        return bridges(parties(agreementId).stream()
                .map(party -> organisations
                        .find(party.organisationId())
                        .map(OrganisationRef::helpSystem)
                        .orElse(null))
                .toList());
    }

    /** The bridge rule on the parties' help systems. */
    public static boolean bridges(Collection<HelpSystem> systems) {
        return systems.contains(HelpSystem.ADDICTION_CARE) && systems.contains(HelpSystem.YOUTH_WELFARE);
    }

    // ---------------------------------------------------------------- drafting

    @Transactional
    public Agreement create(Caller caller, UUID requestedRegion, String title) {
        UUID regionId = requestedRegion;
        OrganisationRef ownOrganisation = null;
        if (caller.is(Role.PROFESSIONAL)) {
            ownOrganisation = organisations.find(caller.organisationId()).orElseThrow(ApiException::forbidden);
            if (regionId != null && !regionId.equals(ownOrganisation.regionId())) {
                throw ApiException.invalidField("regionId", "must be your organisation's region");
            }
            regionId = ownOrganisation.regionId();
        } else if (regionId == null && caller.regionIds().size() == 1) {
            regionId = caller.regionIds().iterator().next();
        }
        if (regionId == null || !caller.worksIn(regionId)) {
            throw ApiException.invalidField("regionId", "unknown region");
        }
        var region = regions.find(regionId).orElseThrow(() -> ApiException.invalidField("regionId", "unknown region"));
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.regionId = regionId;
        a.title = title.strip();
        a.status = AgreementStatus.DRAFT;
        a.language = region.defaultLanguage();
        a.referralResponseDays = 10;
        a.createdBy = caller.userId();
        a.createdAt = SqlValues.now();
        a.updatedAt = a.createdAt;
        a.persist();
        int position = 1;
        for (AgreementTemplate.TemplateSection t : AgreementTemplate.sections(a.language)) {
            AgreementSection s = new AgreementSection();
            s.id = UUID.randomUUID();
            s.agreementId = a.id;
            s.position = position++;
            s.templateKey = t.key();
            s.title = t.title();
            s.body = t.body();
            s.persist();
        }
        if (ownOrganisation != null) {
            var me = users.find(caller.userId()).orElseThrow();
            AgreementParty party = new AgreementParty();
            party.key = new AgreementParty.Key(a.id, ownOrganisation.id());
            party.contactName = me.displayName();
            party.contactEmail = me.email();
            party.addedAt = a.createdAt;
            party.persist();
        }
        em.flush();
        audit.record("AGREEMENT_CREATED", "AGREEMENT", a.id, a.regionId);
        return a;
    }

    @Transactional
    public Agreement update(Caller caller, UUID id, int expectedVersion, AgreementData data) {
        Agreement a = editable(caller, id, expectedVersion);
        a.title = data.title().strip();
        a.referralResponseDays = data.referralResponseDays();
        a.reviewDate = data.reviewDate();
        return textChanged(caller, a, "Title, response time or review date changed");
    }

    @Transactional
    public Agreement addSection(Caller caller, UUID id, int expectedVersion, SectionData data) {
        Agreement a = editable(caller, id, expectedVersion);
        AgreementSection s = new AgreementSection();
        s.id = UUID.randomUUID();
        s.agreementId = a.id;
        s.position = sections(a.id).size() + 1;
        s.title = data.title().strip();
        s.body = data.body();
        s.persist();
        return textChanged(caller, a, "Section added: " + abbreviate(s.title));
    }

    @Transactional
    public Agreement updateSection(Caller caller, UUID id, UUID sectionId, int expectedVersion, SectionData data) {
        Agreement a = editable(caller, id, expectedVersion);
        AgreementSection s = section(a, sectionId);
        s.title = data.title().strip();
        s.body = data.body();
        return textChanged(caller, a, "Section changed: " + abbreviate(s.title));
    }

    @Transactional
    public Agreement deleteSection(Caller caller, UUID id, UUID sectionId, int expectedVersion) {
        Agreement a = editable(caller, id, expectedVersion);
        AgreementSection s = section(a, sectionId);
        s.delete();
        em.flush();
        renumber(a.id, sections(a.id).stream().map(x -> x.id).toList());
        return textChanged(caller, a, "Section removed: " + abbreviate(s.title));
    }

    @Transactional
    public Agreement reorderSections(Caller caller, UUID id, int expectedVersion, List<UUID> order) {
        Agreement a = editable(caller, id, expectedVersion);
        Set<UUID> current = new HashSet<>(sections(a.id).stream().map(s -> s.id).toList());
        if (order.size() != current.size() || !current.equals(new HashSet<>(order))) {
            throw ApiException.invalidField("sectionIds", "must list every section of the agreement exactly once");
        }
        renumber(a.id, order);
        return textChanged(caller, a, "Sections reordered");
    }

    @Transactional
    public Agreement putParty(Caller caller, UUID id, UUID organisationId, int expectedVersion, PartyData data) {
        Agreement a = editable(caller, id, expectedVersion);
        OrganisationRef org = organisations
                .find(organisationId)
                .filter(o -> o.regionId().equals(a.regionId))
                .orElseThrow(() -> ApiException.invalidField(
                        "organisationId", "must be an organisation of the agreement's region"));
        if (data.signatoryUserId() != null) {
            var signatory = users.find(data.signatoryUserId())
                    .filter(u -> u.enabled() && org.id().equals(u.organisationId()))
                    .orElseThrow(() -> ApiException.invalidField(
                            "signatoryUserId", "must be an active user of the party's organisation"));
            if (signatory.role() != Role.PROFESSIONAL && signatory.role() != Role.COORDINATOR) {
                throw ApiException.invalidField("signatoryUserId", "must be a professional or coordinator");
            }
        }
        AgreementParty party = AgreementParty.findById(new AgreementParty.Key(a.id, organisationId));
        boolean added = party == null;
        if (added) {
            party = new AgreementParty();
            party.key = new AgreementParty.Key(a.id, organisationId);
            party.addedAt = SqlValues.now();
        }
        party.contactName = data.contactName().strip();
        party.contactEmail = SqlValues.nullIfBlank(data.contactEmail());
        party.contactPhone = SqlValues.nullIfBlank(data.contactPhone());
        party.signatoryUserId = data.signatoryUserId();
        party.persist();
        em.flush();
        return textChanged(caller, a, (added ? "Party added: " : "Party changed: ") + abbreviate(org.name()));
    }

    @Transactional
    public Agreement removeParty(Caller caller, UUID id, UUID organisationId, int expectedVersion) {
        Agreement a = editable(caller, id, expectedVersion);
        if (caller.is(Role.PROFESSIONAL) && organisationId.equals(caller.organisationId())) {
            throw ApiException.conflict("cannot_remove_own_party", "You cannot remove your own organisation.");
        }
        AgreementParty party = AgreementParty.findById(new AgreementParty.Key(a.id, organisationId));
        if (party == null) {
            throw ApiException.notFound();
        }
        String name =
                organisations.find(organisationId).map(OrganisationRef::name).orElse("");
        party.delete();
        em.flush();
        return textChanged(caller, a, "Party removed: " + abbreviate(name));
    }

    // ---------------------------------------------------------------- lifecycle

    @Transactional
    public Agreement transition(Caller caller, UUID id, Action action, String reason) {
        Agreement a = visible(caller, Agreement.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        if (!action.allowedFrom(a.status)) {
            throw new ApiException(
                    409,
                    "illegal_transition",
                    "Illegal transition",
                    "An agreement in status " + a.status + " cannot "
                            + action.name().toLowerCase() + ".");
        }
        switch (action) {
            case SUBMIT -> {
                if (sections(a.id).isEmpty()) {
                    throw ApiException.conflict("agreement_empty", "The agreement has no sections.");
                }
                versions.snapshot(a, caller.userId(), "Negotiation started");
            }
            case READY -> {
                List<AgreementParty> parties = parties(a.id);
                if (parties.size() < 2 || !bridges(a.id)) {
                    throw ApiException.conflict(
                            "agreement_not_bridging",
                            "An agreement needs at least one addiction-care and one youth-welfare party.");
                }
                if (parties.stream().anyMatch(p -> p.signatoryUserId == null)) {
                    throw ApiException.conflict(
                            "signatory_missing", "Every party needs an authorised signatory before signing.");
                }
            }
            case REOPEN -> voidSignatures(a, "Reopened for negotiation");
            case TERMINATE -> {
                if (reason == null || reason.isBlank()) {
                    throw ApiException.invalidField("reason", "a termination needs a reason");
                }
            }
            case RENEW -> a.successorId = renew(caller, a);
            default -> {}
        }
        a.status = action.target();
        a.statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        a.updatedAt = SqlValues.now();
        em.flush();
        audit.record("AGREEMENT_" + action.name(), "AGREEMENT", a.id, a.regionId);
        return a;
    }

    /**
     * Signs the current version for one party. The row lock serialises concurrent signatures, so the last
     * one makes the agreement SIGNED exactly once.
     */
    @Transactional
    public Agreement sign(Caller caller, UUID id, UUID organisationId, int versionNumber) {
        Agreement a = visible(caller, Agreement.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        if (a.status != AgreementStatus.READY_FOR_SIGNATURE) {
            throw new ApiException(
                    409,
                    "illegal_transition",
                    "Illegal transition",
                    "Only an agreement ready for signature can be signed.");
        }
        if (versionNumber != a.currentVersion) {
            throw ApiException.conflict(
                    "version_changed", "The text changed: version " + a.currentVersion + " is the one to sign.");
        }
        AgreementParty party = AgreementParty.findById(new AgreementParty.Key(a.id, organisationId));
        if (party == null) {
            throw ApiException.invalidField("organisationId", "is not a party of this agreement");
        }
        if (!caller.userId().equals(party.signatoryUserId)) {
            audit.recordDenied("AGREEMENT_SIGN_REFUSED", "AGREEMENT", a.id, "not the party's signatory");
            throw new ApiException(
                    403, "not_signatory", "Forbidden", "Only the party's authorised signatory signs for it.");
        }
        boolean already = signatures(a.id).stream()
                .anyMatch(s -> s.voidedAt() == null
                        && s.versionNumber() == a.currentVersion
                        && s.organisationId().equals(organisationId));
        if (already) {
            throw ApiException.conflict("already_signed", "This party has signed this version already.");
        }
        AgreementVersions.Version version = versions.get(a.id, a.currentVersion);
        em.createNativeQuery("""
                        insert into agreement_signature (id, agreement_id, version_number, organisation_id, signed_by, sha256)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        """)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, a.id)
                .setParameter(3, a.currentVersion)
                .setParameter(4, organisationId)
                .setParameter(5, caller.userId())
                .setParameter(6, version.sha256())
                .executeUpdate();
        audit.record("AGREEMENT_SIGNED_BY_PARTY", "AGREEMENT", a.id, a.regionId);
        long signed = ((Number) em.createNativeQuery(
                                "select count(*) from agreement_signature where agreement_id = ?1 and version_number = ?2 and voided_at is null")
                        .setParameter(1, a.id)
                        .setParameter(2, a.currentVersion)
                        .getSingleResult())
                .longValue();
        if (signed == parties(a.id).size()) {
            a.status = AgreementStatus.SIGNED;
            a.signedVersion = a.currentVersion;
            a.signedAt = SqlValues.now();
            audit.record("AGREEMENT_BINDING", "AGREEMENT", a.id, a.regionId);
        }
        a.updatedAt = SqlValues.now();
        em.flush();
        return a;
    }

    /** For the implementation part: the agreement, visible and locked for writing. */
    public Agreement forUpdate(Caller caller, UUID id) {
        return visible(caller, Agreement.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    public boolean isParty(UUID agreementId, UUID organisationId) {
        return organisationId != null
                && AgreementParty.findById(new AgreementParty.Key(agreementId, organisationId)) != null;
    }

    /**
     * The referral response time in working days that a binding agreement between the two organisations sets
     * (the shortest, if several do); empty when no such agreement exists.
     */
    public OptionalInt referralResponseDays(UUID referrerOrganisationId, UUID receiverOrganisationId) {
        Object days = em.createNativeQuery("""
                        select min(a.referral_response_days) from agreement a
                        join agreement_party p1 on p1.agreement_id = a.id and p1.organisation_id = ?1
                        join agreement_party p2 on p2.agreement_id = a.id and p2.organisation_id = ?2
                        where a.status in ('SIGNED', 'ACTIVE', 'UNDER_REVIEW')
                        """)
                .setParameter(1, referrerOrganisationId)
                .setParameter(2, receiverOrganisationId)
                .getSingleResult();
        return days == null ? OptionalInt.empty() : OptionalInt.of(((Number) days).intValue());
    }

    // ---------------------------------------------------------------- internals

    private void scope(Caller caller, List<String> where, Parameters p) {
        if (caller.is(Role.COORDINATOR)) {
            where.add("a.regionId in :scope");
            p.and("scope", caller.regionIds().isEmpty() ? Set.of(new UUID(0, 0)) : caller.regionIds());
        } else if (caller.is(Role.PROFESSIONAL) && caller.organisationId() != null) {
            where.add(
                    "exists (select 1 from AgreementParty x where x.key.agreementId = a.id and x.key.organisationId = :own)");
            p.and("own", caller.organisationId());
        } else {
            throw ApiException.forbidden();
        }
    }

    private Agreement visible(Caller caller, Agreement a, UUID id) {
        if (a == null) {
            throw ApiException.notFound();
        }
        boolean allowed = (caller.is(Role.COORDINATOR) && caller.worksIn(a.regionId))
                || (caller.is(Role.PROFESSIONAL) && isParty(a.id, caller.organisationId()));
        if (!allowed) {
            throw ApiException.hidden("AGREEMENT", id);
        }
        return a;
    }

    private Agreement editable(Caller caller, UUID id, int expectedVersion) {
        Agreement a = visible(caller, Agreement.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Etags.check(expectedVersion, a.version);
        if (!a.status.isOpen()) {
            throw ApiException.conflict(
                    "agreement_frozen", "The agreement is " + a.status + ": its signed text cannot change.");
        }
        return a;
    }

    /** Records a text change: a new version after negotiation started, voiding signatures when ready. */
    private Agreement textChanged(Caller caller, Agreement a, String reason) {
        em.flush();
        if (a.status != AgreementStatus.DRAFT) {
            int number = versions.snapshot(a, caller.userId(), reason);
            if (a.status == AgreementStatus.READY_FOR_SIGNATURE) {
                voidSignatures(a, "The text changed in version " + number + ": " + reason);
            }
        }
        a.updatedAt = SqlValues.now();
        em.flush();
        audit.record("AGREEMENT_TEXT_CHANGED", "AGREEMENT", a.id, a.regionId);
        return a;
    }

    private void voidSignatures(Agreement a, String reason) {
        em.createNativeQuery(
                        "update agreement_signature set voided_at = now(), void_reason = ?2 where agreement_id = ?1 and voided_at is null")
                .setParameter(1, a.id)
                .setParameter(2, abbreviate(reason))
                .executeUpdate();
    }

    private UUID renew(Caller caller, Agreement old) {
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.regionId = old.regionId;
        a.title = old.title;
        a.status = AgreementStatus.DRAFT;
        a.language = old.language;
        a.referralResponseDays = old.referralResponseDays;
        a.createdBy = caller.userId();
        a.createdAt = SqlValues.now();
        a.updatedAt = a.createdAt;
        a.persist();
        for (AgreementSection s : sections(old.id)) {
            AgreementSection copy = new AgreementSection();
            copy.id = UUID.randomUUID();
            copy.agreementId = a.id;
            copy.position = s.position;
            copy.templateKey = s.templateKey;
            copy.title = s.title;
            copy.body = s.body;
            copy.persist();
        }
        for (AgreementParty p : parties(old.id)) {
            AgreementParty copy = new AgreementParty();
            copy.key = new AgreementParty.Key(a.id, p.organisationId());
            copy.contactName = p.contactName;
            copy.contactEmail = p.contactEmail;
            copy.contactPhone = p.contactPhone;
            copy.signatoryUserId = p.signatoryUserId;
            copy.addedAt = a.createdAt;
            copy.persist();
        }
        audit.record("AGREEMENT_CREATED", "AGREEMENT", a.id, a.regionId);
        return a.id;
    }

    private AgreementSection section(Agreement a, UUID sectionId) {
        AgreementSection s = AgreementSection.findById(sectionId);
        if (s == null || !s.agreementId.equals(a.id)) {
            throw ApiException.notFound();
        }
        return s;
    }

    private void renumber(UUID agreementId, List<UUID> order) {
        for (int i = 0; i < order.size(); i++) {
            AgreementSection s = AgreementSection.findById(order.get(i));
            if (s != null && s.agreementId.equals(agreementId)) {
                s.position = i + 1;
            }
        }
        em.flush();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
