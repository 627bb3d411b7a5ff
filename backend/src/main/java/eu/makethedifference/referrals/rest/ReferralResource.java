package eu.makethedifference.referrals.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.referrals.ReferralStatus;
import eu.makethedifference.referrals.ReferralStatus.Action;
import eu.makethedifference.referrals.rest.ReferralDtos.ActionRequest;
import eu.makethedifference.referrals.rest.ReferralDtos.ConsentRequest;
import eu.makethedifference.referrals.rest.ReferralDtos.ReferralRequest;
import eu.makethedifference.referrals.rest.ReferralDtos.SubmitRequest;
import eu.makethedifference.referrals.service.ReferralService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referrals of children into help, with the guardian's consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {
    private static final String ETAG_PATTERN = "^(W/)?\"?[0-9]{1,10}\"?$";
    private static final String ALL = "All roles; 404 for a referral the caller may not see.";
    private static final String RECEIVER =
            "The receiving offer's organisation or a coordinator; 409 illegal_transition from other statuses.";

    @Inject
    ReferralService service;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "List referrals",
            description = "Professionals: their organisation's referrals and those addressed to its offers;"
                    + " coordinators: their regions'. Every listed referral is audited.")
    @APIResponse(
            responseCode = "200",
            description = "One page of referrals",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Page.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_READ)
    public RestResponse<String> listReferrals(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "createdAt, dueOn or urgency; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(createdAt|dueOn|urgency)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("status") @Parameter(description = "Only this status") ReferralStatus status,
            @QueryParam("overdue") @Parameter(description = "Only overdue (true) or not overdue (false)")
                    Boolean overdue,
            @QueryParam("side") @Parameter(description = "Professionals: SENT by or RECEIVED by their organisation")
                    ReferralService.Side side) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, ReferralService.SORTS, "-createdAt");
        ReferralService.Page page =
                service.list(caller.require(), new ReferralService.Filter(status, overdue, side), paging);
        return RestResponse.ok("{\"items\":[" + String.join(",", page.items()) + "],\"total\":" + page.total()
                + ",\"page\":" + pageParams.page + ",\"size\":" + pageParams.size + "}");
    }

    @POST
    @RolesAllowed(Role.PROFESSIONAL_NAME)
    @Operation(summary = "Start a referral (DRAFT)", description = "For the caller's organisation.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @Idempotent
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_WRITE)
    public RestResponse<String> createReferral(@NotNull @Valid ReferralRequest request) {
        ReferralService.View v = service.create(caller.require(), request.toData());
        return Etags.created(v.json(), "/api/v1/referrals/" + v.id(), v.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Transactional
    @Operation(summary = "Read a referral", description = ALL + " Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The referral with its consent and timeline",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_READ)
    public RestResponse<String> getReferral(@PathParam("id") UUID id) {
        ReferralService.View v = service.get(caller.require(), id);
        return Etags.ok(v.json(), v.version());
    }

    @GET
    @Path("/{id}/mentoring")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Where the mentoring of a referred child stands",
            description = "The latest match's status, dates and number of meetings; nothing about the mentor and"
                    + " nothing from the diary. Those who may read the referral; audited.")
    @APIResponse(
            responseCode = "200",
            description = "The mentoring status",
            content = @Content(schema = @Schema(implementation = ReferralService.MentoringStatus.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.MENTORING_READ)
    public ReferralService.MentoringStatus getReferralMentoringStatus(@PathParam("id") UUID id) {
        return service.mentoring(caller.require(), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Edit a draft referral", description = "The referring organisation or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not a draft any more (referral_not_editable)")
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_WRITE)
    public RestResponse<String> updateReferral(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the referral",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid ReferralRequest request) {
        int version = Etags.requireVersion(ifMatch);
        return ok(service.update(caller.require(), id, version, request.toData()));
    }

    @PUT
    @Path("/{id}/consent")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Record the guardian's consent",
            description =
                    "Replaces an earlier consent (and drops its scan). The referring organisation or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(
            responseCode = "409",
            description = "The referral has ended (referral_closed) or consent was withdrawn (consent_withdrawn)")
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_WRITE)
    public RestResponse<String> recordReferralConsent(
            @PathParam("id") UUID id, @NotNull @Valid ConsentRequest request) {
        return ok(service.recordConsent(caller.require(), id, request.toData()));
    }

    @PUT
    @Path("/{id}/consent/document")
    @Consumes({"application/pdf", "image/jpeg", "image/png", "application/octet-stream"})
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Attach the scan of the consent form",
            description = "PDF, JPEG or PNG (checked by content), at most 5 MB; replaces an earlier scan.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/pdf",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5242880)),
                @Content(
                        mediaType = "image/jpeg",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5242880)),
                @Content(
                        mediaType = "image/png",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5242880))
            })
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "No consent recorded yet (consent_missing)")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG (unsupported_document_type)")
    public RestResponse<String> attachReferralConsentDocument(
            @PathParam("id") UUID id, @HeaderParam("Content-Type") String type, byte[] body) {
        String declared = type == null ? null : type.split(";")[0].trim().toLowerCase();
        return ok(service.attachDocument(caller.require(), id, body, declared));
    }

    @GET
    @Path("/{id}/consent/document")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Transactional
    @Operation(summary = "Download the scan of the consent form", description = ALL + " Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The scan",
            content = {
                @Content(
                        mediaType = "application/pdf",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5242880)),
                @Content(
                        mediaType = "image/jpeg",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5242880)),
                @Content(
                        mediaType = "image/png",
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5242880))
            })
    public RestResponse<byte[]> downloadReferralConsentDocument(@PathParam("id") UUID id) {
        ReferralService.Document doc = service.document(caller.require(), id);
        // One writer for bytes (chosen for the declared type); the stored type goes in the header.
        return RestResponse.ResponseBuilder.ok(doc.bytes())
                .header("Content-Type", doc.type())
                .header("Content-Disposition", "attachment; filename=\"consent\"")
                .build();
    }

    @POST
    @Path("/{id}/consent/withdrawal")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "The guardian withdrew consent",
            description = "Stops processing: the referral is WITHDRAWN (unless it has ended), its personal fields,"
                    + " notes and scan are erased; statistics are kept.")
    @APIResponse(
            responseCode = "200",
            description = "The referral, erased",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "No consent in force (consent_missing)")
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_WRITE)
    public RestResponse<String> withdrawReferralConsent(@PathParam("id") UUID id) {
        return ok(service.withdrawConsent(caller.require(), id));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(
            summary = "Export everything held about the child (subject access)",
            description = "Coordinators only (403 for others who see the referral); audited.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Export.class)))
    public RestResponse<String> exportReferral(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(service.export(caller.require(), id))
                .header("Content-Disposition", "attachment; filename=\"referral-" + id + ".json\"")
                .build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Submit (DRAFT → SUBMITTED)",
            description = "Needs a valid consent for the target. Coordinators may override with a reason (audited).")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "422", description = "No valid consent for this target (consent_required)")
    @APIResponse(responseCode = "409", description = "Not a draft (illegal_transition)")
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_WRITE)
    public RestResponse<String> submitReferral(@PathParam("id") UUID id, @Valid SubmitRequest request) {
        return ok(service.submit(caller.require(), id, request == null ? null : request.overrideReason()));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Start the review (SUBMITTED → IN_REVIEW)", description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> reviewReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.REVIEW, r);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Accept (SUBMITTED, IN_REVIEW or WAITLISTED → ACCEPTED)", description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> acceptReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.ACCEPT, r);
    }

    @POST
    @Path("/{id}/waitlist")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Put on the waiting list (SUBMITTED or IN_REVIEW → WAITLISTED)", description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> waitlistReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.WAITLIST, r);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Decline with a reason (SUBMITTED, IN_REVIEW or WAITLISTED → DECLINED)",
            description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> declineReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.DECLINE, r);
    }

    @POST
    @Path("/{id}/match")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Matched with a mentor (ACCEPTED → MATCHED; mentoring programme only)", description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> matchReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.MATCH, r);
    }

    @POST
    @Path("/{id}/start-service")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "The help has started (ACCEPTED → SERVICE_STARTED; other offers)", description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> startReferralService(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.START_SERVICE, r);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Close with an outcome (MATCHED or SERVICE_STARTED → CLOSED)", description = RECEIVER)
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    public RestResponse<String> closeReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.CLOSE, r);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Withdraw the referral (any status before CLOSED)",
            description = "The referring organisation or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDtos.Referral.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (illegal_transition)")
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.REFERRALS_WRITE)
    public RestResponse<String> withdrawReferral(@PathParam("id") UUID id, @Valid ActionRequest r) {
        return act(id, Action.WITHDRAW, r);
    }

    private RestResponse<String> act(UUID id, Action action, ActionRequest r) {
        ActionRequest body = r == null ? new ActionRequest(null, null, null) : r;
        return ok(service.act(caller.require(), id, action, body.declineReason(), body.outcome(), body.note()));
    }

    private static RestResponse<String> ok(ReferralService.View v) {
        return Etags.ok(v.json(), v.version());
    }
}
