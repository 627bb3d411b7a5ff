package eu.makethedifference.trainings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One meeting of a training, at a venue or online. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "training_id")
    public UUID trainingId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String venue;

    @Column(name = "online_url")
    public String onlineUrl;
}
