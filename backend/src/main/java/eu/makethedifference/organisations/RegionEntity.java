package eu.makethedifference.organisations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A partner country or a region in it. Everything in the platform belongs to one. */
@Entity
@Table(name = "region")
public class RegionEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    public String name;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "default_language")
    public String defaultLanguage;

    @Column(name = "time_zone")
    public String timeZone;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
