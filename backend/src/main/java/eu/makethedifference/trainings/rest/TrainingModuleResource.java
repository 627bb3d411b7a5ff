package eu.makethedifference.trainings.rest;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.trainings.TrainingModule;
import eu.makethedifference.trainings.rest.TrainingDtos.ModuleRequest;
import eu.makethedifference.trainings.service.TrainingModuleService;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/training-modules")
@Tag(name = "Trainings", description = "Joint seminars, mentor preparation and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
public class TrainingModuleResource {
    static final String ETAG_PATTERN = "^(W/)?\"[0-9]+\"$";

    @Inject
    TrainingModuleService service;

    @Inject
    TrainingViews views;

    @Inject
    CallerContext caller;

    @GET
    @Operation(summary = "List the training concept's modules", description = "Modules of the coordinator's regions.")
    @APIResponse(
            responseCode = "200",
            description = "The modules, by title",
            content = @Content(schema = @Schema(implementation = TrainingDtos.ModuleList.class)))
    public TrainingDtos.ModuleList listTrainingModules(
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("includeArchived") @Parameter(description = "Also archived modules") boolean includeArchived) {
        List<TrainingModule> items = service.list(caller.require(), regionId, includeArchived);
        return new TrainingDtos.ModuleList(items.stream().map(views::module).toList());
    }

    @POST
    @Operation(summary = "Add a module to the training concept")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = TrainingDtos.Module.class)))
    @Idempotent
    public RestResponse<TrainingDtos.Module> createTrainingModule(@NotNull @Valid ModuleRequest r) {
        Caller c = caller.require();
        UUID region = r.regionId();
        if (region == null && c.regionIds().size() == 1) {
            region = c.regionIds().iterator().next();
        }
        TrainingModule m = service.create(c, region, data(r));
        return Etags.created(views.module(m), "/api/v1/training-modules/" + m.id, m.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a module with its questions")
    @APIResponse(
            responseCode = "200",
            description = "The module",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = TrainingDtos.Module.class)))
    public RestResponse<TrainingDtos.Module> getTrainingModule(@PathParam("id") UUID id) {
        TrainingModule m = service.get(caller.require(), id);
        return Etags.ok(views.module(m), m.version);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Change a module",
            description = "Replaces its questions; scores already taken keep their values.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = TrainingDtos.Module.class)))
    public RestResponse<TrainingDtos.Module> updateTrainingModule(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            required = true,
                            description = "ETag of the module",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid ModuleRequest r) {
        int version = Etags.requireVersion(ifMatch);
        Caller c = caller.require();
        TrainingModule existing = service.get(c, id);
        if (r.regionId() != null && !r.regionId().equals(existing.regionId)) {
            throw ApiException.invalidField("regionId", "a module stays in its region");
        }
        TrainingModule m = service.update(c, id, version, data(r));
        return Etags.ok(views.module(m), m.version);
    }

    private static TrainingModuleService.ModuleData data(ModuleRequest r) {
        return new TrainingModuleService.ModuleData(
                r.title(),
                r.objectives(),
                r.durationMinutes(),
                r.archived(),
                r.questions() == null
                        ? List.of()
                        : r.questions().stream()
                                .map(q -> new TrainingModuleService.QuestionData(
                                        q.text(), q.options(), q.correctOption()))
                                .toList());
    }
}
