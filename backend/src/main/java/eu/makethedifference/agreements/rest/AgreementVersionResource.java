package eu.makethedifference.agreements.rest;

import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.service.AgreementPdf;
import eu.makethedifference.agreements.service.AgreementService;
import eu.makethedifference.agreements.service.AgreementVersions;
import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.pdf.Pdf;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.service.RegionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/agreements/{id}/versions")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
public class AgreementVersionResource {
    @Inject
    AgreementService agreements;

    @Inject
    AgreementVersions versions;

    @Inject
    AgreementViews views;

    @Inject
    RegionService regions;

    @Inject
    AuditService audit;

    @Inject
    CallerContext caller;

    @GET
    @Operation(summary = "List the versions of an agreement", description = "Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = 100000,
                                            implementation = AgreementDtos.VersionSummary.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public List<AgreementDtos.VersionSummary> listAgreementVersions(@PathParam("id") UUID id) {
        agreements.get(caller.require(), id);
        return versions.list(id).stream()
                .map(v -> new AgreementDtos.VersionSummary(
                        v.number(), v.sha256(), v.reason(), views.person(v.createdBy()), v.createdAt()))
                .toList();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Read one version")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content = @Content(schema = @Schema(implementation = AgreementDtos.Version.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public AgreementDtos.Version getAgreementVersion(
            @PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(100000) int number) {
        agreements.get(caller.require(), id);
        AgreementVersions.Version v = versions.get(id, number);
        AgreementVersions.Text t = v.text();
        return new AgreementDtos.Version(
                v.number(),
                v.sha256(),
                v.reason(),
                v.createdAt(),
                t.title(),
                t.language(),
                t.referralResponseDays(),
                t.reviewDate(),
                t.parties().stream().map(AgreementDtos.VersionParty::of).toList(),
                t.sections().stream()
                        .map(s -> new AgreementDtos.VersionSection(s.id(), s.templateKey(), s.title(), s.body()))
                        .toList());
    }

    @GET
    @Path("/{number}/diff")
    @Operation(
            summary = "Compare two versions section by section",
            description = "What changed from version `against` to version `number`.")
    @APIResponse(
            responseCode = "200",
            description = "The changes",
            content = @Content(schema = @Schema(implementation = AgreementDtos.Diff.class)))
    public AgreementDtos.Diff diffAgreementVersions(
            @PathParam("id") UUID id,
            @PathParam("number") @Min(1) @Max(100000) int number,
            @QueryParam("against")
                    @NotNull
                    @Min(1)
                    @Max(100000)
                    @Parameter(required = true, description = "The older version")
                    Integer against) {
        agreements.get(caller.require(), id);
        AgreementVersions.Text from = versions.get(id, against).text();
        AgreementVersions.Text to = versions.get(id, number).text();
        return new AgreementDtos.Diff(
                against,
                number,
                !Objects.equals(from.title(), to.title()),
                !from.parties().equals(to.parties()),
                versions.diff(from, to).stream()
                        .map(d -> new AgreementDtos.SectionChange(
                                d.sectionId(),
                                d.change(),
                                d.positionBefore(),
                                d.positionAfter(),
                                d.titleBefore(),
                                d.titleAfter(),
                                d.bodyBefore(),
                                d.bodyAfter()))
                        .toList());
    }

    @GET
    @Path("/{number}/pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(
            summary = "The version as a PDF",
            description = "With its parties and signatures (names, dates, SHA-256). Every export is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20000000)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.AGREEMENTS_READ)
    public RestResponse<byte[]> exportAgreementVersionPdf(
            @PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(100000) int number) {
        Caller c = caller.require();
        Agreement a = agreements.get(c, id);
        AgreementVersions.Version v = versions.get(id, number);
        List<AgreementPdf.SignatureLine> lines = agreements.signatures(id).stream()
                .filter(s -> s.versionNumber() == number)
                .map(s -> new AgreementPdf.SignatureLine(
                        views.org(s.organisationId()).name(),
                        views.person(s.signedBy()),
                        s.signedAt(),
                        s.sha256(),
                        s.voidedAt() != null))
                .toList();
        String regionName =
                regions.find(a.regionId).map(RegionService.RegionRef::name).orElse("");
        String status = Objects.equals(a.signedVersion, number)
                ? "SIGNED"
                : a.currentVersion == number ? a.status.name() : "SUPERSEDED";
        byte[] pdf = AgreementPdf.render(regionName, status, v, lines, Pdf.labels("/agreements/pdf", a.language));
        audit.record("AGREEMENT_EXPORTED", "AGREEMENT", a.id, a.regionId);
        return RestResponse.ResponseBuilder.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"agreement-" + id + "-v" + number + ".pdf\"")
                .build();
    }
}
