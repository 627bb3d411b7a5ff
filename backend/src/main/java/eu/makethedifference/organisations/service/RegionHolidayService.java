package eu.makethedifference.organisations.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A region's public holidays: referral response times count working days without them. */
@ApplicationScoped
public class RegionHolidayService {
    @Inject
    Jdbc jdbc;

    @Inject
    RegionService regions;

    @Inject
    AuditService audit;

    public record Holiday(LocalDate day, String name) {}

    public List<Holiday> list(Caller caller, UUID regionId, int year) {
        regions.get(caller, regionId);
        return jdbc.list(
                "select day, name from region_holiday where region_id = ? and day between ? and ? order by day",
                rs -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)),
                regionId,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    @Transactional
    public Holiday put(Caller caller, UUID regionId, LocalDate day, String name) {
        requireManager(caller, regionId);
        jdbc.update("""
                insert into region_holiday (region_id, day, name) values (?, ?, ?)
                on conflict (region_id, day) do update set name = excluded.name
                """, regionId, day, name.strip());
        audit.record("REGION_HOLIDAY_SET", "REGION", regionId, regionId);
        return new Holiday(day, name.strip());
    }

    @Transactional
    public void delete(Caller caller, UUID regionId, LocalDate day) {
        requireManager(caller, regionId);
        if (jdbc.update("delete from region_holiday where region_id = ? and day = ?", regionId, day) == 0) {
            throw ApiException.notFound();
        }
        audit.record("REGION_HOLIDAY_DELETED", "REGION", regionId, regionId);
    }

    private void requireManager(Caller caller, UUID regionId) {
        regions.get(caller, regionId);
        if (!(caller.is(Role.ADMIN) || caller.is(Role.COORDINATOR))) {
            throw ApiException.forbidden();
        }
    }
}
