package eu.makethedifference.mentoring.rest;

import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.service.MatchService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A region's whole-pool matching runs. */
@Path("/api/v1/regions/{id}/matching-runs")
@Tag(name = "Mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
public class MatchingRunResource {
    @Inject
    MatchService matches;

    @Inject
    CallerContext caller;

    @POST
    @Operation(
            summary = "Run whole-pool matching for a region",
            description = "Assigns the region's waiting children to available mentors so that the total score is the"
                    + " highest possible under the hard filters (exact maximum-weight bipartite matching). Stores the"
                    + " run with its proposals; a coordinator confirms or drops each.")
    @APIResponse(
            responseCode = "201",
            description = "The run with its proposals",
            content = @Content(schema = @Schema(implementation = MatchService.Run.class)))
    @Idempotent
    public RestResponse<MatchService.Run> createMatchingRun(@PathParam("id") UUID regionId) {
        MatchService.Run run = matches.run(caller.require(), regionId);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, run)
                .location(java.net.URI.create("/api/v1/matching-runs/" + run.id()))
                .build();
    }

    @GET
    @Operation(summary = "The region's latest matching runs (without proposals)")
    @APIResponse(
            responseCode = "200",
            description = "Up to 20 runs, newest first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = MatchService.Run.class,
                                            maxItems = 20)))
    public List<MatchService.Run> listMatchingRuns(@PathParam("id") UUID regionId) {
        return matches.runs(caller.require(), regionId);
    }
}
