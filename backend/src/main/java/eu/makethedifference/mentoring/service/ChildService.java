package eu.makethedifference.mentoring.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.Jdbc;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.LanguageCode;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.ChildStatus;
import eu.makethedifference.mentoring.Interest;
import eu.makethedifference.mentoring.Slot;
import eu.makethedifference.referrals.Gender;
import eu.makethedifference.referrals.service.ReferralEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Children's mentoring profiles: only what matching needs. They come from accepted referrals to the
 * mentoring programme, or a coordinator creates one directly. Every read of a profile is audited.
 */
@ApplicationScoped
public class ChildService {
    public static final Map<String, String> SORTS =
            Map.of("createdAt", "c.created_at", "firstName", "lower(c.first_name)", "status", "c.status");

    @Inject
    Jdbc jdbc;

    @Inject
    AuditService audit;

    @Inject
    MentoringSettingsService settings;

    public record ProfileData(
            UUID regionId,
            String firstName,
            int birthYear,
            int birthMonth,
            Gender gender,
            List<String> languages,
            String municipality,
            List<Slot> availability,
            List<Interest> interests,
            Gender preferredMentorGender) {}

    @Schema(name = "ChildProfile", description = "A child's mentoring profile (coordinators)")
    public record Profile(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,

            @Schema(description = "The referral the child came from, if any")
            UUID referralId,

            @Schema(maxLength = 100, description = "Absent once erased")
            String firstName,

            @Schema(format = "int32", minimum = "1990", maximum = "2100")
            Integer birthYear,

            @Schema(format = "int32", minimum = "1", maximum = "12")
            Integer birthMonth,

            @Schema(format = "int32", minimum = "0", maximum = "150")
            Integer age,

            Gender gender,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<String> languages,

            @Schema(maxLength = 100) String municipality,
            @Schema(required = true, maxItems = 21) List<Slot> availability,
            @Schema(required = true, maxItems = 12) List<Interest> interests,

            @Schema(description = "The family's wish for the mentor's gender")
            Gender preferredMentorGender,

            @Schema(required = true) ChildStatus status,

            @Schema(required = true, description = "Has what matching needs: home, a language and a time slot")
            boolean readyForMatching,

            @Schema(description = "The open match, if any") UUID openMatchId,
            @Schema(required = true) Instant createdAt,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version) {}

    @Schema(name = "MentorChild", description = "What a mentor sees of their match's child, and nothing more")
    public record MentorView(
            @Schema(required = true, maxLength = 100) String firstName,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "150")
            int age,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<String> languages,

            @Schema(required = true, maxItems = 12) List<Interest> interests,
            @Schema(required = true, maxItems = 21) List<Slot> availability) {}

    public record Page(List<Profile> items, long total) {}

    private static final String SELECT = """
            select c.*, (select m.id from mentoring_match m where m.child_id = c.id and m.status <> 'CLOSED') open_match
            from child_profile c
            """;

    // ---------------------------------------------------------------- reads

    public Page list(Caller caller, UUID regionId, ChildStatus status, Paging paging) {
        if (!caller.is(Role.COORDINATOR)) {
            throw ApiException.forbidden();
        }
        UUID[] regions = regionId == null
                ? caller.regionIds().toArray(UUID[]::new)
                : caller.worksIn(regionId) ? new UUID[] {regionId} : new UUID[0];
        String statusName = status == null ? null : status.name();
        String where = " where c.region_id = any(?) and (?::varchar is null or c.status = ?)";
        List<Profile> items = jdbc.list(
                SELECT + where + " order by " + paging.orderBy() + ", c.id limit ? offset ?",
                this::profile,
                regions,
                statusName,
                statusName,
                paging.size(),
                paging.page() * paging.size());
        long total = jdbc.one(
                        "select count(*) from child_profile c" + where,
                        rs -> rs.getLong(1),
                        regions,
                        statusName,
                        statusName)
                .orElse(0L);
        audit.recordEach(
                "CHILD_PROFILE_READ",
                "CHILD",
                items.stream().map(Profile::id).toList(),
                items.stream().map(Profile::regionId).toList());
        return new Page(items, total);
    }

    /** Coordinators of the child's region; everyone else: 404. Audited. */
    public Profile get(Caller caller, UUID id) {
        Profile p = load(id).orElseThrow(() -> ApiException.hidden("CHILD", id));
        if (!(caller.is(Role.COORDINATOR) && caller.worksIn(p.regionId()))) {
            throw ApiException.hidden("CHILD", id);
        }
        audit.record("CHILD_PROFILE_READ", "CHILD", id, p.regionId());
        return p;
    }

    Optional<Profile> load(UUID id) {
        return jdbc.one(SELECT + " where c.id = ?", this::profile, id);
    }

    /** The mentor's view of a child (first name, age, languages, interests, availability), audited. */
    MentorView mentorView(UUID childId, UUID regionId) {
        Profile p = load(childId).orElseThrow(ApiException::notFound);
        audit.record("CHILD_PROFILE_READ", "CHILD", childId, regionId);
        return new MentorView(
                p.firstName() == null ? "" : p.firstName(),
                p.age() == null ? 0 : p.age(),
                p.languages(),
                p.interests(),
                p.availability());
    }

    private Profile profile(ResultSet rs) throws SQLException {
        Integer year = Rows.integer(rs, "birth_year");
        Integer month = Rows.integer(rs, "birth_month");
        List<String> languages = Rows.strings(rs, "languages");
        List<Slot> slots = Rows.enums(rs, "slots", Slot.class);
        boolean located = rs.getObject("lat") != null;
        return new Profile(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "region_id"),
                Rows.uuid(rs, "referral_id"),
                rs.getString("first_name"),
                year,
                month,
                Rows.age(year, month, LocalDate.now()),
                Rows.enumOrNull(rs, "gender", Gender.class),
                languages,
                rs.getString("municipality"),
                slots,
                Rows.enums(rs, "interests", Interest.class),
                Rows.enumOrNull(rs, "preferred_mentor_gender", Gender.class),
                ChildStatus.valueOf(rs.getString("status")),
                located && !languages.isEmpty() && !slots.isEmpty() && year != null,
                Rows.uuid(rs, "open_match"),
                Rows.instant(rs, "created_at"),
                rs.getInt("version"));
    }

    // ---------------------------------------------------------------- writes

    /** A coordinator creates a profile directly (a child not referred through the platform). */
    @Transactional
    public Profile create(Caller caller, ProfileData data) {
        MentoringSettingsService.requireCoordinatorOf(caller, data.regionId());
        MentoringSettingsService.Region region =
                settings.region(data.regionId()).orElseThrow();
        Municipalities.Municipality place = place(region, data.municipality());
        checkBirth(region, data.birthYear(), data.birthMonth());
        UUID id = UUID.randomUUID();
        Instant now = SqlValues.now();
        jdbc.update(
                """
                insert into child_profile (id, region_id, first_name, birth_year, birth_month, gender, languages,
                    municipality, lat, lon, slots, interests, preferred_mentor_gender, status, created_by, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?)
                """,
                id,
                region.id(),
                data.firstName().strip(),
                data.birthYear(),
                data.birthMonth(),
                data.gender(),
                data.languages().stream().distinct().toArray(String[]::new),
                place.name(),
                place.lat(),
                place.lon(),
                Rows.names(data.availability()),
                Rows.names(data.interests()),
                preference(data.preferredMentorGender()),
                caller.userId(),
                now,
                now);
        audit.record("CHILD_PROFILE_CREATED", "CHILD", id, region.id());
        return load(id).orElseThrow();
    }

    /** Updates what matching needs (If-Match); the region and the referral link stay. */
    @Transactional
    public Profile update(Caller caller, UUID id, int expectedVersion, ProfileData data) {
        Profile p = get(caller, id);
        Etags.check(expectedVersion, p.version());
        if (p.status() == ChildStatus.CLOSED) {
            throw ApiException.conflict("child_closed", "A closed profile cannot be changed.");
        }
        MentoringSettingsService.Region region = settings.region(p.regionId()).orElseThrow();
        Municipalities.Municipality place = place(region, data.municipality());
        checkBirth(region, data.birthYear(), data.birthMonth());
        int updated = jdbc.update(
                """
                update child_profile set first_name = ?, birth_year = ?, birth_month = ?, gender = ?, languages = ?,
                    municipality = ?, lat = ?, lon = ?, slots = ?, interests = ?, preferred_mentor_gender = ?,
                    version = version + 1, updated_at = now()
                where id = ? and version = ?
                """,
                data.firstName().strip(),
                data.birthYear(),
                data.birthMonth(),
                data.gender(),
                data.languages().stream().distinct().toArray(String[]::new),
                place.name(),
                place.lat(),
                place.lon(),
                Rows.names(data.availability()),
                Rows.names(data.interests()),
                preference(data.preferredMentorGender()),
                id,
                expectedVersion);
        if (updated == 0) {
            throw Etags.stale();
        }
        audit.record("CHILD_PROFILE_UPDATED", "CHILD", id, p.regionId());
        return load(id).orElseThrow();
    }

    private static Municipalities.Municipality place(MentoringSettingsService.Region region, String name) {
        return Municipalities.find(region.countryCode(), name)
                .orElseThrow(() -> ApiException.invalidField("municipality", "not a municipality of this region"));
    }

    private static void checkBirth(MentoringSettingsService.Region region, int year, int month) {
        YearMonth born = YearMonth.of(year, month);
        YearMonth now = YearMonth.now(region.zone());
        if (born.isAfter(now) || born.isBefore(now.minusYears(18))) {
            throw ApiException.invalidField("birthYear", "the child must be under 18");
        }
    }

    private static String preference(Gender g) {
        if (g == Gender.UNDISCLOSED) {
            throw ApiException.invalidField("preferredMentorGender", "must be FEMALE, MALE or DIVERSE");
        }
        return g == null ? null : g.name();
    }

    /** An accepted referral to the mentoring programme: the child's profile from its minimal fields. */
    void onMentoringAccepted(@Observes ReferralEvents.MentoringAccepted e) {
        MentoringSettingsService.Region region = settings.region(e.regionId()).orElseThrow();
        Optional<Municipalities.Municipality> place = Municipalities.find(region.countryCode(), e.area());
        Instant now = SqlValues.now();
        record Written(UUID id, boolean inserted) {}
        Optional<Written> written = jdbc.one(
                """
                insert into child_profile (id, region_id, referral_id, first_name, birth_year, birth_month, gender,
                    languages, municipality, lat, lon, status, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?)
                on conflict (referral_id) do update set status = 'WAITING', version = child_profile.version + 1,
                    updated_at = excluded.updated_at
                where child_profile.status = 'CLOSED' and child_profile.first_name is not null
                returning id, xmax = 0
                """,
                rs -> new Written(rs.getObject(1, UUID.class), rs.getBoolean(2)),
                UUID.randomUUID(),
                e.regionId(),
                e.referralId(),
                e.firstName(),
                e.birthYear(),
                e.birthMonth(),
                e.gender(),
                e.languages().toArray(String[]::new),
                place.map(Municipalities.Municipality::name).orElse(null),
                place.map(Municipalities.Municipality::lat).orElse(null),
                place.map(Municipalities.Municipality::lon).orElse(null),
                e.actorId(),
                now,
                now);
        // A profile closed before (the referral was accepted again) is reopened under its own id.
        written.ifPresent(w -> audit.record(
                w.inserted() ? "CHILD_PROFILE_CREATED" : "CHILD_PROFILE_REOPENED", "CHILD", w.id(), e.regionId()));
    }
}
