package eu.makethedifference.organisations.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.OrganisationEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Organisations. Everybody sees the organisations of their regions (ADMIN: all); ADMIN manages all,
 * a COORDINATOR those of their regions. Another region's organisation is "not found".
 */
@ApplicationScoped
public class OrganisationService {
    public static final Map<String, String> SORTS =
            Map.of("name", "name", "helpSystem", "helpSystem", "city", "city", "updatedAt", "updatedAt");

    @Inject
    AuditService audit;

    @Inject
    RegionService regions;

    public record OrganisationData(
            UUID regionId,
            String name,
            HelpSystem helpSystem,
            String street,
            String postalCode,
            String city,
            String contactEmail,
            String contactPhone,
            String website) {}

    public record Filter(UUID regionId, HelpSystem helpSystem) {}

    public record Result(List<OrganisationEntity> items, long total) {}

    /** What other features may know of an organisation. */
    public record OrganisationRef(UUID id, UUID regionId, HelpSystem helpSystem, String name) {}

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
        if (filter.helpSystem() != null) {
            where.add("helpSystem = :helpSystem");
            p.and("helpSystem", filter.helpSystem());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return new Result(
                OrganisationEntity.find(query + " order by " + paging.orderBy() + ", id", p)
                        .page(paging.page(), paging.size())
                        .list(),
                OrganisationEntity.count(query, p));
    }

    public OrganisationEntity get(Caller caller, UUID id) {
        OrganisationEntity org = OrganisationEntity.findById(id);
        if (org == null) {
            throw ApiException.notFound();
        }
        if (!(caller.is(Role.ADMIN) || caller.worksIn(org.regionId))) {
            throw ApiException.hidden("ORGANISATION", id);
        }
        return org;
    }

    @Transactional
    public OrganisationEntity create(Caller caller, OrganisationData data) {
        requireManager(caller);
        requireRegionInScope(caller, data.regionId());
        OrganisationEntity org = new OrganisationEntity();
        org.id = UUID.randomUUID();
        apply(org, data);
        org.createdAt = org.updatedAt;
        requireUniqueName(org);
        org.persistAndFlush();
        audit.record("ORGANISATION_CREATED", "ORGANISATION", org.id, org.regionId);
        return org;
    }

    @Transactional
    public OrganisationEntity update(Caller caller, UUID id, int expectedVersion, OrganisationData data) {
        requireManager(caller);
        OrganisationEntity org = get(caller, id);
        Etags.check(expectedVersion, org.version);
        requireRegionInScope(caller, data.regionId());
        apply(org, data);
        requireUniqueName(org);
        org.persistAndFlush();
        audit.record("ORGANISATION_UPDATED", "ORGANISATION", org.id, org.regionId);
        return org;
    }

    /** For other features: the organisation, whatever the caller may see. */
    public Optional<OrganisationRef> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return OrganisationEntity.<OrganisationEntity>findByIdOptional(id)
                .map(o -> new OrganisationRef(o.id, o.regionId, o.helpSystem, o.name));
    }

    private static void requireManager(Caller caller) {
        if (!(caller.is(Role.ADMIN) || caller.is(Role.COORDINATOR))) {
            throw ApiException.forbidden();
        }
    }

    private void requireRegionInScope(Caller caller, UUID regionId) {
        boolean visible = caller.is(Role.ADMIN) ? regions.exists(regionId) : caller.worksIn(regionId);
        if (!visible) {
            throw ApiException.invalidField("regionId", "unknown region");
        }
    }

    private static void requireUniqueName(OrganisationEntity org) {
        long same = OrganisationEntity.count(
                "regionId = ?1 and lower(name) = lower(?2) and id <> ?3", org.regionId, org.name, org.id);
        if (same > 0) {
            throw ApiException.conflict(
                    "organisation_name_taken", "The region has an organisation of this name already.");
        }
    }

    private static void apply(OrganisationEntity org, OrganisationData data) {
        org.regionId = data.regionId();
        org.name = data.name().strip();
        org.helpSystem = data.helpSystem();
        org.street = SqlValues.nullIfBlank(data.street());
        org.postalCode = SqlValues.nullIfBlank(data.postalCode());
        org.city = SqlValues.nullIfBlank(data.city());
        org.contactEmail = SqlValues.nullIfBlank(data.contactEmail());
        org.contactPhone = SqlValues.nullIfBlank(data.contactPhone());
        org.website = SqlValues.nullIfBlank(data.website());
        org.updatedAt = SqlValues.now();
    }
}
