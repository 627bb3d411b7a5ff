package eu.makethedifference.mentoring.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.service.MentoringSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** A region's mentoring settings. */
@Path("/api/v1/regions/{id}/mentoring-settings")
@Tag(name = "Mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
public class RegionMentoringResource {
    private static final String ETAG_PATTERN = "^(W/)?\"?[0-9]{1,10}\"?$";

    @Inject
    MentoringSettingsService settings;

    @Inject
    CallerContext caller;

    // ---------------------------------------------------------------- settings

    @GET
    @Operation(summary = "Read the region's mentoring settings")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = MentoringSettingsService.Settings.class)))
    public RestResponse<MentoringSettingsService.Settings> getMentoringSettings(@PathParam("id") UUID regionId) {
        MentoringSettingsService.Settings s = settings.get(caller.require(), regionId);
        return Etags.ok(s, s.version());
    }

    @PUT
    @Operation(summary = "Change the region's mentoring settings", description = "Send the ETag in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = MentoringSettingsService.Settings.class)))
    public RestResponse<MentoringSettingsService.Settings> updateMentoringSettings(
            @PathParam("id") UUID regionId,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "The ETag of the settings",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid MentoringSettingsService.Settings request) {
        int version = Etags.requireVersion(ifMatch);
        MentoringSettingsService.Settings s = settings.put(caller.require(), regionId, version, request);
        return Etags.ok(s, s.version());
    }
}
