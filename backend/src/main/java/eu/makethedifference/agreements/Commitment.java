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

/** A recurring obligation of an agreement, e.g. "case discussion every 8 weeks". */
@Entity
@Table(name = "agreement_commitment")
public class Commitment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public CommitmentType type;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency_unit")
    public FrequencyUnit frequencyUnit;

    @Column(name = "frequency_value")
    public int frequencyValue;

    @Column(name = "responsible_organisation_id")
    public UUID responsibleOrganisationId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;
}
