package eu.makethedifference.identity;

import eu.makethedifference.common.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A person who signs in: platform operator, coordinator, professional or mentor. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {
    @Id
    public UUID id;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_region", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "region_id")
    public Set<UUID> regionIds = new HashSet<>();

    @Column(name = "password_hash")
    public String passwordHash;

    public boolean enabled;

    /** The technical account of an integration client: never listed among users. */
    public boolean client;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static UserAccount findByEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResult();
    }
}
