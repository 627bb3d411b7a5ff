package eu.makethedifference.trainings.rest;

import eu.makethedifference.common.rest.RateLimited;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.trainings.service.CertificateService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certificates")
@Tag(name = "Trainings", description = "Joint seminars, mentor preparation and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {
    static final String CODE_PATTERN = "^[A-Za-z0-9 -]{12,20}$";

    @Inject
    CertificateService certificates;

    @Inject
    CallerContext caller;

    @GET
    @Path("/{code}")
    @PermitAll
    @RateLimited
    @Operation(
            summary = "Verify a certificate",
            description = "Public. Answers only whether the code is valid, for which training and which name.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate exists; valid is false once revoked",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Verification.class)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    @APIResponse(responseCode = "429", description = "Too many checks from this address (too_many_requests)")
    public TrainingDtos.Verification verifyCertificate(
            @PathParam("code")
                    @Size(max = 20)
                    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN, maxLength = 20))
                    String code) {
        return view(certificates.verify(code));
    }

    @POST
    @Path("/{code}/revoke")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Revoke a certificate", description = "Coordinators of the training's region.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Verification.class)))
    @APIResponse(responseCode = "409", description = "Already revoked (certificate_revoked)")
    public TrainingDtos.Verification revokeCertificate(
            @PathParam("code")
                    @Size(max = 20)
                    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN, maxLength = 20))
                    String code,
            @NotNull @Valid TrainingDtos.ReasonRequest r) {
        return view(certificates.revoke(caller.require(), code, r.reason()));
    }

    private static TrainingDtos.Verification view(CertificateService.Verification v) {
        return new TrainingDtos.Verification(
                v.code(),
                v.valid(),
                v.participantName(),
                v.trainingTitle(),
                v.trainingKind(),
                v.completedAt(),
                v.revokedAt());
    }
}
