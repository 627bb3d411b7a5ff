package eu.makethedifference.organisations.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.RegionEntity;
import eu.makethedifference.organisations.service.RegionService;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Partner countries and regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {
    @Inject
    RegionService service;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(summary = "List regions", description = "The caller's regions (ADMIN: all).")
    @APIResponse(
            responseCode = "200",
            description = "One page of regions",
            content = @Content(schema = @Schema(implementation = RegionPage.class)))
    public RegionPage listRegions(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "name or countryCode; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(name|countryCode)$",
                                            maxLength = 20))
                    String sort) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, RegionService.SORTS, "name");
        RegionService.Result result = service.list(caller.require(), paging);
        return new RegionPage(
                result.items().stream().map(Region::of).toList(), result.total(), pageParams.page, pageParams.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(summary = "Read a region")
    @APIResponse(
            responseCode = "200",
            description = "The region",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Region.class)))
    public RestResponse<Region> getRegion(@PathParam("id") UUID id) {
        return withEtag(service.get(caller.require(), id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a region")
    @APIResponse(
            responseCode = "409",
            description = "A region of this name exists already (code conflict)",
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
            content = @Content(schema = @Schema(implementation = Region.class)))
    @Idempotent
    public RestResponse<Region> createRegion(@NotNull @Valid RegionRequest request) {
        RegionEntity region = service.create(caller.require(), request.toData());
        return Etags.created(Region.of(region), "/api/v1/regions/" + region.id, region.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Update a region", description = "Needs the ETag from the last read in If-Match.")
    @APIResponse(
            responseCode = "409",
            description = "A region of this name exists already (code conflict)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = eu.makethedifference.common.error.Problem.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = Region.class)))
    public RestResponse<Region> updateRegion(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the version being changed",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(W/)?\"[0-9]+\"$", maxLength = 20))
                    String ifMatch,
            @NotNull @Valid RegionRequest request) {
        int version = Etags.requireVersion(ifMatch);
        return withEtag(service.update(caller.require(), id, version, request.toData()));
    }

    private static RestResponse<Region> withEtag(RegionEntity region) {
        return Etags.ok(Region.of(region), region.version);
    }
}
