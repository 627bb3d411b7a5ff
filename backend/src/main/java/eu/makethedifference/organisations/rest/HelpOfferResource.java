package eu.makethedifference.organisations.rest;

import eu.makethedifference.common.error.Problem;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.ClientScopes;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.HelpOfferEntity;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.rest.HelpOfferDtos.HelpOffer;
import eu.makethedifference.organisations.rest.HelpOfferDtos.HelpOfferPage;
import eu.makethedifference.organisations.rest.HelpOfferDtos.HelpOfferRequest;
import eu.makethedifference.organisations.service.HelpOfferService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/help-offers")
@Tag(name = "Help offers", description = "The directory of help offers for children and families")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HelpOfferResource {
    @Inject
    HelpOfferService service;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(
            summary = "Search help offers",
            description = "The offers of the caller's regions (ADMIN: all), active ones unless active=false.")
    @APIResponse(
            responseCode = "200",
            description = "One page of help offers",
            content = @Content(schema = @Schema(implementation = HelpOfferPage.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.DIRECTORY_READ)
    public HelpOfferPage listHelpOffers(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "name, kind or updatedAt; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(name|kind|updatedAt)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("kind") @Parameter(description = "Only this kind") HelpOfferKind kind,
            @QueryParam("age")
                    @Min(0)
                    @Max(25)
                    @Parameter(
                            description = "Only offers for a child of this age",
                            schema =
                                    @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "25"))
                    Integer age,
            @QueryParam("language")
                    @Pattern(regexp = HelpOfferDtos.LANGUAGE)
                    @Parameter(
                            description = "Only offers in this language (ISO 639-1)",
                            schema = @Schema(type = SchemaType.STRING, pattern = HelpOfferDtos.LANGUAGE, maxLength = 2))
                    String language,
            @QueryParam("active") @Parameter(description = "false lists the inactive offers") Boolean active) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, HelpOfferService.SORTS, "name");
        HelpOfferService.Result result = service.list(
                caller.require(), new HelpOfferService.Filter(regionId, kind, age, language, active), paging);
        return new HelpOfferPage(
                result.items().stream().map(HelpOffer::of).toList(), result.total(), pageParams.page, pageParams.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(summary = "Read a help offer")
    @APIResponse(
            responseCode = "200",
            description = "The help offer",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Version for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = HelpOffer.class)))
    @Extension(name = ClientScopes.EXTENSION, value = ClientScopes.DIRECTORY_READ)
    public RestResponse<HelpOffer> getHelpOffer(@PathParam("id") UUID id) {
        return withEtag(service.get(caller.require(), id));
    }

    @POST
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "Publish a help offer",
            description = "Coordinators for any organisation of their regions; professionals for their own"
                    + " organisation. The mentoring programme (one per region) is kept by coordinators.")
    @APIResponse(
            responseCode = "409",
            description = "The region has its mentoring programme already (code mentoring_programme_exists)",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = HelpOffer.class)))
    @Idempotent
    public RestResponse<HelpOffer> createHelpOffer(@NotNull @Valid HelpOfferRequest request) {
        HelpOfferEntity offer = service.create(caller.require(), request.toData());
        return Etags.created(HelpOffer.of(offer), "/api/v1/help-offers/" + offer.id, offer.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(summary = "Update a help offer", description = "Needs the ETag from the last read in If-Match.")
    @APIResponse(
            responseCode = "409",
            description = "The region has its mentoring programme already (code mentoring_programme_exists)",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = HelpOffer.class)))
    public RestResponse<HelpOffer> updateHelpOffer(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the version being changed",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(W/)?\"[0-9]+\"$", maxLength = 20))
                    String ifMatch,
            @NotNull @Valid HelpOfferRequest request) {
        int version = Etags.requireVersion(ifMatch);
        return withEtag(service.update(caller.require(), id, version, request.toData()));
    }

    private static RestResponse<HelpOffer> withEtag(HelpOfferEntity offer) {
        return Etags.ok(HelpOffer.of(offer), offer.version);
    }
}
