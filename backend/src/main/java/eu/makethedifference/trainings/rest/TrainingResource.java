package eu.makethedifference.trainings.rest;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.trainings.Enrolment;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingKind;
import eu.makethedifference.trainings.TrainingSession;
import eu.makethedifference.trainings.TrainingStatus;
import eu.makethedifference.trainings.rest.TrainingDtos.Detail;
import eu.makethedifference.trainings.rest.TrainingDtos.TrainingRequest;
import eu.makethedifference.trainings.service.EnrolmentService;
import eu.makethedifference.trainings.service.EvaluationService;
import eu.makethedifference.trainings.service.TrainingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/trainings")
@Tag(name = "Trainings", description = "Joint seminars, mentor preparation and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
public class TrainingResource {
    static final String ETAG_PATTERN = "^(W/)?\"[0-9]+\"$";

    @Inject
    TrainingService service;

    @Inject
    EnrolmentService enrolments;

    @Inject
    EvaluationService evaluation;

    @Inject
    TrainingViews views;

    @Inject
    CallerContext caller;

    @GET
    @Operation(
            summary = "List trainings",
            description = "Coordinators: all trainings of their regions. Professionals and mentors: published"
                    + " trainings of their regions for their audience, and those they train or are enrolled in.")
    @APIResponse(
            responseCode = "200",
            description = "One page of trainings",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Page.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.TRAININGS_READ)
    public TrainingDtos.Page listTrainings(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "startsAt or title; prefix - for descending",
                            schema =
                                    @Schema(type = SchemaType.STRING, pattern = "^-?(startsAt|title)$", maxLength = 20))
                    String sort,
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("kind") @Parameter(description = "Only this kind") TrainingKind kind,
            @QueryParam("status") @Parameter(description = "Only this status") TrainingStatus status,
            @QueryParam("language")
                    @Pattern(regexp = "^[a-z]{2}$")
                    @Parameter(
                            description = "Only trainings held in this language",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2}$", maxLength = 2))
                    String language,
            @QueryParam("from") @Parameter(description = "Only trainings ending at or after this instant") Instant from,
            @QueryParam("to") @Parameter(description = "Only trainings starting before this instant") Instant to,
            @QueryParam("mine") @Parameter(description = "Only trainings I train or am enrolled in") boolean mine) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, TrainingService.SORTS, "startsAt");
        Caller c = caller.require();
        TrainingService.Result result =
                service.list(c, new TrainingService.Filter(regionId, kind, status, language, from, to, mine), paging);
        return new TrainingDtos.Page(
                views.summaries(c, result.items()), result.total(), pageParams.page, pageParams.size);
    }

    @POST
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Plan a training", description = "It starts as a draft only coordinators see.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @Idempotent
    public RestResponse<Detail> createTraining(@NotNull @Valid TrainingRequest r) {
        Caller c = caller.require();
        if (r.kind() == null) {
            throw ApiException.invalidField("kind", "is required");
        }
        UUID region = r.regionId();
        if (region == null && c.regionIds().size() == 1) {
            region = c.regionIds().iterator().next();
        }
        Training t = service.create(c, region, r.kind(), data(r));
        return Etags.created(views.detail(c, t), "/api/v1/trainings/" + t.id, t.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a training", description = "With its sessions, programme, trainers and seats left.")
    @APIResponse(
            responseCode = "200",
            description = "The training",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.TRAININGS_READ)
    public RestResponse<Detail> getTraining(@PathParam("id") UUID id) {
        Caller c = caller.require();
        Training t = service.get(c, id);
        return Etags.ok(views.detail(c, t), t.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(
            summary = "Change a training",
            description = "While draft or published. Sessions with an id are changed, new ones added, missing ones"
                    + " removed (not once attendance was taken). More capacity fills seats from the waiting list.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Closed training (training_closed), capacity below confirmed seats (capacity_below_confirmed)"
                    + " or a session with attendance removed (session_has_attendance)")
    public RestResponse<Detail> updateTraining(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the training",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid TrainingRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        Training existing = service.get(c, id);
        if (r.kind() != null && r.kind() != existing.kind) {
            throw ApiException.invalidField("kind", "the kind of a training cannot change");
        }
        if (r.regionId() != null && !r.regionId().equals(existing.regionId)) {
            throw ApiException.invalidField("regionId", "a training stays in its region");
        }
        Training t = service.update(c, id, version, data(r));
        return Etags.ok(views.detail(c, t), t.version);
    }

    private static TrainingService.TrainingData data(TrainingRequest r) {
        return new TrainingService.TrainingData(
                r.title(),
                r.description(),
                r.language(),
                r.capacity(),
                r.enrolmentDeadline(),
                r.balanceMaxPercent(),
                r.requiresApproval(),
                r.minSessionsAttended(),
                r.moduleIds(),
                r.trainerIds(),
                r.sessions().stream()
                        .map(s -> new TrainingService.SessionData(
                                s.id(), s.startsAt(), s.endsAt(), s.venue(), s.onlineUrl()))
                        .toList());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Publish a draft", description = "Opens it for enrolment by its audience in the region.")
    @APIResponse(
            responseCode = "200",
            description = "Published",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Not a draft (illegal_transition)")
    public Detail publishTraining(@PathParam("id") UUID id) {
        Caller c = caller.require();
        return views.detail(c, service.publish(c, id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Cancel a training", description = "Every open enrolment is cancelled and told.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Already completed or cancelled (training_closed)")
    public Detail cancelTraining(@PathParam("id") UUID id, @NotNull @Valid TrainingDtos.ReasonRequest r) {
        Caller c = caller.require();
        return views.detail(c, service.cancel(c, id, r.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Complete a training that has taken place",
            description = "Coordinators and trainers, once the last session has started. Participants who meet the"
                    + " attendance rule become ATTENDED and get a certificate; other confirmed ones NO_SHOW;"
                    + " requests and the waiting list are declined.")
    @APIResponse(
            responseCode = "200",
            description = "Completed",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not published (illegal_transition) or the last session has not started (training_not_held)")
    public Detail completeTraining(@PathParam("id") UUID id) {
        Caller c = caller.require();
        return views.detail(c, service.complete(c, id));
    }

    // ---------------------------------------------------------------- enrolments

    @GET
    @Path("/{id}/enrolments")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "List the people enrolled",
            description = "Coordinators and trainers only; names are not shown to other participants.")
    @APIResponse(
            responseCode = "200",
            description = "Enrolments in arrival order",
            content = @Content(schema = @Schema(implementation = TrainingDtos.ParticipantList.class)))
    public TrainingDtos.ParticipantList listTrainingEnrolments(@PathParam("id") UUID id) {
        return new TrainingDtos.ParticipantList(views.participants(enrolments.ofTraining(caller.require(), id)));
    }

    @POST
    @Path("/{id}/enrolments")
    @Operation(
            summary = "Enrol",
            description = "Oneself (professionals in joint seminars, mentors in volunteer trainings) until the"
                    + " deadline, or, for coordinators, someone of the audience at any time while the training is"
                    + " open. The answer says whether a seat was confirmed or the person is on the waiting list.")
    @APIResponse(
            responseCode = "201",
            description = "Enrolled: CONFIRMED, WAITLISTED or REQUESTED",
            headers =
                    @Header(
                            name = "Location",
                            schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200)),
            content = @Content(schema = @Schema(implementation = TrainingDtos.Enrolment.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not open (training_not_open), deadline passed (enrolment_closed) or already enrolled"
                    + " (already_enrolled)")
    @APIResponse(responseCode = "422", description = "The person is not in the training's audience (wrong_audience)")
    @Idempotent
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.TRAININGS_WRITE)
    public RestResponse<TrainingDtos.Enrolment> enrolInTraining(
            @PathParam("id") UUID id, @Valid TrainingDtos.EnrolRequest r) {
        Enrolment e = enrolments.enrol(caller.require(), id, r == null ? null : r.userId());
        return RestResponse.ResponseBuilder.<TrainingDtos.Enrolment>created(
                        java.net.URI.create("/api/v1/enrolments/" + e.id))
                .entity(views.enrolment(e))
                .build();
    }

    // ---------------------------------------------------------------- attendance

    @GET
    @Path("/{id}/sessions/{sessionId}/attendance")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Read the attendance sheet of a session", description = "Coordinators and trainers.")
    @APIResponse(
            responseCode = "200",
            description = "Participants with a seat and their tick",
            content = @Content(schema = @Schema(implementation = TrainingDtos.AttendanceSheet.class)))
    public TrainingDtos.AttendanceSheet getAttendanceSheet(
            @PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        var rows = enrolments.attendance(caller.require(), id, sessionId);
        TrainingSession s = TrainingSession.findById(sessionId);
        return new TrainingDtos.AttendanceSheet(TrainingViews.session(s), views.attendance(rows));
    }

    @PUT
    @Path("/{id}/sessions/{sessionId}/attendance/{enrolmentId}")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Tick a participant present or absent",
            description = "Coordinators and trainers, while the training is published; repeating it is harmless.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = TrainingDtos.AttendanceRow.class)))
    @APIResponse(
            responseCode = "409",
            description = "Training not running (training_closed) or the person has no seat (not_confirmed)")
    public TrainingDtos.AttendanceRow recordAttendance(
            @PathParam("id") UUID id,
            @PathParam("sessionId") UUID sessionId,
            @PathParam("enrolmentId") UUID enrolmentId,
            @NotNull @Valid TrainingDtos.AttendanceRequest r) {
        var row = enrolments.recordAttendance(caller.require(), id, sessionId, enrolmentId, r.present());
        return views.attendance(java.util.List.of(row)).get(0);
    }

    // ---------------------------------------------------------------- evaluation

    @GET
    @Path("/{id}/knowledge-test")
    @Operation(
            summary = "Read the knowledge test",
            description = "The questions of the programme's modules, without the answers.")
    @APIResponse(
            responseCode = "200",
            description = "The questions",
            content = @Content(schema = @Schema(implementation = TrainingDtos.KnowledgeTest.class)))
    public TrainingDtos.KnowledgeTest getKnowledgeTest(@PathParam("id") UUID id) {
        return new TrainingDtos.KnowledgeTest(evaluation.questions(caller.require(), id).stream()
                .map(q -> new TrainingDtos.Question(q.id(), q.text(), q.options(), null))
                .toList());
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Read the evaluation results",
            description = "Coordinators and trainers: averages only; comments for coordinators.")
    @APIResponse(
            responseCode = "200",
            description = "The results",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Results.class)))
    public TrainingDtos.Results getTrainingResults(@PathParam("id") UUID id) {
        var r = evaluation.results(caller.require(), id);
        return new TrainingDtos.Results(
                r.seated(),
                r.attended(),
                r.certificates(),
                average(r.preTest()),
                average(r.postTest()),
                average(r.learningGain()),
                r.surveyResponses(),
                r.overall(),
                r.content(),
                r.trainers(),
                r.organisation(),
                r.comments());
    }

    private static TrainingDtos.Average average(EvaluationService.Average a) {
        return new TrainingDtos.Average(a.responses(), a.average());
    }
}
