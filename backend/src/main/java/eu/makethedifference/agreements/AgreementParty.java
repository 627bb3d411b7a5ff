package eu.makethedifference.agreements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An organisation bound by an agreement, with its contact person and authorised signatory. */
@Entity
@Table(name = "agreement_party")
public class AgreementParty extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "signatory_user_id")
    public UUID signatoryUserId;

    @Column(name = "added_at")
    public Instant addedAt;

    @Embeddable
    public record Key(
            @Column(name = "agreement_id") UUID agreementId,
            @Column(name = "organisation_id") UUID organisationId) implements Serializable {}

    public UUID organisationId() {
        return key.organisationId();
    }
}
