package eu.makethedifference.agreements.rest;

import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.AgreementParty;
import eu.makethedifference.agreements.AgreementStatus;
import eu.makethedifference.agreements.rest.AgreementDtos.Detail;
import eu.makethedifference.agreements.rest.AgreementDtos.Party;
import eu.makethedifference.agreements.rest.AgreementDtos.PartyName;
import eu.makethedifference.agreements.rest.AgreementDtos.PartySignature;
import eu.makethedifference.agreements.rest.AgreementDtos.Section;
import eu.makethedifference.agreements.rest.AgreementDtos.Summary;
import eu.makethedifference.agreements.rest.AgreementDtos.VoidedSignature;
import eu.makethedifference.agreements.service.AgreementService;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.organisations.service.OrganisationService;
import eu.makethedifference.organisations.service.OrganisationService.OrganisationRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the response records of agreements, with organisation and person names resolved once per request. */
@RequestScoped
public class AgreementViews {
    @Inject
    AgreementService agreements;

    @Inject
    OrganisationService organisations;

    @Inject
    UserService users;

    private final Map<UUID, OrganisationRef> orgCache = new HashMap<>();
    private final Map<UUID, String> nameCache = new HashMap<>();

    OrganisationRef org(UUID id) {
        return orgCache.computeIfAbsent(id, k -> organisations.find(k).orElseThrow());
    }

    String person(UUID id) {
        if (id == null) {
            return null;
        }
        return nameCache.computeIfAbsent(
                id, k -> users.find(k).map(UserService.UserRef::displayName).orElse(""));
    }

    /** List items; the parties of all of them come from one query. */
    List<Summary> summaries(List<Agreement> page) {
        Map<UUID, List<AgreementParty>> parties =
                agreements.partiesOf(page.stream().map(a -> a.id).toList());
        return page.stream()
                .map(a -> new Summary(
                        a.id,
                        a.regionId,
                        a.title,
                        a.status,
                        a.currentVersion,
                        a.reviewDate,
                        parties.getOrDefault(a.id, List.of()).stream()
                                .map(p -> {
                                    OrganisationRef o = org(p.organisationId());
                                    return new PartyName(o.id(), o.name(), o.helpSystem());
                                })
                                .sorted(Comparator.comparing(PartyName::organisationName))
                                .toList(),
                        a.updatedAt))
                .toList();
    }

    Detail detail(Caller caller, Agreement a) {
        List<AgreementService.Signature> signatures = agreements.signatures(a.id);
        List<Section> sections = agreements.sections(a.id).stream()
                .map(s -> new Section(s.id, s.position, s.templateKey, s.title, s.body))
                .toList();
        List<AgreementParty> partyRows = agreements.parties(a.id);
        List<Party> parties = partyRows.stream()
                .map(p -> {
                    OrganisationRef o = org(p.organisationId());
                    PartySignature signature = signatures.stream()
                            .filter(s -> s.voidedAt() == null
                                    && s.organisationId().equals(p.organisationId())
                                    && s.versionNumber() == a.currentVersion)
                            .findFirst()
                            .map(s -> new PartySignature(
                                    s.versionNumber(), s.signedBy(), person(s.signedBy()), s.signedAt(), s.sha256()))
                            .orElse(null);
                    return new Party(
                            o.id(),
                            o.name(),
                            o.helpSystem(),
                            p.contactName,
                            p.contactEmail,
                            p.contactPhone,
                            p.signatoryUserId,
                            person(p.signatoryUserId),
                            signature);
                })
                .sorted(Comparator.comparing(Party::organisationName))
                .toList();
        List<VoidedSignature> voided = signatures.stream()
                .filter(s -> s.voidedAt() != null)
                .map(s -> new VoidedSignature(
                        s.organisationId(),
                        org(s.organisationId()).name(),
                        s.versionNumber(),
                        person(s.signedBy()),
                        s.signedAt(),
                        s.voidedAt(),
                        s.voidReason()))
                .toList();
        List<UUID> signable = a.status != AgreementStatus.READY_FOR_SIGNATURE
                ? List.of()
                : parties.stream()
                        .filter(p -> caller.userId().equals(p.signatoryUserId()) && p.signature() == null)
                        .map(Party::organisationId)
                        .toList();
        return new Detail(
                a.id,
                a.regionId,
                a.title,
                a.status,
                a.statusReason,
                a.language,
                a.referralResponseDays,
                a.reviewDate,
                a.currentVersion,
                a.signedVersion,
                a.signedAt,
                a.successorId,
                AgreementService.bridges(parties.stream().map(Party::helpSystem).toList()),
                sections,
                parties,
                voided,
                signable,
                a.createdAt,
                a.updatedAt,
                a.version);
    }
}
