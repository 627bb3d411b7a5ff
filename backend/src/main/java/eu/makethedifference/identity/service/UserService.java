package eu.makethedifference.identity.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.config.AppConfig;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.UserAccount;
import eu.makethedifference.organisations.service.OrganisationService;
import eu.makethedifference.organisations.service.OrganisationService.OrganisationRef;
import eu.makethedifference.organisations.service.RegionService;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * User accounts. ADMIN manages every account; a COORDINATOR reads the accounts of their regions; nobody
 * else lists users. A disable or role change ends the user's sessions at once.
 */
@ApplicationScoped
public class UserService {
    public static final Map<String, String> SORTS =
            Map.of("displayName", "displayName", "email", "email", "role", "role", "createdAt", "createdAt");

    @Inject
    AuditService audit;

    @Inject
    AuthService auth;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionService regions;

    @Inject
    AppConfig config;

    public record NewUser(
            String email,
            String displayName,
            String preferredLanguage,
            Role role,
            Set<UUID> regionIds,
            UUID organisationId,
            String initialPassword) {}

    public record UserChange(
            String displayName,
            String preferredLanguage,
            Role role,
            Set<UUID> regionIds,
            UUID organisationId,
            boolean enabled) {}

    public record Filter(Role role, UUID regionId) {}

    /** What other features may know of a user account. */
    public record UserRef(UUID id, String displayName, String email, Role role, UUID organisationId, boolean enabled) {}

    /** For other features: the account, whatever the caller may see. */
    public java.util.Optional<UserRef> find(UUID id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        return UserAccount.<UserAccount>findByIdOptional(id)
                .map(u -> new UserRef(u.id, u.displayName, u.email, u.role, u.organisationId, u.enabled));
    }

    /** For other features: several accounts in one query, by id. */
    public Map<UUID, UserRef> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return UserAccount.<UserAccount>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(
                        u -> u.id,
                        u -> new UserRef(u.id, u.displayName, u.email, u.role, u.organisationId, u.enabled)));
    }

    /** For other features: the enabled account, if it works in the region. */
    public java.util.Optional<UserRef> findEnabledInRegion(UUID id, UUID regionId) {
        return UserAccount.<UserAccount>findByIdOptional(id)
                .filter(u -> u.enabled && u.regionIds.contains(regionId))
                .map(u -> new UserRef(u.id, u.displayName, u.email, u.role, u.organisationId, u.enabled));
    }

    /** Enabled professionals and coordinators of an organisation, by name: candidates to sign for it. */
    public List<UserRef> membersOf(UUID organisationId) {
        return UserAccount.<UserAccount>list(
                        "organisationId = ?1 and enabled = true and client = false and role in ?2 order by displayName",
                        organisationId,
                        List.of(Role.PROFESSIONAL, Role.COORDINATOR))
                .stream()
                .map(u -> new UserRef(u.id, u.displayName, u.email, u.role, u.organisationId, u.enabled))
                .toList();
    }

    public record Result(List<UserAccount> items, long total) {}

    public Result list(Caller caller, Filter filter, Paging paging) {
        List<String> where = new ArrayList<>(List.of("u.client = false"));
        Parameters p = new Parameters();
        if (caller.is(Role.COORDINATOR)) {
            where.add("exists (select 1 from UserAccount x join x.regionIds r where x = u and r in :scope)");
            p.and("scope", caller.regionIds());
        } else if (!caller.is(Role.ADMIN)) {
            throw ApiException.forbidden();
        }
        if (filter.role() != null) {
            where.add("u.role = :role");
            p.and("role", filter.role());
        }
        if (filter.regionId() != null) {
            where.add(":region member of u.regionIds");
            p.and("region", filter.regionId());
        }
        String query = "from UserAccount u" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        List<UserAccount> items = UserAccount.find(query + " order by u." + paging.orderBy() + ", u.id", p)
                .page(paging.page(), paging.size())
                .list();
        return new Result(items, UserAccount.count(query, p));
    }

    public UserAccount get(Caller caller, UUID id) {
        UserAccount user = UserAccount.findById(id);
        if (user == null) {
            throw ApiException.notFound();
        }
        if (!visible(caller, user)) {
            throw ApiException.hidden("USER", id);
        }
        return user;
    }

    @Transactional
    public UserAccount create(Caller caller, NewUser data) {
        requireAdmin(caller);
        if (UserAccount.findByEmail(data.email()) != null) {
            throw ApiException.conflict("email_taken", "An account with this e-mail address exists already.");
        }
        PasswordPolicy.check("initialPassword", data.initialPassword(), data.email());
        requireLanguage(data.preferredLanguage());
        Set<UUID> regionIds = checkAssignment(data.role(), data.regionIds(), data.organisationId());
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.email = data.email().strip();
        user.displayName = data.displayName().strip();
        user.preferredLanguage = data.preferredLanguage();
        user.role = data.role();
        user.regionIds = new HashSet<>(regionIds);
        user.organisationId = data.organisationId();
        user.passwordHash =
                BcryptUtil.bcryptHash(data.initialPassword(), config.auth().bcryptCost());
        user.enabled = true;
        user.createdAt = SqlValues.now();
        user.updatedAt = user.createdAt;
        user.persistAndFlush();
        audit.record("USER_CREATED", "USER", user.id, firstRegion(user));
        return user;
    }

    @Transactional
    public UserAccount update(Caller caller, UUID id, int expectedVersion, UserChange change) {
        requireAdmin(caller);
        UserAccount user = get(caller, id);
        Etags.check(expectedVersion, user.version);
        requireLanguage(change.preferredLanguage());
        if (user.id.equals(caller.userId()) && (change.role() != user.role || !change.enabled())) {
            throw ApiException.conflict(
                    "cannot_change_own_access", "You cannot change your own role or disable your own account.");
        }
        Set<UUID> regionIds = checkAssignment(change.role(), change.regionIds(), change.organisationId());
        boolean accessChanged = change.role() != user.role
                || (user.enabled && !change.enabled())
                || !regionIds.equals(user.regionIds)
                || !Objects.equals(change.organisationId(), user.organisationId);
        boolean disabled = user.enabled && !change.enabled();
        user.displayName = change.displayName().strip();
        user.preferredLanguage = change.preferredLanguage();
        user.role = change.role();
        user.regionIds.clear();
        user.regionIds.addAll(regionIds);
        user.organisationId = change.organisationId();
        user.enabled = change.enabled();
        user.updatedAt = SqlValues.now();
        user.persistAndFlush();
        if (accessChanged) {
            auth.revokeAllSessions(user.id, null, disabled ? "USER_DISABLED" : "ACCESS_CHANGED");
        }
        audit.record(disabled ? "USER_DISABLED" : "USER_UPDATED", "USER", user.id, firstRegion(user));
        return user;
    }

    /** The caller's own account. */
    public UserAccount me(Caller caller) {
        UserAccount user = UserAccount.findById(caller.userId());
        if (user == null) {
            throw ApiException.notFound();
        }
        return user;
    }

    @Transactional
    public UserAccount updateMe(Caller caller, int expectedVersion, String displayName, String preferredLanguage) {
        UserAccount user = me(caller);
        Etags.check(expectedVersion, user.version);
        requireLanguage(preferredLanguage);
        user.displayName = displayName.strip();
        user.preferredLanguage = preferredLanguage;
        user.updatedAt = SqlValues.now();
        user.persistAndFlush();
        audit.record("PROFILE_UPDATED", "USER", user.id, null);
        return user;
    }

    /** Changes the caller's password; every other session of theirs ends. */
    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        UserAccount user = me(caller);
        if (!BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw new ApiException(
                    400,
                    "wrong_current_password",
                    "Wrong current password",
                    "The current password is not correct.",
                    List.of(new eu.makethedifference.common.error.FieldError("currentPassword", "is not correct")),
                    Map.of());
        }
        PasswordPolicy.check("newPassword", newPassword, user.email);
        user.passwordHash = BcryptUtil.bcryptHash(newPassword, config.auth().bcryptCost());
        user.updatedAt = SqlValues.now();
        user.persist();
        auth.revokeAllSessions(user.id, caller.sessionId(), "PASSWORD_CHANGED");
        audit.record("PASSWORD_CHANGED", "USER", user.id, null);
    }

    private boolean visible(Caller caller, UserAccount user) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.COORDINATOR)) {
            return user.regionIds.stream().anyMatch(caller::worksIn);
        }
        return false;
    }

    private void requireLanguage(String language) {
        if (!config.languages().contains(language)) {
            throw ApiException.invalidField(
                    "preferredLanguage", "must be one of " + String.join(", ", config.languages()));
        }
    }

    /** Checks the role's rules for regions and organisation and returns the regions to store. */
    private Set<UUID> checkAssignment(Role role, Set<UUID> requested, UUID organisationId) {
        Set<UUID> regionIds = requested == null ? Set.of() : Set.copyOf(requested);
        for (UUID regionId : regionIds) {
            if (!regions.exists(regionId)) {
                throw ApiException.invalidField("regionIds", "unknown region " + regionId);
            }
        }
        OrganisationRef org = null;
        if (organisationId != null) {
            org = organisations
                    .find(organisationId)
                    .orElseThrow(() -> ApiException.invalidField("organisationId", "unknown organisation"));
        }
        switch (role) {
            case ADMIN -> {
                if (!regionIds.isEmpty() || org != null) {
                    throw ApiException.invalidField("role", "an ADMIN has no regions and no organisation");
                }
            }
            case COORDINATOR -> {
                if (regionIds.isEmpty()) {
                    throw ApiException.invalidField("regionIds", "a COORDINATOR works in at least one region");
                }
                if (org != null && !regionIds.contains(org.regionId())) {
                    throw ApiException.invalidField("organisationId", "must be in one of the user's regions");
                }
            }
            case PROFESSIONAL -> {
                if (org == null) {
                    throw ApiException.invalidField("organisationId", "a PROFESSIONAL belongs to an organisation");
                }
                if (!regionIds.isEmpty() && !regionIds.equals(Set.of(org.regionId()))) {
                    throw ApiException.invalidField("regionIds", "a PROFESSIONAL works in their organisation's region");
                }
                regionIds = Set.of(org.regionId());
            }
            case MENTOR -> {
                if (regionIds.size() != 1 || org != null) {
                    throw ApiException.invalidField("regionIds", "a MENTOR has exactly one region and no organisation");
                }
            }
        }
        return regionIds;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ApiException.forbidden();
        }
    }

    private static UUID firstRegion(UserAccount user) {
        return user.regionIds.stream().sorted().findFirst().orElse(null);
    }
}
