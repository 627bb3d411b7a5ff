package eu.makethedifference.organisations.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.RegionEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Regions: everyone sees the regions they work in, ADMIN sees and manages all. */
@ApplicationScoped
public class RegionService {
    public static final Map<String, String> SORTS = Map.of("name", "name", "countryCode", "countryCode");

    @Inject
    AuditService audit;

    public record RegionData(String name, String countryCode, String defaultLanguage, String timeZone) {}

    public record Result(List<RegionEntity> items, long total) {}

    public Result list(Caller caller, Paging paging) {
        if (caller.is(Role.ADMIN)) {
            return new Result(
                    RegionEntity.find("order by " + paging.orderBy())
                            .page(paging.page(), paging.size())
                            .list(),
                    RegionEntity.count());
        }
        if (caller.regionIds().isEmpty()) {
            return new Result(List.of(), 0);
        }
        Parameters p = Parameters.with("ids", caller.regionIds());
        return new Result(
                RegionEntity.find("id in :ids order by " + paging.orderBy(), p)
                        .page(paging.page(), paging.size())
                        .list(),
                RegionEntity.count("id in :ids", p));
    }

    public RegionEntity get(Caller caller, UUID id) {
        RegionEntity region = RegionEntity.findById(id);
        if (region == null) {
            throw ApiException.notFound();
        }
        if (!(caller.is(Role.ADMIN) || caller.worksIn(id))) {
            throw ApiException.hidden("REGION", id);
        }
        return region;
    }

    @Transactional
    public RegionEntity create(Caller caller, RegionData data) {
        requireAdmin(caller);
        validate(data);
        RegionEntity region = new RegionEntity();
        region.id = UUID.randomUUID();
        apply(region, data);
        region.createdAt = region.updatedAt;
        region.persistAndFlush();
        audit.record("REGION_CREATED", "REGION", region.id, region.id);
        return region;
    }

    @Transactional
    public RegionEntity update(Caller caller, UUID id, int expectedVersion, RegionData data) {
        requireAdmin(caller);
        RegionEntity region = get(caller, id);
        Etags.check(expectedVersion, region.version);
        validate(data);
        apply(region, data);
        region.persistAndFlush();
        audit.record("REGION_UPDATED", "REGION", region.id, region.id);
        return region;
    }

    /** What other features may know of a region. */
    public record RegionRef(UUID id, String name, String defaultLanguage, ZoneId zone) {}

    /** For other features: the region, whatever the caller may see. */
    public java.util.Optional<RegionRef> find(UUID id) {
        return RegionEntity.<RegionEntity>findByIdOptional(id)
                .map(r -> new RegionRef(r.id, r.name, r.defaultLanguage, ZoneId.of(r.timeZone)));
    }

    /** For other features: does the region exist? */
    public boolean exists(UUID id) {
        return id != null && RegionEntity.count("id", id) > 0;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ApiException.forbidden();
        }
    }

    private static void validate(RegionData data) {
        try {
            ZoneId.of(data.timeZone());
        } catch (RuntimeException e) {
            throw ApiException.invalidField("timeZone", "must be an IANA time zone such as Europe/Ljubljana");
        }
    }

    private static void apply(RegionEntity region, RegionData data) {
        region.name = data.name().strip();
        region.countryCode = data.countryCode();
        region.defaultLanguage = data.defaultLanguage();
        region.timeZone = data.timeZone();
        region.updatedAt = SqlValues.now();
    }
}
