package eu.makethedifference.hsds.rest;

import eu.makethedifference.common.rest.RateLimited;
import eu.makethedifference.hsds.rest.HsdsDtos.ApiInfo;
import eu.makethedifference.hsds.rest.HsdsDtos.Organization;
import eu.makethedifference.hsds.rest.HsdsDtos.OrganizationPage;
import eu.makethedifference.hsds.rest.HsdsDtos.Service;
import eu.makethedifference.hsds.rest.HsdsDtos.ServicePage;
import eu.makethedifference.hsds.service.HsdsTaxonomy;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.service.PublicDirectoryService;
import eu.makethedifference.organisations.service.PublicDirectoryService.OfferFilter;
import eu.makethedifference.organisations.service.PublicDirectoryService.OrganisationFilter;
import eu.makethedifference.organisations.service.PublicDirectoryService.OrganisationWithOffers;
import eu.makethedifference.organisations.service.PublicDirectoryService.Page;
import eu.makethedifference.organisations.service.PublicDirectoryService.PublicOffer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The help-offer directory in the Open Referral HSDS 3.0 format, read only and public: no login, limited per
 * client address. Only active offers and the organisations publishing them appear.
 */
@Path("/api/hsds")
@Tag(
        name = "HSDS directory",
        description = "The help-offer directory as Open Referral HSDS 3.0 (Human Services Data Specification):"
                + " public, read only, rate limited per address")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RateLimited
public class HsdsResource {
    private static final String SEARCH_DESCRIPTION = "Text in the name or description, case-insensitive";

    @Inject
    PublicDirectoryService directory;

    @GET
    @Path("/")
    @SecurityRequirements
    @Operation(
            summary = "HSDS: about this API",
            description =
                    "HSDS version, profile (the default HSDS profile) and the URL of this API's OpenAPI document.")
    @APIResponse(
            responseCode = "200",
            description = "Information about this API",
            content = @Content(schema = @Schema(implementation = ApiInfo.class)))
    public ApiInfo getHsdsApiInfo(@Context UriInfo uri) {
        return new ApiInfo(
                HsdsDtos.HSDS_VERSION,
                HsdsDtos.DEFAULT_PROFILE,
                uri.getBaseUriBuilder()
                        .path("q/openapi")
                        .queryParam("format", "json")
                        .build()
                        .toString());
    }

    @GET
    @Path("/services")
    @SecurityRequirements
    @Operation(
            summary = "HSDS: list services",
            description = "Active help offers with their one-to-one fields and organization, by name. Inactive"
                    + " offers are not published.")
    @APIResponse(
            responseCode = "200",
            description = "One page of services",
            content = @Content(schema = @Schema(implementation = ServicePage.class)))
    public ServicePage listHsdsServices(
            @Valid @BeanParam HsdsPaging paging,
            @QueryParam("search")
                    @Size(max = 200)
                    @Parameter(
                            description = SEARCH_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String search,
            @QueryParam("taxonomy_term_id")
                    @Parameter(
                            description = "Only services with this taxonomy term (a kind of help offer; the terms are"
                                    + " in each service's attributes)")
                    UUID taxonomyTermId,
            @QueryParam("modified_after")
                    @Parameter(description = "Only services changed at or after this instant (ISO 8601, UTC)")
                    Instant modifiedAfter) {
        Optional<HelpOfferKind> kind = taxonomyTermId == null ? Optional.empty() : HsdsTaxonomy.kindOf(taxonomyTermId);
        Page<PublicOffer> page = taxonomyTermId != null && kind.isEmpty()
                ? new Page<>(List.of(), 0)
                : directory.offers(
                        new OfferFilter(search, kind.orElse(null), modifiedAfter),
                        paging.offsetPage(),
                        paging.per_page);
        return ServicePage.of(page, paging.page, paging.per_page);
    }

    @GET
    @Path("/services/{id}")
    @SecurityRequirements
    @Operation(
            summary = "HSDS: read a service",
            description = "An active help offer with organization, phones, service_areas, languages and attributes"
                    + " (its kind as a taxonomy term). Unknown and inactive offers are not found.")
    @APIResponse(
            responseCode = "200",
            description = "The service",
            content = @Content(schema = @Schema(implementation = Service.class)))
    public Service getHsdsService(@PathParam("id") UUID id) {
        return Service.full(directory.offer(id));
    }

    @GET
    @Path("/organizations")
    @SecurityRequirements
    @Operation(
            summary = "HSDS: list organizations",
            description = "Organisations that publish at least one active help offer, by name.")
    @APIResponse(
            responseCode = "200",
            description = "One page of organizations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    public OrganizationPage listHsdsOrganizations(
            @Valid @BeanParam HsdsPaging paging,
            @QueryParam("search")
                    @Size(max = 200)
                    @Parameter(
                            description = "Text in the name, case-insensitive",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    String search,
            @QueryParam("modified_after")
                    @Parameter(description = "Only organizations changed at or after this instant (ISO 8601, UTC)")
                    Instant modifiedAfter) {
        return OrganizationPage.of(
                directory.organisations(
                        new OrganisationFilter(search, modifiedAfter), paging.offsetPage(), paging.per_page),
                paging.page,
                paging.per_page);
    }

    @GET
    @Path("/organizations/{id}")
    @SecurityRequirements
    @Operation(
            summary = "HSDS: read an organization",
            description = "An organisation with its phone and its active services. Organisations without an active"
                    + " offer are not found.")
    @APIResponse(
            responseCode = "200",
            description = "The organization",
            content = @Content(schema = @Schema(implementation = Organization.class)))
    public Organization getHsdsOrganization(@PathParam("id") UUID id) {
        OrganisationWithOffers found = directory.organisation(id);
        return Organization.full(found.organisation(), found.offers());
    }
}
