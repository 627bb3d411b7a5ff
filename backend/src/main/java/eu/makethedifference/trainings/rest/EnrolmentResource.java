package eu.makethedifference.trainings.rest;

import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.trainings.service.CertificateService;
import eu.makethedifference.trainings.service.EnrolmentService;
import eu.makethedifference.trainings.service.EvaluationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/enrolments")
@Tag(name = "Trainings", description = "Joint seminars, mentor preparation and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
public class EnrolmentResource {
    @Inject
    EnrolmentService enrolments;

    @Inject
    EvaluationService evaluation;

    @Inject
    CertificateService certificates;

    @Inject
    TrainingViews views;

    @Inject
    CallerContext caller;

    @GET
    @Operation(
            summary = "List my enrolments",
            description = "With state, waiting-list place, certificate code and test scores; newest first.")
    @APIResponse(
            responseCode = "200",
            description = "My enrolments",
            content = @Content(schema = @Schema(implementation = TrainingDtos.EnrolmentList.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.TRAININGS_READ)
    public TrainingDtos.EnrolmentList listMyEnrolments() {
        return new TrainingDtos.EnrolmentList(views.enrolments(enrolments.mine(caller.require())));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read an enrolment",
            description = "The participant, and the training's coordinators and trainers.")
    @APIResponse(
            responseCode = "200",
            description = "The enrolment",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Enrolment.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.TRAININGS_READ)
    public TrainingDtos.Enrolment getEnrolment(@PathParam("id") UUID id) {
        return views.enrolment(enrolments.get(caller.require(), id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(
            summary = "Approve a request",
            description = "A seat if one is free within the balance rule, the waiting list otherwise.")
    @APIResponse(
            responseCode = "200",
            description = "CONFIRMED or WAITLISTED",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Enrolment.class)))
    @APIResponse(responseCode = "409", description = "Not a request (illegal_transition) or training closed")
    public TrainingDtos.Enrolment approveEnrolment(@PathParam("id") UUID id) {
        return views.enrolment(enrolments.approve(caller.require(), id));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Decline a request or a place on the waiting list")
    @APIResponse(
            responseCode = "200",
            description = "DECLINED",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Enrolment.class)))
    @APIResponse(responseCode = "409", description = "Not a request or waiting (illegal_transition)")
    public TrainingDtos.Enrolment declineEnrolment(
            @PathParam("id") UUID id, @NotNull @Valid TrainingDtos.ReasonRequest r) {
        return views.enrolment(enrolments.decline(caller.require(), id, r.reason()));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(
            summary = "Cancel an enrolment",
            description = "The participant or a coordinator. A freed seat goes to the first person on the waiting"
                    + " list whose help system keeps the balance rule; they are told.")
    @APIResponse(
            responseCode = "200",
            description = "CANCELLED",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Enrolment.class)))
    @APIResponse(responseCode = "409", description = "Already settled (illegal_transition) or training closed")
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.TRAININGS_WRITE)
    public TrainingDtos.Enrolment cancelEnrolment(@PathParam("id") UUID id, @Valid TrainingDtos.CancelRequest r) {
        return views.enrolment(enrolments.cancel(caller.require(), id, r == null ? null : r.reason()));
    }

    @GET
    @Path("/{id}/certificate")
    @Produces("application/pdf")
    @Operation(summary = "Download the certificate", description = "The participant and the region's coordinators.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20000000)))
    @APIResponse(responseCode = "404", description = "No such enrolment, or no certificate (no_certificate)")
    @APIResponse(responseCode = "409", description = "The certificate was revoked (certificate_revoked)")
    public RestResponse<byte[]> downloadCertificate(@PathParam("id") UUID id) {
        Caller c = caller.require();
        byte[] pdf = certificates.pdf(c, id);
        return RestResponse.ResponseBuilder.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{id}/test-results")
    @Operation(
            summary = "Submit my knowledge test",
            description = "PRE until the training is completed, POST once it has started; each once, every"
                    + " question answered once.")
    @APIResponse(
            responseCode = "200",
            description = "My score",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Score.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already submitted (already_submitted), not open (test_not_open), no test"
                    + " (no_knowledge_test) or no seat (not_confirmed)")
    public TrainingDtos.Score submitTest(@PathParam("id") UUID id, @NotNull @Valid TrainingDtos.TestRequest r) {
        return TrainingViews.score(evaluation.submitTest(
                caller.require(),
                id,
                r.phase(),
                r.answers().stream()
                        .map(a -> new EvaluationService.Answer(a.questionId(), a.option()))
                        .toList()));
    }

    @POST
    @Path("/{id}/survey")
    @Operation(summary = "Submit my satisfaction survey", description = "Once, from the first session on.")
    @APIResponse(responseCode = "204", description = "Submitted")
    @APIResponse(
            responseCode = "409",
            description =
                    "Already submitted (already_submitted), not open (survey_not_open) or no seat (not_confirmed)")
    public void submitSurvey(@PathParam("id") UUID id, @NotNull @Valid TrainingDtos.SurveyRequest r) {
        evaluation.submitSurvey(
                caller.require(),
                id,
                new EvaluationService.SurveyData(
                        r.overall(), r.content(), r.trainers(), r.organisation(), r.comment()));
    }
}
