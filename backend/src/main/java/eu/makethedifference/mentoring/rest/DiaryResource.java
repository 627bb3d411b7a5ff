package eu.makethedifference.mentoring.rest;

import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.service.DiaryService;
import eu.makethedifference.mentoring.service.MatchService;
import eu.makethedifference.mentoring.service.VolunteerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The mentor's home and diary, coordinators' feedback and the safeguarding queue. */
@Path("/api/v1")
@Tag(name = "Mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiaryResource {
    @Inject
    DiaryService diary;

    @Inject
    MatchService matches;

    @Inject
    VolunteerService volunteers;

    @Inject
    CallerContext caller;

    @Schema(name = "MentorHome", description = "A mentor's own application and match")
    public record MentorHome(
            @Schema(description = "The mentor's application and screening")
            VolunteerService.Volunteer volunteer,

            @Schema(description = "The open match, with the child as far as a mentor may see it")
            MatchService.MentorMatch match) {}

    @GET
    @Path("/mentoring/me")
    @RolesAllowed(Role.MENTOR_NAME)
    @Transactional
    @Operation(
            summary = "The mentor's home: own application and match",
            description =
                    "The child appears with first name, age, languages, interests and availability only. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The mentor's home",
            content = @Content(schema = @Schema(implementation = MentorHome.class)))
    public MentorHome getMentorHome() {
        var me = caller.require();
        return new MentorHome(
                volunteers.ofUser(me.userId()).orElse(null),
                matches.mentorMatch(me).orElse(null));
    }

    @GET
    @Path("/matches/{id}/diary")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Transactional
    @Operation(
            summary = "Read a match's diary",
            description = "Its mentor and the region's coordinators; 404 for others. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Entries, newest first, with feedback",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = DiaryService.Entry.class,
                                            maxItems = 1000)))
    public List<DiaryService.Entry> listDiaryEntries(@PathParam("id") UUID matchId) {
        return diary.diary(caller.require(), matchId);
    }

    @POST
    @Path("/matches/{id}/diary")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(
            summary = "Log a meeting",
            description =
                    "The match's mentor, for an active match (409 match_not_active). A concern raises a safeguarding"
                            + " alert for the coordinators at once.")
    @APIResponse(
            responseCode = "201",
            description = "The entry",
            content = @Content(schema = @Schema(implementation = DiaryService.Entry.class)))
    @APIResponse(responseCode = "409", description = "The match is not active (match_not_active)")
    @Idempotent
    public RestResponse<DiaryService.Entry> createDiaryEntry(
            @PathParam("id") UUID matchId, @NotNull @Valid MentoringRequests.Entry request) {
        DiaryService.Entry e = diary.log(caller.require(), matchId, request.toData());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, e)
                .build();
    }

    @POST
    @Path("/diary-entries/{id}/feedback")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(
            summary = "Answer a diary entry",
            description = "The mentor sees the feedback under the entry and is notified.")
    @APIResponse(
            responseCode = "201",
            description = "The entry with its feedback",
            content = @Content(schema = @Schema(implementation = DiaryService.Entry.class)))
    @Idempotent
    public RestResponse<DiaryService.Entry> createDiaryFeedback(
            @PathParam("id") UUID entryId, @NotNull @Valid MentoringRequests.Feedback request) {
        DiaryService.Entry e = diary.feedback(caller.require(), entryId, request.text());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, e)
                .build();
    }

    @GET
    @Path("/safeguarding-alerts")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Transactional
    @Operation(
            summary = "The safeguarding queue",
            description = "Concerns from diaries in the caller's regions, open first. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "Alerts (at most 200)",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = DiaryService.Alert.class,
                                            maxItems = 200)))
    public List<DiaryService.Alert> listSafeguardingAlerts(
            @QueryParam("open") @Parameter(description = "Only open (true) or decided (false) alerts") Boolean open) {
        return diary.alerts(caller.require(), open);
    }

    @POST
    @Path("/safeguarding-alerts/{id}/decision")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Decide on a concern", description = "Once, with a reason (409 alert_decided).")
    @APIResponse(
            responseCode = "200",
            description = "The decided alert",
            content = @Content(schema = @Schema(implementation = DiaryService.Alert.class)))
    @APIResponse(responseCode = "409", description = "Decided already (alert_decided)")
    public DiaryService.Alert decideSafeguardingAlert(
            @PathParam("id") UUID id, @NotNull @Valid MentoringRequests.Decision request) {
        return diary.decide(caller.require(), id, request.decision(), request.reason());
    }
}
