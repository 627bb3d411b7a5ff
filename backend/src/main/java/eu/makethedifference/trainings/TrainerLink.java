package eu.makethedifference.trainings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A trainer of a training (for queries; rows are written by the training service). */
@Entity
@Table(name = "training_trainer")
public class TrainerLink extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "training_id", insertable = false, updatable = false)
    public UUID trainingId;

    @Column(name = "user_id", insertable = false, updatable = false)
    public UUID userId;

    @Embeddable
    public record Key(
            @Column(name = "training_id") UUID trainingId,
            @Column(name = "user_id") UUID userId) implements Serializable {}
}
