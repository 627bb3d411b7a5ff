package eu.makethedifference.webhooks;

import eu.makethedifference.common.security.ClientScopes;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The events a subscription can ask for, and the scope a client needs to receive each. The database triggers
 * of V10__webhooks.sql write them; payloads carry ids and statuses only.
 */
public final class WebhookEvents {
    public static final String REFERRAL_STATUS_CHANGED = "referral.status_changed";
    public static final String REFERRAL_OVERDUE = "referral.overdue";
    public static final String AGREEMENT_STATUS_CHANGED = "agreement.status_changed";
    public static final String AGREEMENT_SIGNED = "agreement.signed";
    public static final String TRAINING_ENROLMENT_CHANGED = "training.enrolment_changed";
    public static final String MATCH_STATUS_CHANGED = "match.status_changed";

    /** Each event type and the scope that opens it. */
    public static final Map<String, String> SCOPES = Map.of(
            REFERRAL_STATUS_CHANGED, ClientScopes.REFERRALS_READ,
            REFERRAL_OVERDUE, ClientScopes.REFERRALS_READ,
            AGREEMENT_STATUS_CHANGED, ClientScopes.AGREEMENTS_READ,
            AGREEMENT_SIGNED, ClientScopes.AGREEMENTS_READ,
            TRAINING_ENROLMENT_CHANGED, ClientScopes.TRAININGS_READ,
            MATCH_STATUS_CHANGED, ClientScopes.MENTORING_READ);

    private WebhookEvents() {}

    @Schema(
            name = "WebhookEventType",
            type = SchemaType.STRING,
            description = "referral.* needs referrals:read, agreement.* agreements:read, training.* trainings:read,"
                    + " match.* mentoring:read",
            enumeration = {
                REFERRAL_STATUS_CHANGED,
                REFERRAL_OVERDUE,
                AGREEMENT_STATUS_CHANGED,
                AGREEMENT_SIGNED,
                TRAINING_ENROLMENT_CHANGED,
                MATCH_STATUS_CHANGED
            })
    public static final class Type {
        private Type() {}
    }
}
