package eu.makethedifference.agreements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One section of an agreement's working text. */
@Entity
@Table(name = "agreement_section")
public class AgreementSection extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "agreement_id")
    public UUID agreementId;

    public int position;

    @Column(name = "template_key")
    public String templateKey;

    public String title;

    public String body;
}
