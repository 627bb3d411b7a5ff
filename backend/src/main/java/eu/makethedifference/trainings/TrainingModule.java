package eu.makethedifference.trainings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A module of a region's training concept; trainings draw their programme from modules. */
@Entity
@Table(name = "training_module")
public class TrainingModule extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "region_id")
    public UUID regionId;

    public String title;
    public String objectives;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public boolean archived;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
