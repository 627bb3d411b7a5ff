package eu.makethedifference.trainings.rest;

import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.trainings.EnrolmentState;
import eu.makethedifference.trainings.TrainingKind;
import eu.makethedifference.trainings.TrainingStatus;
import eu.makethedifference.trainings.service.EvaluationService.Phase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the trainings API. */
public final class TrainingDtos {
    private TrainingDtos() {}

    // ---------------------------------------------------------------- modules

    @Schema(name = "TrainingQuestionRequest", description = "A multiple-choice question of a module's knowledge test")
    public record QuestionRequest(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000)
            String text,

            @NotNull @Size(min = 2, max = 8) @Schema(required = true, minItems = 2, maxItems = 8)
            List<@NotBlank @Size(max = 300) String> options,

            @Min(0)
            @Max(7)
            @Schema(
                    required = true,
                    minimum = "0",
                    maximum = "7",
                    format = "int32",
                    description = "Index of the right option")
            int correctOption) {}

    @Schema(name = "TrainingModuleRequest")
    public record ModuleRequest(
            @Schema(description = "The module's region; only on creation (a module stays in its region)")
            UUID regionId,

            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String title,

            @Size(max = 4000) @Schema(maxLength = 4000, description = "Learning objectives")
            String objectives,

            @Min(1) @Max(6000) @Schema(required = true, minimum = "1", maximum = "6000", format = "int32")
            int durationMinutes,

            @Schema(description = "Archived modules are kept for past trainings but not offered for new ones")
            boolean archived,

            @Size(max = 50) @Schema(maxItems = 50) List<@Valid @NotNull QuestionRequest> questions) {}

    @Schema(name = "TrainingQuestion")
    public record Question(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 1000) String text,
            @Schema(required = true, maxItems = 8) List<@Size(max = 300) String> options,

            @Schema(
                    minimum = "0",
                    maximum = "7",
                    format = "int32",
                    description = "Index of the right option; only in the module editor, never in the test")
            Integer correctOption) {}

    @Schema(name = "TrainingModule", description = "A module of a region's training concept")
    public record Module(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(required = true, maxLength = 4000) String objectives,

            @Schema(required = true, minimum = "1", maximum = "6000", format = "int32")
            int durationMinutes,

            @Schema(required = true) boolean archived,
            @Schema(required = true, maxItems = 50) List<Question> questions,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "TrainingModuleList")
    public record ModuleList(
            @Schema(required = true, maxItems = 1000) List<Module> items) {}

    // ---------------------------------------------------------------- trainings

    @Schema(name = "TrainingSessionRequest", description = "A session; with the id of an existing one to change it")
    public record SessionRequest(
            UUID id,
            @NotNull @Schema(required = true) Instant startsAt,
            @NotNull @Schema(required = true) Instant endsAt,

            @Size(max = 300) @Schema(maxLength = 300, description = "Venue; a venue or an online link is needed")
            String venue,

            @Size(max = 500) @Pattern(regexp = "^https://\\S+$") @Schema(maxLength = 500, pattern = "^https://\\S+$")
            String onlineUrl) {}

    @Schema(name = "TrainingRequest")
    public record TrainingRequest(
            @Schema(description = "Only on creation; defaults to the coordinator's only region")
            UUID regionId,

            @Schema(description = "Only on creation, and required then")
            TrainingKind kind,

            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
            String title,

            @Size(max = 4000) @Schema(maxLength = 4000) String description,

            @NotNull @Pattern(regexp = "^[a-z]{2}$") @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 2)
            String language,

            @Min(1) @Max(1000) @Schema(required = true, minimum = "1", maximum = "1000", format = "int32")
            int capacity,

            @NotNull @Schema(required = true, description = "Not after the first session starts")
            Instant enrolmentDeadline,

            @Min(1)
            @Max(100)
            @Schema(
                    minimum = "1",
                    maximum = "100",
                    format = "int32",
                    description =
                            "Joint seminars only: at most this share of the capacity from one help system (default 60)")
            Integer balanceMaxPercent,

            @Schema(description = "Requests wait for a coordinator's approval")
            boolean requiresApproval,

            @Min(1)
            @Max(50)
            @Schema(
                    minimum = "1",
                    maximum = "50",
                    format = "int32",
                    description = "Sessions a participant must attend for a certificate; all sessions when absent")
            Integer minSessionsAttended,

            @NotNull @Size(max = 30) @Schema(required = true, maxItems = 30, description = "The programme, in order")
            List<@NotNull UUID> moduleIds,

            @NotNull @Size(max = 20) @Schema(required = true, maxItems = 20)
            List<@NotNull UUID> trainerIds,

            @NotNull @Size(min = 1, max = 50) @Schema(required = true, minItems = 1, maxItems = 50)
            List<@Valid @NotNull SessionRequest> sessions) {}

    @Schema(name = "TrainingReasonRequest")
    public record ReasonRequest(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000)
            String reason) {}

    @Schema(name = "TrainingSession")
    public record Session(
            @Schema(required = true) UUID id,
            @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt,
            @Schema(maxLength = 300) String venue,
            @Schema(maxLength = 500) String onlineUrl) {}

    @Schema(name = "TrainingProgrammeModule")
    public record ProgrammeModule(
            @Schema(required = true) UUID moduleId,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(required = true, maxLength = 4000) String objectives,

            @Schema(required = true, minimum = "1", maximum = "6000", format = "int32")
            int durationMinutes) {}

    @Schema(name = "TrainingTrainer")
    public record Trainer(
            @Schema(required = true) UUID userId,
            @Schema(required = true, maxLength = 200) String displayName) {}

    @Schema(name = "MyTrainingEnrolment", description = "The caller's own enrolment in the training")
    public record MyEnrolment(
            @Schema(required = true) UUID id,
            @Schema(required = true) EnrolmentState state,

            @Schema(minimum = "1", maximum = "1000000", format = "int32", description = "1 = next to get a seat")
            Integer waitlistPosition) {}

    @Schema(name = "TrainingSeatsByHelpSystem")
    public record SeatsByHelpSystem(
            @Schema(required = true) HelpSystem helpSystem,

            @Schema(required = true, minimum = "0", maximum = "1000", format = "int32")
            int seats) {}

    @Schema(name = "TrainingSummary", description = "A training in a list")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true) TrainingKind kind,
            @Schema(required = true) TrainingStatus status,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(required = true, maxLength = 8) String language,
            @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt,
            @Schema(required = true) Instant enrolmentDeadline,

            @Schema(required = true, minimum = "1", maximum = "1000", format = "int32")
            int capacity,

            @Schema(required = true, minimum = "0", maximum = "1000", format = "int32")
            int seatsLeft,

            @Schema(required = true, minimum = "0", maximum = "1000000", format = "int32")
            int waitlisted,

            MyEnrolment myEnrolment) {}

    @Schema(name = "TrainingPage")
    public record Page(
            @Schema(required = true, maxItems = 100) List<Summary> items,

            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long total,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int page,

            @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
            int size) {}

    @Schema(name = "Training")
    public record Detail(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID regionId,
            @Schema(required = true) TrainingKind kind,
            @Schema(required = true) TrainingStatus status,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(required = true, maxLength = 4000) String description,
            @Schema(required = true, maxLength = 8) String language,
            @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt,
            @Schema(required = true) Instant enrolmentDeadline,

            @Schema(required = true, minimum = "1", maximum = "1000", format = "int32")
            int capacity,

            @Schema(required = true, minimum = "0", maximum = "1000", format = "int32")
            int seatsLeft,

            @Schema(required = true, minimum = "0", maximum = "1000000", format = "int32")
            int waitlisted,

            @Schema(
                    required = true,
                    minimum = "0",
                    maximum = "1000000",
                    format = "int32",
                    description = "Requests awaiting approval")
            int requested,

            @Schema(minimum = "1", maximum = "100", format = "int32")
            Integer balanceMaxPercent,

            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "1000",
                    format = "int32",
                    description = "Seats one help system may hold (the capacity where there is no balance rule)")
            int maxSeatsPerHelpSystem,

            @Schema(required = true, maxItems = 6) List<SeatsByHelpSystem> seatsByHelpSystem,
            @Schema(required = true) boolean requiresApproval,

            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "50",
                    format = "int32",
                    description = "Sessions to attend for a certificate")
            int sessionsRequired,

            @Schema(maxLength = 1000, description = "Why it was cancelled")
            String statusReason,

            @Schema(required = true, maxItems = 50) List<Session> sessions,
            @Schema(required = true, maxItems = 30) List<ProgrammeModule> programme,
            @Schema(required = true, maxItems = 20) List<Trainer> trainers,

            @Schema(required = true, description = "The programme has knowledge-test questions")
            boolean hasKnowledgeTest,

            MyEnrolment myEnrolment,

            @Schema(required = true, description = "The caller runs this training (coordinator)")
            boolean canManage,

            @Schema(required = true, description = "The caller is one of its trainers")
            boolean isTrainer,

            @Schema(required = true) Instant updatedAt) {}

    // ---------------------------------------------------------------- enrolments

    @Schema(name = "EnrolmentRequest")
    public record EnrolRequest(
            @Schema(description = "Coordinators: the person to enrol; absent to enrol oneself")
            UUID userId) {}

    @Schema(name = "EnrolmentCancelRequest")
    public record CancelRequest(
            @Size(max = 1000) @Schema(maxLength = 1000) String reason) {}

    @Schema(name = "TestScore")
    public record Score(
            @Schema(required = true) Phase phase,

            @Schema(required = true, minimum = "0", maximum = "1500", format = "int32")
            int correct,

            @Schema(required = true, minimum = "1", maximum = "1500", format = "int32")
            int total,

            @Schema(required = true, minimum = "0", maximum = "100", format = "int32")
            int percent) {}

    @Schema(name = "EnrolmentTraining")
    public record TrainingRef(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(required = true) TrainingKind kind,
            @Schema(required = true) TrainingStatus status,
            @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt) {}

    @Schema(name = "Enrolment", description = "One person's place in a training, as they see it")
    public record Enrolment(
            @Schema(required = true) UUID id,
            @Schema(required = true) TrainingRef training,
            @Schema(required = true) UUID userId,
            @Schema(required = true) EnrolmentState state,

            @Schema(minimum = "1", maximum = "1000000", format = "int32")
            Integer waitlistPosition,

            @Schema(maxLength = 1000) String stateReason,
            @Schema(required = true) Instant requestedAt,
            @Schema(required = true) Instant changedAt,

            @Schema(maxLength = 20, description = "Verification code of a valid certificate")
            String certificateCode,

            @Schema(required = true) boolean certificateRevoked,
            Score preTest,
            Score postTest,
            @Schema(required = true) boolean surveySubmitted) {}

    @Schema(name = "EnrolmentList")
    public record EnrolmentList(
            @Schema(required = true, maxItems = 10000) List<Enrolment> items) {}

    @Schema(name = "TrainingParticipant", description = "An enrolment as coordinators and trainers see it")
    public record Participant(
            @Schema(required = true) UUID enrolmentId,
            @Schema(required = true) UUID userId,
            @Schema(required = true, maxLength = 200) String displayName,
            @Schema(maxLength = 200) String organisationName,
            HelpSystem helpSystem,
            @Schema(required = true) EnrolmentState state,

            @Schema(minimum = "1", maximum = "1000000", format = "int32")
            Integer waitlistPosition,

            @Schema(required = true) Instant requestedAt,
            @Schema(maxLength = 1000) String stateReason,
            @Schema(maxLength = 20) String certificateCode) {}

    @Schema(name = "TrainingParticipantList")
    public record ParticipantList(
            @Schema(required = true, maxItems = 10000) List<Participant> items) {}

    @Schema(name = "AttendanceRequest")
    public record AttendanceRequest(
            @NotNull @Schema(required = true) Boolean present) {}

    @Schema(name = "AttendanceRow")
    public record AttendanceRow(
            @Schema(required = true) UUID enrolmentId,
            @Schema(required = true, maxLength = 200) String displayName,
            @Schema(maxLength = 200) String organisationName,
            @Schema(required = true) EnrolmentState state,
            @Schema(description = "Absent until recorded") Boolean present) {}

    @Schema(name = "AttendanceSheet")
    public record AttendanceSheet(
            @Schema(required = true) Session session,
            @Schema(required = true, maxItems = 1000) List<AttendanceRow> rows) {}

    // ---------------------------------------------------------------- evaluation

    @Schema(name = "KnowledgeTest")
    public record KnowledgeTest(
            @Schema(required = true, maxItems = 1500) List<Question> questions) {}

    @Schema(name = "TestAnswer")
    public record AnswerRequest(
            @NotNull @Schema(required = true) UUID questionId,

            @Min(0) @Max(7) @Schema(required = true, minimum = "0", maximum = "7", format = "int32")
            int option) {}

    @Schema(name = "TestSubmission")
    public record TestRequest(
            @NotNull @Schema(required = true) Phase phase,

            @NotNull @Size(min = 1, max = 1500) @Schema(required = true, minItems = 1, maxItems = 1500)
            List<@Valid @NotNull AnswerRequest> answers) {}

    @Schema(name = "SurveySubmission", description = "Ratings from 1 (poor) to 5 (excellent)")
    public record SurveyRequest(
            @Min(1) @Max(5) @Schema(required = true, minimum = "1", maximum = "5", format = "int32")
            int overall,

            @Min(1) @Max(5) @Schema(required = true, minimum = "1", maximum = "5", format = "int32")
            int content,

            @Min(1) @Max(5) @Schema(required = true, minimum = "1", maximum = "5", format = "int32")
            int trainers,

            @Min(1) @Max(5) @Schema(required = true, minimum = "1", maximum = "5", format = "int32")
            int organisation,

            @Size(max = 2000) @Schema(maxLength = 2000) String comment) {}

    @Schema(name = "AverageScore")
    public record Average(
            @Schema(required = true, minimum = "0", maximum = "1000000", format = "int64", description = "How many")
            long count,

            @Schema(description = "Average in percent (learning gain: percentage points); absent without responses")
            BigDecimal average) {}

    @Schema(
            name = "TrainingResults",
            description = "Aggregates only. Learning gain: average of post-test minus pre-test score over participants"
                    + " who took both.")
    public record Results(
            @Schema(required = true, minimum = "0", maximum = "1000", format = "int64")
            long seated,

            @Schema(required = true, minimum = "0", maximum = "1000", format = "int64")
            long attended,

            @Schema(required = true, minimum = "0", maximum = "1000", format = "int64")
            long certificates,

            @Schema(required = true) Average preTest,
            @Schema(required = true) Average postTest,
            @Schema(required = true) Average learningGain,

            @Schema(required = true, minimum = "0", maximum = "1000", format = "int64")
            long surveyResponses,

            @Schema(description = "Average rating 1–5") BigDecimal overall,
            @Schema(description = "Average rating 1–5") BigDecimal content,
            @Schema(description = "Average rating 1–5") BigDecimal trainers,
            @Schema(description = "Average rating 1–5") BigDecimal organisation,

            @Schema(
                    required = true,
                    maxItems = 1000,
                    description = "Free-text comments, unattributed; coordinators only")
            List<@Size(max = 2000) String> comments) {}

    @Schema(name = "CertificateVerification", description = "Whether a certificate code is valid, and for whom")
    public record Verification(
            @Schema(required = true, maxLength = 20) String code,
            @Schema(required = true) boolean valid,
            @Schema(required = true, maxLength = 200) String participantName,
            @Schema(required = true, maxLength = 200) String trainingTitle,
            @Schema(required = true) TrainingKind trainingKind,
            @Schema(required = true) Instant completedAt,
            Instant revokedAt) {}
}
