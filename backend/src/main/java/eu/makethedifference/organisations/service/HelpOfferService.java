package eu.makethedifference.organisations.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.HelpOfferEntity;
import eu.makethedifference.organisations.HelpOfferKind;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The help-offer directory. Everybody reads the offers of their regions (ADMIN: all). Coordinators manage
 * the offers of their regions; professionals those of their own organisation, except the region's
 * mentoring programme, which only coordinators keep.
 */
@ApplicationScoped
public class HelpOfferService {
    public static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "updatedAt", "updatedAt");

    @Inject
    AuditService audit;

    @Inject
    OrganisationService organisations;

    public record HelpOfferData(
            UUID organisationId,
            String name,
            String description,
            HelpOfferKind kind,
            int minAge,
            int maxAge,
            List<String> languages,
            String areaServed,
            String contactEmail,
            String contactPhone,
            Integer capacity,
            int waitingList,
            boolean active) {}

    public record Filter(UUID regionId, HelpOfferKind kind, Integer age, String language, Boolean active) {}

    public record Result(List<HelpOfferEntity> items, long total) {}

    public Result list(Caller caller, Filter filter, Paging paging) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (!caller.is(Role.ADMIN)) {
            if (caller.regionIds().isEmpty()) {
                return new Result(List.of(), 0);
            }
            where.add("regionId in :scope");
            p.and("scope", caller.regionIds());
        }
        if (filter.regionId() != null) {
            where.add("regionId = :region");
            p.and("region", filter.regionId());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            p.and("kind", filter.kind());
        }
        if (filter.age() != null) {
            where.add("minAge <= :age and maxAge >= :age");
            p.and("age", filter.age());
        }
        if (filter.language() != null) {
            where.add("array_contains(languages, :language)");
            p.and("language", filter.language());
        }
        where.add("active = :active");
        p.and("active", filter.active() == null || filter.active());
        String query = String.join(" and ", where);
        return new Result(
                HelpOfferEntity.find(query + " order by " + paging.orderBy() + ", id", p)
                        .page(paging.page(), paging.size())
                        .list(),
                HelpOfferEntity.count(query, p));
    }

    public HelpOfferEntity get(Caller caller, UUID id) {
        HelpOfferEntity offer = HelpOfferEntity.findById(id);
        if (offer == null) {
            throw ApiException.notFound();
        }
        if (!(caller.is(Role.ADMIN) || caller.worksIn(offer.regionId))) {
            throw ApiException.hidden("HELP_OFFER", id);
        }
        return offer;
    }

    @Transactional
    public HelpOfferEntity create(Caller caller, HelpOfferData data) {
        HelpOfferEntity offer = new HelpOfferEntity();
        offer.id = UUID.randomUUID();
        apply(caller, offer, data);
        offer.createdAt = offer.updatedAt;
        offer.persistAndFlush();
        audit.record("HELP_OFFER_CREATED", "HELP_OFFER", offer.id, offer.regionId);
        return offer;
    }

    @Transactional
    public HelpOfferEntity update(Caller caller, UUID id, int expectedVersion, HelpOfferData data) {
        HelpOfferEntity offer = get(caller, id);
        requireManager(caller, offer.organisationId, offer.regionId, offer.kind);
        Etags.check(expectedVersion, offer.version);
        apply(caller, offer, data);
        offer.persistAndFlush();
        audit.record("HELP_OFFER_UPDATED", "HELP_OFFER", offer.id, offer.regionId);
        return offer;
    }

    private void apply(Caller caller, HelpOfferEntity offer, HelpOfferData data) {
        OrganisationService.OrganisationRef org = organisations
                .find(data.organisationId())
                .filter(o -> caller.is(Role.ADMIN) || caller.worksIn(o.regionId()))
                .orElseThrow(() -> ApiException.invalidField("organisationId", "unknown organisation"));
        requireManager(caller, org.id(), org.regionId(), data.kind());
        if (data.minAge() > data.maxAge()) {
            throw ApiException.invalidField("maxAge", "must not be below minAge");
        }
        if (data.kind() == HelpOfferKind.MENTORING_PROGRAMME
                && HelpOfferEntity.count(
                                "regionId = ?1 and kind = ?2 and id <> ?3",
                                org.regionId(),
                                HelpOfferKind.MENTORING_PROGRAMME,
                                offer.id)
                        > 0) {
            throw ApiException.conflict(
                    "mentoring_programme_exists", "The region has its mentoring programme already.");
        }
        offer.organisationId = org.id();
        offer.regionId = org.regionId();
        offer.name = data.name().strip();
        offer.description = data.description().strip();
        offer.kind = data.kind();
        offer.minAge = data.minAge();
        offer.maxAge = data.maxAge();
        offer.languages = data.languages().stream().distinct().toArray(String[]::new);
        offer.areaServed = data.areaServed().strip();
        offer.contactEmail = SqlValues.nullIfBlank(data.contactEmail());
        offer.contactPhone = SqlValues.nullIfBlank(data.contactPhone());
        offer.capacity = data.capacity();
        offer.waitingList = data.waitingList();
        offer.active = data.active();
        offer.updatedAt = SqlValues.now();
    }

    private static void requireManager(Caller caller, UUID organisationId, UUID regionId, HelpOfferKind kind) {
        boolean coordinator = caller.is(Role.COORDINATOR) && caller.worksIn(regionId);
        boolean ownOrganisation = caller.is(Role.PROFESSIONAL)
                && organisationId.equals(caller.organisationId())
                && kind != HelpOfferKind.MENTORING_PROGRAMME;
        if (!(coordinator || ownOrganisation)) {
            throw ApiException.forbidden();
        }
    }
}
