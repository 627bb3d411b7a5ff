package eu.makethedifference.agreements.rest;

import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.AgreementStatus;
import eu.makethedifference.agreements.AgreementStatus.Action;
import eu.makethedifference.agreements.rest.AgreementDtos.CreateRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.Detail;
import eu.makethedifference.agreements.rest.AgreementDtos.PartyRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.SectionOrderRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.SectionRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.SignRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.TransitionRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.UpdateRequest;
import eu.makethedifference.agreements.service.AgreementService;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/agreements")
@Tag(name = "Agreements", description = "Cooperation agreements between addiction care and youth welfare")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
public class AgreementResource {
    static final String ETAG_PATTERN = "^(W/)?\"[0-9]+\"$";

    @Inject
    AgreementService service;

    @Inject
    AgreementViews views;

    @Inject
    CallerContext caller;

    @GET
    @Operation(
            summary = "List agreements",
            description =
                    "Coordinators: the agreements of their regions; professionals: those their organisation is a party to.")
    @APIResponse(
            responseCode = "200",
            description = "One page of agreements",
            content = @Content(schema = @Schema(implementation = AgreementDtos.Page.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public AgreementDtos.Page listAgreements(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "title, status, updatedAt or reviewDate; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(title|status|updatedAt|reviewDate)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("status") @Parameter(description = "Only this status") AgreementStatus status,
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("organisationId") @Parameter(description = "Only agreements this organisation is a party to")
                    UUID organisationId) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, AgreementService.SORTS, "-updatedAt");
        AgreementService.Result result =
                service.list(caller.require(), new AgreementService.Filter(status, regionId, organisationId), paging);
        return new AgreementDtos.Page(
                views.summaries(result.items()), result.total(), pageParams.page, pageParams.size);
    }

    @POST
    @Operation(
            summary = "Start an agreement from the guide's template",
            description = "A professional's organisation becomes the first party.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @Idempotent
    public RestResponse<Detail> createAgreement(@NotNull @Valid CreateRequest request) {
        Caller c = caller.require();
        Agreement a = service.create(c, request.regionId(), request.title());
        return Etags.created(views.detail(c, a), "/api/v1/agreements/" + a.id, a.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an agreement")
    @APIResponse(
            responseCode = "200",
            description = "The agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public RestResponse<Detail> getAgreement(@PathParam("id") UUID id) {
        Caller c = caller.require();
        return withEtag(c, service.get(c, id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Change title, referral response time or review date",
            description = "Only while open; after negotiation started every change is a new version.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "The agreement is signed (code agreement_frozen)")
    public RestResponse<Detail> updateAgreement(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid UpdateRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(
                c,
                service.update(
                        c,
                        id,
                        version,
                        new AgreementService.AgreementData(r.title(), r.referralResponseDays(), r.reviewDate())));
    }

    @POST
    @Path("/{id}/sections")
    @Operation(summary = "Add a section at the end")
    @APIResponse(
            responseCode = "200",
            description = "The agreement with the new section",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "The agreement is signed (code agreement_frozen)")
    public RestResponse<Detail> addAgreementSection(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid SectionRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(c, service.addSection(c, id, version, new AgreementService.SectionData(r.title(), r.body())));
    }

    @PUT
    @Path("/{id}/sections/{sectionId}")
    @Operation(summary = "Change a section")
    @APIResponse(
            responseCode = "200",
            description = "The changed agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "The agreement is signed (code agreement_frozen)")
    public RestResponse<Detail> updateAgreementSection(
            @PathParam("id") UUID id,
            @PathParam("sectionId") UUID sectionId,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid SectionRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(
                c,
                service.updateSection(
                        c, id, sectionId, version, new AgreementService.SectionData(r.title(), r.body())));
    }

    @DELETE
    @Path("/{id}/sections/{sectionId}")
    @Operation(summary = "Remove a section")
    @APIResponse(
            responseCode = "200",
            description = "The changed agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "The agreement is signed (code agreement_frozen)")
    public RestResponse<Detail> deleteAgreementSection(
            @PathParam("id") UUID id,
            @PathParam("sectionId") UUID sectionId,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(c, service.deleteSection(c, id, sectionId, version));
    }

    @PUT
    @Path("/{id}/section-order")
    @Operation(summary = "Reorder the sections")
    @APIResponse(
            responseCode = "200",
            description = "The reordered agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "The agreement is signed (code agreement_frozen)")
    public RestResponse<Detail> reorderAgreementSections(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid SectionOrderRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(c, service.reorderSections(c, id, version, r.sectionIds()));
    }

    @PUT
    @Path("/{id}/parties/{organisationId}")
    @Operation(summary = "Add a party or change its contact person and signatory")
    @APIResponse(
            responseCode = "200",
            description = "The changed agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "The agreement is signed (code agreement_frozen)")
    public RestResponse<Detail> putAgreementParty(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid PartyRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(
                c,
                service.putParty(
                        c,
                        id,
                        organisationId,
                        version,
                        new AgreementService.PartyData(
                                r.contactName(), r.contactEmail(), r.contactPhone(), r.signatoryUserId())));
    }

    @DELETE
    @Path("/{id}/parties/{organisationId}")
    @Operation(summary = "Remove a party")
    @APIResponse(
            responseCode = "200",
            description = "The changed agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The agreement is signed (code agreement_frozen), or a professional removes their own organisation (code cannot_remove_own_party)")
    public RestResponse<Detail> removeAgreementParty(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the agreement",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        return withEtag(c, service.removeParty(c, id, organisationId, version));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Start negotiation (DRAFT → NEGOTIATION)", description = "Creates version 1.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not allowed from the current status (illegal_transition), or the agreement has no sections (agreement_empty)")
    public RestResponse<Detail> submitAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.SUBMIT, r);
    }

    @POST
    @Path("/{id}/ready")
    @Operation(
            summary = "Ready for signature (NEGOTIATION → READY_FOR_SIGNATURE)",
            description = "Needs an addiction-care and a youth-welfare party and a signatory for every party.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not allowed from the current status (illegal_transition), the parties do not bridge the two help systems (agreement_not_bridging), or a party lacks a signatory (signatory_missing)")
    public RestResponse<Detail> readyAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.READY, r);
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(
            summary = "Back to negotiation (READY_FOR_SIGNATURE → NEGOTIATION)",
            description = "Voids the signatures collected so far.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (code illegal_transition)")
    public RestResponse<Detail> reopenAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.REOPEN, r);
    }

    @POST
    @Path("/{id}/sign")
    @Operation(
            summary = "Sign the current version for a party",
            description =
                    "Only the party's authorised signatory. When every party has signed, the agreement is SIGNED and the version is frozen.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement with the signature",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not ready for signature (illegal_transition), the text changed (version_changed) or already signed (already_signed)")
    public RestResponse<Detail> signAgreement(@PathParam("id") UUID id, @NotNull @Valid SignRequest r) {
        Caller c = caller.require();
        return withEtag(c, service.sign(c, id, r.organisationId(), r.versionNumber()));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Start implementing (SIGNED → ACTIVE)")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (code illegal_transition)")
    public RestResponse<Detail> activateAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.ACTIVATE, r);
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "Start the review (ACTIVE → UNDER_REVIEW)")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (code illegal_transition)")
    public RestResponse<Detail> reviewAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.REVIEW, r);
    }

    @POST
    @Path("/{id}/renew")
    @Operation(
            summary = "Renew (UNDER_REVIEW → RENEWED)",
            description = "Creates a new draft with the same text and parties (successorId).")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (code illegal_transition)")
    public RestResponse<Detail> renewAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.RENEW, r);
    }

    @POST
    @Path("/{id}/terminate")
    @Operation(summary = "Terminate (ACTIVE or UNDER_REVIEW → TERMINATED)", description = "Needs a reason.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (code illegal_transition)")
    public RestResponse<Detail> terminateAgreement(@PathParam("id") UUID id, @Valid TransitionRequest r) {
        return act(id, Action.TERMINATE, r);
    }

    private RestResponse<Detail> act(UUID id, Action action, TransitionRequest r) {
        Caller c = caller.require();
        return withEtag(c, service.transition(c, id, action, r == null ? null : r.reason()));
    }

    private RestResponse<Detail> withEtag(Caller c, Agreement a) {
        return Etags.ok(views.detail(c, a), a.version);
    }
}
