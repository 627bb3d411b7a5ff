package eu.makethedifference.referrals.rest;

import eu.makethedifference.common.rest.LanguageCode;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.referrals.AddictionKind;
import eu.makethedifference.referrals.AffectedParent;
import eu.makethedifference.referrals.ClosingOutcome;
import eu.makethedifference.referrals.ConsentForm;
import eu.makethedifference.referrals.ConsentGiver;
import eu.makethedifference.referrals.ConsentPurpose;
import eu.makethedifference.referrals.DeclineReason;
import eu.makethedifference.referrals.Gender;
import eu.makethedifference.referrals.Indicator;
import eu.makethedifference.referrals.ReferralStatus;
import eu.makethedifference.referrals.Urgency;
import eu.makethedifference.referrals.service.ReferralService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request and response bodies of referrals. The responses are built as JSON by PostgreSQL (see the service);
 * these records are their contract, and tests read every response into them with unknown fields refused.
 */
public final class ReferralDtos {
    private ReferralDtos() {}

    @Schema(name = "ReferralRequest", description = "A referral draft: the child, the observations and the target")
    public record ReferralRequest(
            @NotNull @Schema(required = true, description = "The help offer (or the region's mentoring programme)")
            UUID targetOfferId,

            @NotBlank
            @Size(max = 100)
            @Schema(required = true, maxLength = 100, description = "First name or pseudonym")
            String firstName,

            @NotNull
            @Min(1990)
            @Max(2100)
            @Schema(required = true, minimum = "1990", maximum = "2100", format = "int32")
            Integer birthYear,

            @NotNull @Min(1) @Max(12) @Schema(required = true, minimum = "1", maximum = "12", format = "int32")
            Integer birthMonth,

            @NotNull @Schema(required = true) Gender gender,

            @NotBlank
            @Size(max = 200)
            @Schema(required = true, maxLength = 200, description = "Municipality or district")
            String area,

            @Size(max = 200) @Schema(maxLength = 200, description = "School or kindergarten")
            String school,

            @Size(max = 12) @Schema(type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<@NotNull @Pattern(regexp = LanguageCode.PATTERN) String> languages,

            @Size(max = 10) @Schema(maxItems = 10, description = "Early-identification indicators observed")
            List<@NotNull Indicator> indicators,

            @Size(max = 4000) @Schema(maxLength = 4000, description = "What led to the referral, in words")
            String observations,

            @NotNull @Schema(required = true) Urgency urgency,

            @Size(max = 3) @Schema(maxItems = 3, description = "Special-category data: optional")
            List<@NotNull AffectedParent> affectedParents,

            @Size(max = 5) @Schema(maxItems = 5, description = "Special-category data: optional")
            List<@NotNull AddictionKind> addictionKinds) {
        ReferralService.ReferralData toData() {
            return new ReferralService.ReferralData(
                    targetOfferId,
                    firstName,
                    birthYear,
                    birthMonth,
                    gender,
                    area,
                    school,
                    languages == null ? List.of() : languages,
                    indicators == null ? List.of() : indicators,
                    observations,
                    urgency,
                    affectedParents == null ? List.of() : affectedParents,
                    addictionKinds == null ? List.of() : addictionKinds);
        }
    }

    @Schema(name = "ConsentRequest", description = "The guardian's consent to the referral")
    public record ConsentRequest(
            @NotNull @Schema(required = true) ConsentGiver givenBy,
            @NotNull @Schema(required = true) LocalDate givenOn,

            @NotEmpty
            @Size(max = 4)
            @Schema(
                    required = true,
                    minItems = 1,
                    maxItems = 4,
                    description = "MENTORING for the mentoring programme, HELP_OFFER for other help offers")
            List<@NotNull ConsentPurpose> purposes,

            @NotBlank
            @Size(max = 500)
            @Schema(required = true, maxLength = 500, description = "Who may receive the data")
            String recipients,

            @NotNull @Schema(required = true) ConsentForm form,

            @Size(max = 200) @Schema(maxLength = 200, description = "Required for a verbal consent")
            String witness,

            @NotNull @Schema(required = true) LocalDate validUntil) {
        ReferralService.ConsentData toData() {
            return new ReferralService.ConsentData(givenBy, givenOn, purposes, recipients, form, witness, validUntil);
        }
    }

    @Schema(name = "SubmitReferralRequest")
    public record SubmitRequest(
            @Size(max = 1000)
            @Schema(
                    maxLength = 1000,
                    description = "Coordinators only: submit without a valid consent (emergency), with this reason")
            String overrideReason) {}

    @Schema(name = "ReferralActionRequest", description = "The reason or outcome where the action needs one")
    public record ActionRequest(
            @Schema(description = "Required to decline") DeclineReason declineReason,
            @Schema(description = "Required to close") ClosingOutcome outcome,

            @Size(max = 1000) @Schema(maxLength = 1000, description = "A note for the referring professional")
            String note) {}

    // ---------------------------------------------------------------- responses

    @Schema(name = "ReferralReferrer")
    public record Referrer(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName,
            @Schema(required = true) HelpSystem helpSystem,
            @Schema(maxLength = 200) String createdByName) {}

    @Schema(name = "ReferralTarget")
    public record Target(
            @Schema(required = true) UUID offerId,
            @Schema(required = true, maxLength = 200) String offerName,
            @Schema(required = true) HelpOfferKind kind,
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName) {}

    @Schema(name = "ReferralChild", description = "Absent once the personal fields are erased")
    public record Child(
            @Schema(required = true, maxLength = 100) String firstName,

            @Schema(required = true, format = "int32", minimum = "1990", maximum = "2100")
            int birthYear,

            @Schema(required = true, format = "int32", minimum = "1", maximum = "12")
            int birthMonth,

            @Schema(required = true) Gender gender,
            @Schema(required = true, maxLength = 200) String area,
            @Schema(maxLength = 200) String school,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<String> languages) {}

    @Schema(name = "Consent")
    public record Consent(
            @Schema(required = true) ConsentGiver givenBy,
            @Schema(required = true) LocalDate givenOn,
            @Schema(required = true, maxItems = 4) List<ConsentPurpose> purposes,
            @Schema(required = true, maxLength = 500) String recipients,
            @Schema(required = true) ConsentForm form,
            @Schema(maxLength = 200) String witness,
            @Schema(required = true) LocalDate validUntil,

            @Schema(maxLength = 20, description = "Type of the stored scan, if any")
            String documentType,

            @Schema(format = "int32", minimum = "1", maximum = "5242880")
            Integer documentSize,

            @Schema(required = true) Instant recordedAt,
            Instant withdrawnAt) {}

    @Schema(name = "ConsentOverride", description = "Submitted without a valid consent (emergency)")
    public record Override(
            @Schema(maxLength = 1000, description = "Absent once erased")
            String reason,

            @Schema(required = true) Instant at,
            @Schema(maxLength = 200) String byName) {}

    @Schema(name = "PossibleDuplicate", description = "Shown to coordinators only")
    public record PossibleDuplicate(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 100) String firstName,
            @Schema(required = true) ReferralStatus status,
            @Schema(required = true, maxLength = 200) String referrerOrganisationName,
            Instant submittedAt) {}

    @Schema(name = "ReferralEvent", description = "One entry of the referral's timeline")
    public record Event(
            @Schema(required = true) Instant at,

            @Schema(
                    required = true,
                    maxLength = 30,
                    enumeration = {"CREATED", "CONSENT_RECORDED", "SUBMITTED", "STATUS_CHANGED", "CONSENT_WITHDRAWN"})
            String type,

            @Schema(required = true) ReferralStatus status,

            @Schema(maxLength = 30, description = "CONSENT_OVERRIDE, a DeclineReason or a ClosingOutcome")
            String reason,

            @Schema(maxLength = 1000) String note,
            @Schema(maxLength = 200) String actorName) {}

    @Schema(name = "Referral")
    public record Referral(
            @Schema(required = true) UUID id,
            @Schema(required = true) ReferralStatus status,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version,

            @Schema(required = true) UUID regionId,
            @Schema(required = true) Referrer referrer,
            @Schema(required = true) Target target,
            Child child,
            @Schema(required = true, maxItems = 10) List<Indicator> indicators,
            @Schema(maxLength = 4000) String observations,
            @Schema(required = true) Urgency urgency,
            @Schema(required = true, maxItems = 3) List<AffectedParent> affectedParents,
            @Schema(required = true, maxItems = 5) List<AddictionKind> addictionKinds,
            Consent consent,
            Override override,

            @Schema(maxLength = 30, description = "A DeclineReason or a ClosingOutcome")
            String decisionReason,

            @Schema(maxLength = 1000) String decisionNote,
            Instant submittedAt,

            @Schema(description = "Response deadline (working days of the region)")
            LocalDate dueOn,

            @Schema(required = true) boolean overdue,

            @Schema(maxItems = 100, description = "Coordinators only")
            List<PossibleDuplicate> possibleDuplicates,

            @Schema(description = "When the personal fields were erased")
            Instant erasedAt,

            @Schema(required = true, maxItems = 1000) List<Event> timeline,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "ReferralSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) ReferralStatus status,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "2147483647")
            int version,

            @Schema(maxLength = 100, description = "Absent once erased")
            String firstName,

            @Schema(format = "int32", minimum = "1990", maximum = "2100")
            Integer birthYear,

            @Schema(format = "int32", minimum = "1", maximum = "12")
            Integer birthMonth,

            @Schema(required = true) Urgency urgency,
            @Schema(required = true) UUID referrerOrganisationId,
            @Schema(required = true, maxLength = 200) String referrerOrganisationName,
            @Schema(required = true) UUID targetOfferId,
            @Schema(required = true, maxLength = 200) String targetOfferName,
            @Schema(required = true) HelpOfferKind targetKind,
            @Schema(required = true, maxLength = 200) String receiverOrganisationName,
            Instant submittedAt,
            LocalDate dueOn,
            @Schema(required = true) boolean overdue,
            @Schema(required = true) boolean consentOverridden,
            @Schema(description = "Coordinators only") Boolean possibleDuplicate,
            @Schema(required = true) boolean erased,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "ReferralPage")
    public record Page(
            @Schema(required = true, maxItems = 100) List<Summary> items,

            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long total,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int page,

            @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
            int size) {}

    @Schema(name = "ReferralExport", description = "Everything held about the child of a referral")
    public record Export(
            @Schema(required = true) Instant exportedAt,
            @Schema(required = true) Referral referral,

            @Schema(maxLength = 7000000, description = "The consent scan, base64")
            String consentDocument) {}
}
