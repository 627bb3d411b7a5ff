package eu.makethedifference.organisations.rest;

import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.organisations.service.RegionHolidayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{id}/holidays")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionHolidayResource {
    @Inject
    RegionHolidayService service;

    @Inject
    CallerContext caller;

    @Schema(name = "Holiday", description = "A public holiday of the region (not a working day)")
    public record Holiday(
            @Schema(required = true) LocalDate day,
            @Schema(required = true, maxLength = 200) String name) {}

    @Schema(name = "HolidayRequest")
    public record HolidayRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "Christmas")
            String name) {}

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Operation(summary = "The region's public holidays in a year")
    @APIResponse(
            responseCode = "200",
            description = "The holidays, by date",
            content = @Content(schema = @Schema(implementation = Holiday.class, maxItems = 366)))
    public List<Holiday> listRegionHolidays(
            @PathParam("id") UUID id,
            @QueryParam("year")
                    @NotNull
                    @Min(2000)
                    @Max(2100)
                    @Parameter(required = true, description = "The calendar year")
                    Integer year) {
        return service.list(caller.require(), id, year).stream()
                .map(h -> new Holiday(h.day(), h.name()))
                .toList();
    }

    @PUT
    @Path("/{day}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Set a public holiday", description = "Coordinators of the region and ADMIN.")
    @APIResponse(
            responseCode = "200",
            description = "The holiday",
            content = @Content(schema = @Schema(implementation = Holiday.class)))
    public Holiday putRegionHoliday(
            @PathParam("id") UUID id, @PathParam("day") LocalDate day, @NotNull @Valid HolidayRequest request) {
        RegionHolidayService.Holiday h = service.put(caller.require(), id, day, request.name());
        return new Holiday(h.day(), h.name());
    }

    @DELETE
    @Path("/{day}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    @Operation(summary = "Remove a public holiday", description = "Coordinators of the region and ADMIN.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteRegionHoliday(@PathParam("id") UUID id, @PathParam("day") LocalDate day) {
        service.delete(caller.require(), id, day);
    }
}
