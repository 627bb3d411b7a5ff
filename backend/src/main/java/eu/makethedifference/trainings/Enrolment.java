package eu.makethedifference.trainings;

import eu.makethedifference.organisations.HelpSystem;
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

/** One person's place in a training. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "training_id")
    public UUID trainingId;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_system")
    public HelpSystem helpSystem;

    @Enumerated(EnumType.STRING)
    public EnrolmentState state;

    /** Arrival order, from a database sequence while the training is locked. */
    public long arrival;

    @Column(name = "requested_by")
    public UUID requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "state_reason")
    public String stateReason;

    @Version
    public int version;
}
