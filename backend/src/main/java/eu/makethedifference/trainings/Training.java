package eu.makethedifference.trainings;

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

/** A training of one region: a joint seminar, a mentor preparation course or a supervision group. */
@Entity
@Table(name = "training")
public class Training extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "region_id")
    public UUID regionId;

    @Enumerated(EnumType.STRING)
    public TrainingKind kind;

    @Enumerated(EnumType.STRING)
    public TrainingStatus status;

    public String title;
    public String description;
    public String language;
    public int capacity;

    @Column(name = "enrolment_deadline")
    public Instant enrolmentDeadline;

    @Column(name = "balance_max_percent")
    public Integer balanceMaxPercent;

    @Column(name = "requires_approval")
    public boolean requiresApproval;

    @Column(name = "min_sessions_attended")
    public Integer minSessionsAttended;

    /** Start of the first session and end of the last one (kept with the sessions). */
    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_by")
    public UUID createdBy;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Seats one help system may hold under the balance rule; the capacity where there is no rule. */
    public int maxSeatsPerHelpSystem() {
        if (balanceMaxPercent == null) {
            return capacity;
        }
        return Math.max(1, capacity * balanceMaxPercent / 100);
    }
}
