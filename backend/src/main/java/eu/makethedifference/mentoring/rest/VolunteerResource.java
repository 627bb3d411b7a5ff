package eu.makethedifference.mentoring.rest;

import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.rest.RateLimited;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.ScreeningStep;
import eu.makethedifference.mentoring.VolunteerStatus;
import eu.makethedifference.mentoring.service.MentoringSettingsService;
import eu.makethedifference.mentoring.service.VolunteerService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Mentoring", description = "Volunteers, children's profiles, matching, matches and the diary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteerResource {
    @Inject
    VolunteerService service;

    @Inject
    MentoringSettingsService settings;

    @Inject
    CallerContext caller;

    @Schema(name = "ApplicationReceived")
    public record Received(
            @Schema(required = true, maxLength = 200) String message) {}

    @Schema(name = "VolunteerPage")
    public record Page(
            @Schema(required = true, maxItems = 100) List<VolunteerService.Summary> items,

            @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
            long total,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "100000")
            int page,

            @Schema(required = true, format = "int32", minimum = "1", maximum = "100")
            int size) {}

    @GET
    @Path("/volunteer-applications/regions")
    @PermitAll
    @SecurityRequirements
    @RateLimited
    @Operation(
            summary = "Regions open for volunteer applications",
            description = "Public; with each region's age rule and municipalities.")
    @APIResponse(
            responseCode = "200",
            description = "The regions",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = MentoringSettingsService.ApplicationRegion.class,
                                            maxItems = 100)))
    public List<MentoringSettingsService.ApplicationRegion> listApplicationRegions() {
        return settings.applicationRegions();
    }

    @POST
    @Path("/volunteer-applications")
    @PermitAll
    @SecurityRequirements
    @RateLimited
    @Operation(
            summary = "Apply as a volunteer mentor",
            description = "Public, rate limited per address. The answer is the same whether or not the e-mail address"
                    + " applied before. 422 age_out_of_range (the region's age rule) or consent_required.")
    @APIResponse(
            responseCode = "202",
            description = "Application received",
            content = @Content(schema = @Schema(implementation = Received.class)))
    @APIResponse(
            responseCode = "422",
            description = "Outside the region's age rule (age_out_of_range) or without consent (consent_required)")
    public RestResponse<Received> applyAsVolunteer(@NotNull @Valid MentoringRequests.Application request) {
        service.apply(request.toData());
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.ACCEPTED,
                        new Received("Thank you. The programme's coordinator will contact you."))
                .build();
    }

    @GET
    @Path("/volunteers")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "List volunteers", description = "Coordinators: their regions' applications and mentors.")
    @APIResponse(
            responseCode = "200",
            description = "One page of volunteers",
            content = @Content(schema = @Schema(implementation = Page.class)))
    public Page listVolunteers(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "createdAt, lastName or status; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(createdAt|lastName|status)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("status") @Parameter(description = "Only this status") VolunteerStatus status,
            @QueryParam("nextStep") @Parameter(description = "In screening, with this step next")
                    ScreeningStep nextStep) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, VolunteerService.SORTS, "-createdAt");
        VolunteerService.Page page = service.list(caller.require(), regionId, status, nextStep, paging);
        return new Page(page.items(), page.total(), pageParams.page, pageParams.size);
    }

    @GET
    @Path("/volunteers/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Transactional
    @Operation(
            summary = "Read a volunteer",
            description = "Coordinators of the region, or the volunteer themself; 404 for others. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The volunteer with the screening steps",
            content = @Content(schema = @Schema(implementation = VolunteerService.Volunteer.class)))
    public VolunteerService.Volunteer getVolunteer(@PathParam("id") UUID id) {
        return service.get(caller.require(), id);
    }

    @POST
    @Path("/volunteers/{id}/steps")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(
            summary = "Record a screening step",
            description =
                    "With a note; CERTIFICATE needs the issue date (422 certificate_expired when no longer valid) and"
                            + " reinstates a mentor suspended for an expired certificate.")
    @APIResponse(
            responseCode = "200",
            description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerService.Volunteer.class)))
    @APIResponse(responseCode = "409", description = "The volunteer is no longer in screening (illegal_transition)")
    @APIResponse(responseCode = "422", description = "The certificate has expired (certificate_expired)")
    public VolunteerService.Volunteer recordScreeningStep(
            @PathParam("id") UUID id, @NotNull @Valid MentoringRequests.Step request) {
        return service.recordStep(caller.require(), id, request.step(), request.note(), request.certificateIssuedOn());
    }

    @POST
    @Path("/volunteers/{id}/approve")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(
            summary = "Approve a volunteer as mentor",
            description = "Needs every screening step and a valid certificate (422 screening_incomplete,"
                    + " certificate_expired). Creates the mentor account and sends its set-password link.")
    @APIResponse(
            responseCode = "200",
            description = "The approved volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerService.Volunteer.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not in screening (illegal_transition) or the e-mail address belongs to another account (email_taken)")
    @APIResponse(
            responseCode = "422",
            description =
                    "A screening step is missing (screening_incomplete) or the certificate expired (certificate_expired)")
    public VolunteerService.Volunteer approveVolunteer(@PathParam("id") UUID id) {
        return service.approve(caller.require(), id);
    }

    @POST
    @Path("/volunteers/{id}/reject")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Reject a volunteer in screening, with a reason")
    @APIResponse(
            responseCode = "200",
            description = "The rejected volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerService.Volunteer.class)))
    @APIResponse(responseCode = "409", description = "Not in screening (illegal_transition)")
    public VolunteerService.Volunteer rejectVolunteer(
            @PathParam("id") UUID id, @NotNull @Valid MentoringRequests.RequiredReason request) {
        return service.reject(caller.require(), id, request.reason());
    }

    @POST
    @Path("/volunteers/{id}/withdraw")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(
            summary = "Record that a volunteer withdrew",
            description =
                    "From screening, or a mentor without an open match (409 open_match); the account is disabled.")
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerService.Volunteer.class)))
    @APIResponse(responseCode = "409", description = "Already out (illegal_transition) or an open match (open_match)")
    public VolunteerService.Volunteer withdrawVolunteer(
            @PathParam("id") UUID id, @Valid MentoringRequests.Reason request) {
        return service.withdraw(caller.require(), id, request == null ? null : request.reason());
    }
}
