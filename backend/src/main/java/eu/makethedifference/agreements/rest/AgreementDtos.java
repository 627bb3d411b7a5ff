package eu.makethedifference.agreements.rest;

import eu.makethedifference.agreements.AgreementStatus;
import eu.makethedifference.agreements.CommitmentType;
import eu.makethedifference.agreements.FrequencyUnit;
import eu.makethedifference.agreements.service.AgreementVersions;
import eu.makethedifference.agreements.service.CommitmentService;
import eu.makethedifference.organisations.HelpSystem;
import jakarta.validation.constraints.Email;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the agreements API. */
public final class AgreementDtos {
    private AgreementDtos() {}

    @Schema(name = "AgreementPartyName")
    public record PartyName(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName,
            @Schema(required = true) HelpSystem helpSystem) {}

    @Schema(name = "AgreementSummary", description = "An agreement in a list")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true) AgreementStatus status,

            @Schema(
                    required = true,
                    description = "Newest version number; 0 while a draft",
                    minimum = "0",
                    maximum = "100000",
                    format = "int32")
            int currentVersion,

            LocalDate reviewDate,
            @Schema(required = true, maxItems = 50) List<PartyName> parties,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "AgreementPage")
    public record Page(
            @Schema(required = true, maxItems = 100) List<Summary> items,

            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long total,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int page,

            @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
            int size) {}

    @Schema(name = "AgreementSection")
    public record Section(
            @Schema(required = true) UUID id,

            @Schema(required = true, minimum = "1", maximum = "1000", format = "int32")
            int position,

            @Schema(maxLength = 40, description = "Template section this one started from, if any")
            String templateKey,

            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true, maxLength = 20000) String body) {}

    @Schema(name = "AgreementPartySignature", description = "A valid signature of the current version")
    public record PartySignature(
            @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int versionNumber,

            @Schema(required = true) UUID signedBy,
            @Schema(required = true, maxLength = 200) String signedByName,
            @Schema(required = true) Instant signedAt,

            @Schema(required = true, maxLength = 64, pattern = "^[0-9a-f]{64}$")
            String sha256) {}

    @Schema(name = "AgreementParty")
    public record Party(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName,
            @Schema(required = true) HelpSystem helpSystem,
            @Schema(required = true, maxLength = 200) String contactName,
            @Schema(maxLength = 254, format = "email") String contactEmail,
            @Schema(maxLength = 40) String contactPhone,
            UUID signatoryUserId,
            @Schema(maxLength = 200) String signatoryName,
            PartySignature signature) {}

    @Schema(name = "AgreementVoidedSignature", description = "A signature that no longer counts, and why")
    public record VoidedSignature(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName,

            @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int versionNumber,

            @Schema(required = true, maxLength = 200) String signedByName,
            @Schema(required = true) Instant signedAt,
            @Schema(required = true) Instant voidedAt,
            @Schema(required = true, maxLength = 300) String reason) {}

    @Schema(name = "Agreement", description = "A cooperation agreement with its working text, parties and signatures")
    public record Detail(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true) AgreementStatus status,

            @Schema(maxLength = 500, description = "Why the status was set, e.g. the reason for a termination")
            String statusReason,

            @Schema(required = true, maxLength = 8, pattern = "^[a-z]{2}$")
            String language,

            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "90",
                    format = "int32",
                    description = "Working days within which a party answers a referral")
            int referralResponseDays,

            LocalDate reviewDate,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int currentVersion,

            @Schema(minimum = "1", maximum = "100000", format = "int32")
            Integer signedVersion,

            Instant signedAt,

            @Schema(description = "The draft that renews this agreement")
            UUID successorId,

            @Schema(required = true, description = "At least one addiction-care and one youth-welfare party")
            boolean bridging,

            @Schema(required = true, maxItems = 200) List<Section> sections,
            @Schema(required = true, maxItems = 50) List<Party> parties,
            @Schema(required = true, maxItems = 500) List<VoidedSignature> voidedSignatures,

            @Schema(required = true, maxItems = 50, description = "Parties the caller may sign for now")
            List<UUID> signableFor,

            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,

            @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32")
            int version) {}

    @Schema(name = "CreateAgreementRequest")
    public record CreateRequest(
            @Schema(
                    description =
                            "Required for coordinators of several regions; a professional's agreement is in their organisation's region")
            UUID regionId,

            @NotBlank @Size(max = 300) @Schema(required = true, maxLength = 300)
            String title) {}

    @Schema(name = "UpdateAgreementRequest")
    public record UpdateRequest(
            @NotBlank @Size(max = 300) @Schema(required = true, maxLength = 300)
            String title,

            @NotNull @Min(1) @Max(90) @Schema(required = true, minimum = "1", maximum = "90", format = "int32")
            Integer referralResponseDays,

            LocalDate reviewDate) {}

    @Schema(name = "AgreementSectionRequest")
    public record SectionRequest(
            @NotBlank @Size(max = 300) @Schema(required = true, maxLength = 300)
            String title,

            @NotNull @Size(max = 20000) @Schema(required = true, maxLength = 20000)
            String body) {}

    @Schema(name = "AgreementSectionOrderRequest")
    public record SectionOrderRequest(
            @NotEmpty
            @Size(max = 200)
            @Schema(required = true, maxItems = 200, description = "Every section id, in the new order")
            List<@NotNull UUID> sectionIds) {}

    @Schema(name = "AgreementPartyRequest")
    public record PartyRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String contactName,

            @Email @Size(max = 254) @Schema(maxLength = 254, format = "email")
            String contactEmail,

            @Size(max = 40)
            @Pattern(regexp = "^[0-9+()./ -]*$", message = "may contain digits, spaces and + ( ) . / - only")
            @Schema(maxLength = 40, pattern = "^[0-9+()./ -]*$")
            String contactPhone,

            @Schema(description = "A professional or coordinator of the party's organisation")
            UUID signatoryUserId) {}

    @Schema(name = "AgreementTransitionRequest")
    public record TransitionRequest(
            @Size(max = 500) @Schema(maxLength = 500, description = "Why; required to terminate")
            String reason) {}

    @Schema(name = "SignAgreementRequest")
    public record SignRequest(
            @NotNull @Schema(required = true, description = "The party signed for")
            UUID organisationId,

            @NotNull
            @Min(1)
            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "100000",
                    format = "int32",
                    description = "The version the signatory read and signs")
            Integer versionNumber) {}

    @Schema(name = "AgreementVersionSummary")
    public record VersionSummary(
            @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int number,

            @Schema(required = true, maxLength = 64, pattern = "^[0-9a-f]{64}$")
            String sha256,

            @Schema(required = true, maxLength = 300) String reason,
            @Schema(maxLength = 200) String createdByName,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "AgreementVersionParty")
    public record VersionParty(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, maxLength = 200) String organisationName,
            @Schema(required = true, maxLength = 20) String helpSystem,
            @Schema(required = true, maxLength = 200) String contactName,
            @Schema(maxLength = 254) String contactEmail,
            @Schema(maxLength = 40) String contactPhone,
            UUID signatoryUserId,
            @Schema(maxLength = 200) String signatoryName) {
        static VersionParty of(AgreementVersions.PartyText p) {
            return new VersionParty(
                    p.organisationId(),
                    p.organisationName(),
                    p.helpSystem(),
                    p.contactName(),
                    p.contactEmail(),
                    p.contactPhone(),
                    p.signatoryUserId(),
                    p.signatoryName());
        }
    }

    @Schema(name = "AgreementVersionSection")
    public record VersionSection(
            @Schema(required = true) UUID id,
            @Schema(maxLength = 40) String templateKey,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true, maxLength = 20000) String body) {}

    @Schema(name = "AgreementVersion", description = "An immutable version of the text")
    public record Version(
            @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int number,

            @Schema(required = true, maxLength = 64, pattern = "^[0-9a-f]{64}$")
            String sha256,

            @Schema(required = true, maxLength = 300) String reason,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true, maxLength = 8) String language,

            @Schema(required = true, minimum = "1", maximum = "90", format = "int32")
            int referralResponseDays,

            LocalDate reviewDate,
            @Schema(required = true, maxItems = 50) List<VersionParty> parties,
            @Schema(required = true, maxItems = 200) List<VersionSection> sections) {}

    @Schema(name = "AgreementSectionChange")
    public record SectionChange(
            @Schema(required = true) UUID sectionId,
            @Schema(required = true) AgreementVersions.Change change,

            @Schema(minimum = "1", maximum = "1000", format = "int32")
            Integer positionBefore,

            @Schema(minimum = "1", maximum = "1000", format = "int32")
            Integer positionAfter,

            @Schema(maxLength = 300) String titleBefore,
            @Schema(maxLength = 300) String titleAfter,
            @Schema(maxLength = 20000) String bodyBefore,
            @Schema(maxLength = 20000) String bodyAfter) {}

    @Schema(name = "AgreementVersionDiff", description = "Section-by-section changes from one version to another")
    public record Diff(
            @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int from,

            @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int to,

            @Schema(required = true) boolean titleChanged,
            @Schema(required = true) boolean partiesChanged,
            @Schema(required = true, maxItems = 400) List<SectionChange> sections) {}

    @Schema(name = "AgreementCommitment")
    public record Commitment(
            @Schema(required = true) UUID id,
            @Schema(required = true) CommitmentType type,
            @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true) FrequencyUnit frequencyUnit,

            @Schema(required = true, minimum = "1", maximum = "52", format = "int32")
            int frequencyValue,

            @Schema(required = true) UUID responsibleOrganisationId,
            @Schema(required = true) LocalDate startsOn,
            @Schema(required = true) LocalDate nextDueOn,
            LocalDate overdueSince,

            @Schema(required = true, description = "NOT_STARTED until the agreement is signed")
            CommitmentService.Health health,

            LocalDate lastHeldOn,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int activityCount,

            @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32")
            int version) {}

    @Schema(name = "AgreementCommitmentRequest")
    public record CommitmentRequest(
            @NotNull @Schema(required = true) CommitmentType type,

            @NotBlank
            @Size(max = 300)
            @Schema(required = true, maxLength = 300, example = "Case discussion, hosted alternately")
            String title,

            @NotNull @Schema(required = true) FrequencyUnit frequencyUnit,

            @NotNull
            @Min(1)
            @Max(52)
            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "52",
                    format = "int32",
                    description = "Every N weeks, or N times a year")
            Integer frequencyValue,

            @NotNull @Schema(required = true) UUID responsibleOrganisationId,

            @Schema(description = "First period starts here; today when omitted")
            LocalDate startsOn) {}

    @Schema(name = "AgreementActivity")
    public record Activity(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID commitmentId,
            @Schema(required = true) LocalDate heldOn,
            @Schema(required = true, maxItems = 50) List<UUID> organisationIds,
            @Schema(maxLength = 1000) String notes,
            @Schema(maxLength = 200) String createdByName,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "AgreementActivityRequest", description = "Notes must not identify a child")
    public record ActivityRequest(
            @NotNull @Schema(required = true) LocalDate heldOn,

            @NotEmpty
            @Size(max = 50)
            @Schema(required = true, maxItems = 50, description = "Participating party organisations")
            Set<@NotNull UUID> organisationIds,

            @Size(max = 1000)
            @Schema(maxLength = 1000, description = "Short notes; never anything that identifies a child")
            String notes) {}
}
