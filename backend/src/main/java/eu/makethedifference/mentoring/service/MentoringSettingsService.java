package eu.makethedifference.mentoring.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mentoring rules of a region (age limits, matching radius and weights, certificate validity). */
@ApplicationScoped
public class MentoringSettingsService {
    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Schema(
            name = "MentoringSettings",
            description = "A region's mentoring rules; defaults until a coordinator changes them")
    public record Settings(
            @Schema(
                    required = true,
                    format = "int32",
                    minimum = "16",
                    maximum = "99",
                    description = "Youngest volunteer age")
            int minAge,

            @Schema(
                    required = true,
                    format = "int32",
                    minimum = "16",
                    maximum = "120",
                    description = "Oldest volunteer age")
            int maxAge,

            @Schema(
                    required = true,
                    minimum = "0.1",
                    maximum = "200",
                    description = "Largest home distance of a match, km")
            double radiusKm,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "100")
            int interestsWeight,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "100")
            int distanceWeight,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "100")
            int availabilityWeight,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "100")
            int ageGapWeight,

            @Schema(
                    required = true,
                    format = "int32",
                    minimum = "1",
                    maximum = "120",
                    description = "Months a criminal-record certificate is valid")
            int certificateValidityMonths,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version) {
        public Matching.Settings matching() {
            return new Matching.Settings(radiusKm, interestsWeight, distanceWeight, availabilityWeight, ageGapWeight);
        }
    }

    /** What the feature needs to know about a region. */
    public record Region(UUID id, String name, String countryCode, ZoneId zone) {
        public LocalDate today() {
            return LocalDate.now(zone);
        }
    }

    private static final String SELECT = """
            select coalesce(s.min_age, 18) min_age, coalesce(s.max_age, 30) max_age,
                   coalesce(s.radius_km, 10)::float8 radius_km, coalesce(s.interests_weight, 40) interests_weight,
                   coalesce(s.distance_weight, 30) distance_weight, coalesce(s.availability_weight, 20) availability_weight,
                   coalesce(s.age_gap_weight, 10) age_gap_weight,
                   coalesce(s.certificate_validity_months, 12) certificate_validity_months, coalesce(s.version, 0) version
            from region g left join mentoring_settings s on s.region_id = g.id where g.id = ?
            """;

    public Settings settings(UUID regionId) {
        return jdbc.one(
                        SELECT,
                        rs -> new Settings(
                                rs.getInt("min_age"),
                                rs.getInt("max_age"),
                                rs.getDouble("radius_km"),
                                rs.getInt("interests_weight"),
                                rs.getInt("distance_weight"),
                                rs.getInt("availability_weight"),
                                rs.getInt("age_gap_weight"),
                                rs.getInt("certificate_validity_months"),
                                rs.getInt("version")),
                        regionId)
                .orElseThrow(ApiException::notFound);
    }

    public java.util.Optional<Region> region(UUID regionId) {
        return jdbc.one(
                "select id, name, country_code, time_zone from region where id = ?",
                rs -> new Region(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))),
                regionId);
    }

    @Schema(
            name = "ApplicationRegion",
            description = "A region volunteers can apply to, with its age rule and municipalities")
    public record ApplicationRegion(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String name,

            @Schema(required = true, format = "int32", minimum = "16", maximum = "99")
            int minAge,

            @Schema(required = true, format = "int32", minimum = "16", maximum = "120")
            int maxAge,

            @Schema(
                    required = true,
                    type = SchemaType.ARRAY,
                    implementation = Municipalities.Name.class,
                    maxItems = 500)
            List<String> municipalities) {}

    /** Public: the regions with a built-in list of municipalities, for the application form. */
    public List<ApplicationRegion> applicationRegions() {
        return jdbc
                .list(
                        """
                        select g.id, g.name, g.country_code, coalesce(s.min_age, 18), coalesce(s.max_age, 30)
                        from region g left join mentoring_settings s on s.region_id = g.id order by g.name
                        """,
                        rs -> new ApplicationRegion(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getInt(4),
                                rs.getInt(5),
                                Municipalities.of(rs.getString(3)).stream()
                                        .map(Municipalities.Municipality::name)
                                        .toList()))
                .stream()
                .filter(r -> !r.municipalities().isEmpty())
                .toList();
    }

    public Settings get(Caller caller, UUID regionId) {
        requireCoordinatorOf(caller, regionId);
        return settings(regionId);
    }

    @Transactional
    public Settings put(Caller caller, UUID regionId, int expectedVersion, Settings s) {
        requireCoordinatorOf(caller, regionId);
        Etags.check(expectedVersion, settings(regionId).version());
        if (s.minAge() > s.maxAge()) {
            throw ApiException.invalidField("minAge", "must not be above maxAge");
        }
        jdbc.update(
                """
                insert into mentoring_settings as m (region_id, min_age, max_age, radius_km, interests_weight, distance_weight,
                    availability_weight, age_gap_weight, certificate_validity_months, version, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, now())
                on conflict (region_id) do update set min_age = excluded.min_age, max_age = excluded.max_age,
                    radius_km = excluded.radius_km, interests_weight = excluded.interests_weight,
                    distance_weight = excluded.distance_weight, availability_weight = excluded.availability_weight,
                    age_gap_weight = excluded.age_gap_weight,
                    certificate_validity_months = excluded.certificate_validity_months,
                    version = m.version + 1, updated_at = now()
                """,
                regionId,
                s.minAge(),
                s.maxAge(),
                java.math.BigDecimal.valueOf(s.radiusKm()).setScale(1, java.math.RoundingMode.HALF_UP),
                s.interestsWeight(),
                s.distanceWeight(),
                s.availabilityWeight(),
                s.ageGapWeight(),
                s.certificateValidityMonths());
        audit.record("MENTORING_SETTINGS_CHANGED", "REGION", regionId, regionId);
        return settings(regionId);
    }

    /** Coordinators act in their regions; anyone else is refused, and a region not theirs does not exist. */
    static void requireCoordinatorOf(Caller caller, UUID regionId) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        if (regionId == null || !caller.worksIn(regionId)) {
            throw ApiException.notFound();
        }
    }
}
