package eu.makethedifference.agreements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cooperation agreement between organisations of one region. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "region_id")
    public UUID regionId;

    public String title;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public String language;

    @Column(name = "referral_response_days")
    public int referralResponseDays;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    /** Number of the newest version snapshot; 0 while the agreement is a draft. */
    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "signed_version")
    public Integer signedVersion;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "successor_id")
    public UUID successorId;

    @Column(name = "created_by")
    public UUID createdBy;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
