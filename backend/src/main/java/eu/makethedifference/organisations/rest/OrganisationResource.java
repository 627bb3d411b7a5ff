package eu.makethedifference.organisations.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.OrganisationEntity;
import eu.makethedifference.organisations.service.OrganisationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Member organisations of the regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {
    @Inject
    OrganisationService service;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(
            summary = "List organisations",
            description = "The organisations of the caller's regions (ADMIN: all regions).")
    @APIResponse(
            responseCode = "200",
            description = "One page of organisations",
            content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.DIRECTORY_READ)
    public OrganisationPage listOrganisations(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "name, helpSystem, city or updatedAt; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(name|helpSystem|city|updatedAt)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("helpSystem") @Parameter(description = "Only this help system") HelpSystem helpSystem) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, OrganisationService.SORTS, "name");
        OrganisationService.Result result =
                service.list(caller.require(), new OrganisationService.Filter(regionId, helpSystem), paging);
        return new OrganisationPage(
                result.items().stream().map(Organisation::of).toList(),
                result.total(),
                pageParams.page,
                pageParams.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(summary = "Read an organisation")
    @APIResponse(
            responseCode = "200",
            description = "The organisation",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Version for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Organisation.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.DIRECTORY_READ)
    public RestResponse<Organisation> getOrganisation(@PathParam("id") UUID id) {
        return withEtag(service.get(caller.require(), id));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Create an organisation", description = "ADMIN in any region, COORDINATOR in their regions.")
    @APIResponse(
            responseCode = "409",
            description = "The region has an organisation of this name (code organisation_name_taken)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = Organisation.class)))
    @Idempotent
    public RestResponse<Organisation> createOrganisation(@NotNull @Valid OrganisationRequest request) {
        OrganisationEntity org = service.create(caller.require(), request.toData());
        return Etags.created(Organisation.of(org), "/api/v1/organisations/" + org.id, org.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Update an organisation", description = "Needs the ETag from the last read in If-Match.")
    @APIResponse(
            responseCode = "409",
            description = "The region has an organisation of this name (code organisation_name_taken)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Organisation.class)))
    public RestResponse<Organisation> updateOrganisation(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the version being changed",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(W/)?\"[0-9]+\"$", maxLength = 20))
                    String ifMatch,
            @NotNull @Valid OrganisationRequest request) {
        int version = Etags.requireVersion(ifMatch);
        return withEtag(service.update(caller.require(), id, version, request.toData()));
    }

    private static RestResponse<Organisation> withEtag(OrganisationEntity org) {
        return Etags.ok(Organisation.of(org), org.version);
    }
}
