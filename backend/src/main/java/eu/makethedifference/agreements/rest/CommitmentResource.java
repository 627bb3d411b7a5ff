package eu.makethedifference.agreements.rest;

import eu.makethedifference.agreements.Commitment;
import eu.makethedifference.agreements.rest.AgreementDtos.ActivityRequest;
import eu.makethedifference.agreements.rest.AgreementDtos.CommitmentRequest;
import eu.makethedifference.agreements.service.CommitmentService;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
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

@Path("/api/v1/agreements/{id}")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
public class CommitmentResource {
    @Inject
    CommitmentService service;

    @Inject
    AgreementViews views;

    @Inject
    CallerContext caller;

    @GET
    @Path("/commitments")
    @Operation(
            summary = "List the commitments with their schedule",
            description = "health: ON_TRACK, DUE_SOON or OVERDUE once the agreement is signed.")
    @APIResponse(
            responseCode = "200",
            description = "The commitments",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = 200,
                                            implementation = AgreementDtos.Commitment.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public List<AgreementDtos.Commitment> listAgreementCommitments(@PathParam("id") UUID id) {
        return service.list(caller.require(), id).stream()
                .map(CommitmentResource::of)
                .toList();
    }

    @POST
    @Path("/commitments")
    @Operation(summary = "Add a commitment")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = AgreementDtos.Commitment.class)))
    @APIResponse(responseCode = "409", description = "The agreement has ended (code agreement_closed)")
    @Idempotent
    public RestResponse<AgreementDtos.Commitment> createAgreementCommitment(
            @PathParam("id") UUID id, @NotNull @Valid CommitmentRequest r) {
        Caller c = caller.require();
        Commitment created = service.create(c, id, data(r));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view(c, id, created.id))
                .tag(String.valueOf(created.version))
                .build();
    }

    @PUT
    @Path("/commitments/{commitmentId}")
    @Operation(summary = "Change a commitment")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = AgreementDtos.Commitment.class)))
    @APIResponse(responseCode = "409", description = "The agreement has ended (code agreement_closed)")
    public RestResponse<AgreementDtos.Commitment> updateAgreementCommitment(
            @PathParam("id") UUID id,
            @PathParam("commitmentId") UUID commitmentId,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the commitment",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = AgreementResource.ETAG_PATTERN,
                                            maxLength = 20))
                    String ifMatch,
            @NotNull @Valid CommitmentRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        Commitment updated = service.update(c, id, commitmentId, version, data(r));
        return Etags.ok(view(c, id, updated.id), updated.version);
    }

    @GET
    @Path("/activities")
    @Operation(summary = "List the activities held", description = "Newest first; optionally for one commitment.")
    @APIResponse(
            responseCode = "200",
            description = "The activities",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = 100000,
                                            implementation = AgreementDtos.Activity.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public List<AgreementDtos.Activity> listAgreementActivities(
            @PathParam("id") UUID id,
            @QueryParam("commitmentId") @Parameter(description = "Only this commitment") UUID commitmentId) {
        return service.activities(caller.require(), id, commitmentId).stream()
                .map(a -> new AgreementDtos.Activity(
                        a.id(),
                        a.commitmentId(),
                        a.heldOn(),
                        a.organisationIds(),
                        a.notes(),
                        views.person(a.createdBy()),
                        a.createdAt()))
                .toList();
    }

    @POST
    @Path("/commitments/{commitmentId}/activities")
    @Operation(
            summary = "Log an activity held for a commitment",
            description = "Once the agreement is signed. Notes must not identify a child.")
    @APIResponse(
            responseCode = "201",
            description = "Logged; the commitment with its new schedule",
            content = @Content(schema = @Schema(implementation = AgreementDtos.Commitment.class)))
    @APIResponse(
            responseCode = "409",
            description = "The agreement is not signed or has ended (code agreement_not_binding)")
    @Idempotent
    public RestResponse<AgreementDtos.Commitment> logAgreementActivity(
            @PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId, @NotNull @Valid ActivityRequest r) {
        Caller c = caller.require();
        service.logActivity(
                c, id, commitmentId, new CommitmentService.ActivityData(r.heldOn(), r.organisationIds(), r.notes()));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view(c, id, commitmentId))
                .build();
    }

    private AgreementDtos.Commitment view(Caller c, UUID agreementId, UUID commitmentId) {
        return service.list(c, agreementId).stream()
                .filter(v -> v.commitment().id.equals(commitmentId))
                .findFirst()
                .map(CommitmentResource::of)
                .orElseThrow();
    }

    private static CommitmentService.CommitmentData data(CommitmentRequest r) {
        return new CommitmentService.CommitmentData(
                r.type(),
                r.title(),
                r.frequencyUnit(),
                r.frequencyValue(),
                r.responsibleOrganisationId(),
                r.startsOn());
    }

    static AgreementDtos.Commitment of(CommitmentService.CommitmentView v) {
        Commitment c = v.commitment();
        return new AgreementDtos.Commitment(
                c.id,
                c.type,
                c.title,
                c.frequencyUnit,
                c.frequencyValue,
                c.responsibleOrganisationId,
                c.startsOn,
                c.nextDueOn,
                c.overdueSince,
                v.health(),
                v.lastHeldOn(),
                v.activityCount(),
                c.version);
    }
}
