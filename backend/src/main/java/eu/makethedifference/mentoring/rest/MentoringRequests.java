package eu.makethedifference.mentoring.rest;

import eu.makethedifference.common.rest.LanguageCode;
import eu.makethedifference.mentoring.Activity;
import eu.makethedifference.mentoring.AlertDecision;
import eu.makethedifference.mentoring.CloseReason;
import eu.makethedifference.mentoring.Interest;
import eu.makethedifference.mentoring.Mood;
import eu.makethedifference.mentoring.Party;
import eu.makethedifference.mentoring.ScreeningStep;
import eu.makethedifference.mentoring.Slot;
import eu.makethedifference.mentoring.service.ChildService;
import eu.makethedifference.mentoring.service.DiaryService;
import eu.makethedifference.mentoring.service.VolunteerService;
import eu.makethedifference.referrals.Gender;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the mentoring programme: exactly the fields a client may set. */
public final class MentoringRequests {
    private MentoringRequests() {}

    @Schema(name = "VolunteerApplication", description = "The public application form of a volunteer")
    public record Application(
            @NotNull @Schema(required = true, description = "The region applied to")
            UUID regionId,

            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String firstName,

            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String lastName,

            @NotBlank @Email @Size(max = 254) @Schema(required = true, maxLength = 254, format = "email")
            String email,

            @NotBlank
            @Size(max = 40)
            @Pattern(regexp = "^[+0-9 ()/-]{5,40}$")
            @Schema(required = true, maxLength = 40, pattern = "^[+0-9 ()/-]{5,40}$")
            String phone,

            @NotNull @Schema(required = true) LocalDate birthDate,

            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String studyProgramme,

            @NotEmpty
            @Size(max = 12)
            @Schema(
                    required = true,
                    type = SchemaType.ARRAY,
                    implementation = LanguageCode.class,
                    minItems = 1,
                    maxItems = 12)
            List<@NotNull @Pattern(regexp = LanguageCode.PATTERN) String> languages,

            @NotBlank
            @Size(max = 100)
            @Schema(required = true, maxLength = 100, description = "One of the region's municipalities")
            String municipality,

            @NotEmpty @Size(max = 21) @Schema(required = true, minItems = 1, maxItems = 21)
            List<@NotNull Slot> availability,

            @Size(max = 12) @Schema(maxItems = 12) List<@NotNull Interest> interests,
            @NotNull @Schema(required = true) Gender gender,

            @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000)
            String motivation,

            @NotNull @Schema(required = true, description = "Consent to the processing of the data for the programme")
            Boolean consent) {
        VolunteerService.Application toData() {
            return new VolunteerService.Application(
                    regionId,
                    firstName,
                    lastName,
                    email,
                    phone,
                    birthDate,
                    studyProgramme,
                    languages,
                    municipality,
                    availability,
                    interests == null ? List.of() : interests,
                    gender,
                    motivation,
                    consent);
        }
    }

    @Schema(name = "ScreeningStepRequest", description = "Records one screening step")
    public record Step(
            @NotNull @Schema(required = true) ScreeningStep step,
            @Size(max = 1000) @Schema(maxLength = 1000) String note,

            @Schema(description = "Required for CERTIFICATE: the certificate's issue date")
            LocalDate certificateIssuedOn) {}

    @Schema(name = "ReasonRequest", description = "A decision with its reason")
    public record Reason(
            @Size(max = 1000) @Schema(maxLength = 1000) String reason) {}

    @Schema(name = "RequiredReasonRequest", description = "A decision that needs its reason")
    public record RequiredReason(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000)
            String reason) {}

    @Schema(name = "ChildProfileRequest", description = "What matching needs to know about a child")
    public record ChildProfile(
            @NotNull @Schema(required = true) UUID regionId,

            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String firstName,

            @NotNull
            @Min(1990)
            @Max(2100)
            @Schema(required = true, format = "int32", minimum = "1990", maximum = "2100")
            Integer birthYear,

            @NotNull @Min(1) @Max(12) @Schema(required = true, format = "int32", minimum = "1", maximum = "12")
            Integer birthMonth,

            @NotNull @Schema(required = true) Gender gender,

            @NotEmpty
            @Size(max = 12)
            @Schema(
                    required = true,
                    type = SchemaType.ARRAY,
                    implementation = LanguageCode.class,
                    minItems = 1,
                    maxItems = 12)
            List<@NotNull @Pattern(regexp = LanguageCode.PATTERN) String> languages,

            @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100)
            String municipality,

            @NotEmpty @Size(max = 21) @Schema(required = true, minItems = 1, maxItems = 21)
            List<@NotNull Slot> availability,

            @Size(max = 12) @Schema(maxItems = 12) List<@NotNull Interest> interests,

            @Schema(description = "The family's wish for the mentor's gender (FEMALE, MALE or DIVERSE)")
            Gender preferredMentorGender) {
        ChildService.ProfileData toData() {
            return new ChildService.ProfileData(
                    regionId,
                    firstName,
                    birthYear,
                    birthMonth,
                    gender,
                    languages,
                    municipality,
                    availability,
                    interests == null ? List.of() : interests,
                    preferredMentorGender);
        }
    }

    @Schema(name = "MatchRequest", description = "Confirms a suggestion: proposes this mentor for this child")
    public record NewMatch(
            @NotNull @Schema(required = true) UUID childId,
            @NotNull @Schema(required = true) UUID volunteerId) {}

    @Schema(name = "MatchConsentRequest", description = "Whose consent to the proposed match is recorded")
    public record Consent(@NotNull @Schema(required = true) Party party) {}

    @Schema(name = "MatchStartRequest", description = "The day of the first meeting (today when absent)")
    public record Start(LocalDate startedOn) {}

    @Schema(name = "MatchCloseRequest", description = "Why the match ends, with a closing note")
    public record Close(
            @NotNull @Schema(required = true) CloseReason reason,

            @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000)
            String note) {}

    @Schema(name = "DiaryEntryRequest", description = "One meeting, logged by the mentor")
    public record Entry(
            @NotNull @Schema(required = true) LocalDate metOn,

            @NotNull @Min(15) @Max(600) @Schema(required = true, format = "int32", minimum = "15", maximum = "600")
            Integer durationMinutes,

            @Size(max = 13) @Schema(maxItems = 13) List<@NotNull Activity> activities,
            @Size(max = 500) @Schema(maxLength = 500) String activityNote,
            @NotNull @Schema(required = true) Mood mood,
            @Size(max = 2000) @Schema(maxLength = 2000) String note,

            @Schema(description = "A possible risk to the child: goes to the coordinator at once")
            Boolean concern,

            @Size(max = 2000) @Schema(maxLength = 2000, description = "Required with a concern")
            String concernText) {
        DiaryService.NewEntry toData() {
            return new DiaryService.NewEntry(
                    metOn,
                    durationMinutes,
                    activities == null ? List.of() : activities,
                    activityNote,
                    mood,
                    note,
                    Boolean.TRUE.equals(concern),
                    concernText);
        }
    }

    @Schema(name = "DiaryFeedbackRequest", description = "A coordinator's answer to a diary entry")
    public record Feedback(
            @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000)
            String text) {}

    @Schema(name = "SafeguardingDecisionRequest", description = "The decision on a concern and its reason")
    public record Decision(
            @NotNull @Schema(required = true) AlertDecision decision,

            @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000)
            String reason) {}
}
