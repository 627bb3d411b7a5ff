package eu.makethedifference.organisations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A help offer (a service in HSDS terms) of an organisation: non-personal directory data. */
@Entity
@Table(name = "help_offer")
public class HelpOfferEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "region_id")
    public UUID regionId;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public HelpOfferKind kind;

    @Column(name = "min_age")
    public int minAge;

    @Column(name = "max_age")
    public int maxAge;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] languages;

    @Column(name = "area_served")
    public String areaServed;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public Integer capacity;

    @Column(name = "waiting_list")
    public int waitingList;

    public boolean active;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
