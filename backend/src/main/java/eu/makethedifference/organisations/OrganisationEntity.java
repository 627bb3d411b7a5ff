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

/** A member organisation of a region: an addiction counselling centre, a youth office, a school, ... */
@Entity
@Table(name = "organisation")
public class OrganisationEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "region_id")
    public UUID regionId;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_system")
    public HelpSystem helpSystem;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String website;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
