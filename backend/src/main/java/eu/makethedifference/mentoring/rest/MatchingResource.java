package eu.makethedifference.mentoring.rest;

import eu.makethedifference.common.rest.Etags;
import eu.makethedifference.common.rest.Idempotent;
import eu.makethedifference.common.rest.PageParams;
import eu.makethedifference.common.rest.Paging;
import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.mentoring.ChildStatus;
import eu.makethedifference.mentoring.MatchStatus;
import eu.makethedifference.mentoring.service.ChildService;
import eu.makethedifference.mentoring.service.MatchService;
import eu.makethedifference.mentoring.service.MentoringSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** Children's profiles, suggestions, whole-pool runs, matches and the region's mentoring settings. */
@Path("/api/v1")
@Tag(name = "Mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_NAME)
public class MatchingResource {
    private static final String ETAG_PATTERN = "^(W/)?\"?[0-9]{1,10}\"?$";

    @Inject
    ChildService children;

    @Inject
    MatchService matches;

    @Inject
    MentoringSettingsService settings;

    @Inject
    CallerContext caller;

    @Schema(name = "ChildProfilePage")
    public record ChildPage(
            @Schema(required = true, maxItems = 100) List<ChildService.Profile> items,

            @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
            long total,

            @Schema(required = true, format = "int32", minimum = "0", maximum = "100000")
            int page,

            @Schema(required = true, format = "int32", minimum = "1", maximum = "100")
            int size) {}

    // ---------------------------------------------------------------- children

    @GET
    @Path("/children")
    @Transactional
    @Operation(summary = "List children's mentoring profiles", description = "Coordinators: their regions'. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "One page of profiles",
            content = @Content(schema = @Schema(implementation = ChildPage.class)))
    public ChildPage listChildren(
            @Valid @BeanParam PageParams pageParams,
            @QueryParam("sort")
                    @Parameter(
                            description = "createdAt, firstName or status; prefix - for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^-?(createdAt|firstName|status)$",
                                            maxLength = 20))
                    String sort,
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("status") @Parameter(description = "Only this status") ChildStatus status) {
        Paging paging = Paging.of(pageParams.page, pageParams.size, sort, ChildService.SORTS, "createdAt");
        ChildService.Page page = children.list(caller.require(), regionId, status, paging);
        return new ChildPage(page.items(), page.total(), pageParams.page, pageParams.size);
    }

    @POST
    @Path("/children")
    @Operation(
            summary = "Create a child's mentoring profile directly",
            description = "For a child not referred through the platform.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200))
            },
            content = @Content(schema = @Schema(implementation = ChildService.Profile.class)))
    @Idempotent
    public RestResponse<ChildService.Profile> createChild(@NotNull @Valid MentoringRequests.ChildProfile request) {
        ChildService.Profile p = children.create(caller.require(), request.toData());
        return Etags.created(p, "/api/v1/children/" + p.id(), p.version());
    }

    @GET
    @Path("/children/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME, Role.MENTOR_NAME})
    @Transactional
    @Operation(
            summary = "Read a child's mentoring profile",
            description = "Coordinators of the region; 404 for everyone else (a mentor sees their child through"
                    + " GET /mentoring/me). Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ChildService.Profile.class)))
    public RestResponse<ChildService.Profile> getChild(@PathParam("id") UUID id) {
        ChildService.Profile p = children.get(caller.require(), id);
        return Etags.ok(p, p.version());
    }

    @PUT
    @Path("/children/{id}")
    @Transactional
    @Operation(summary = "Update a child's mentoring profile", description = "Send the ETag in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(schema = @Schema(implementation = ChildService.Profile.class)))
    @APIResponse(responseCode = "409", description = "The profile is closed (child_closed)")
    public RestResponse<ChildService.Profile> updateChild(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match")
                    @Parameter(
                            description = "The ETag of the profile",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN, maxLength = 20))
                    String ifMatch,
            @NotNull @Valid MentoringRequests.ChildProfile request) {
        int version = Etags.requireVersion(ifMatch);
        ChildService.Profile p = children.update(caller.require(), id, version, request.toData());
        return Etags.ok(p, p.version());
    }

    @GET
    @Path("/children/{id}/match-suggestions")
    @Transactional
    @Operation(
            summary = "Suggest mentors for a child",
            description = "Hard filters (distance within the region's radius, a shared language, a shared time slot,"
                    + " the family's preference, approved mentor with a valid certificate and no open match), then the"
                    + " weighted score, best first; each suggestion explains its score.")
    @APIResponse(
            responseCode = "200",
            description = "Suggestions, best first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = MatchService.Suggestion.class,
                                            maxItems = 50)))
    @APIResponse(responseCode = "409", description = "The child is not waiting for a mentor (child_not_waiting)")
    @APIResponse(
            responseCode = "422",
            description = "The profile lacks home, language or availability (profile_incomplete)")
    public List<MatchService.Suggestion> listMatchSuggestions(
            @PathParam("id") UUID id,
            @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(50)
                    @Parameter(description = "At most this many, up to 50")
                    int limit) {
        return matches.suggestions(caller.require(), id, limit);
    }

    // ---------------------------------------------------------------- whole-pool runs

    @GET
    @Path("/matching-runs/{id}")
    @Operation(summary = "Read a matching run with its proposals")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content = @Content(schema = @Schema(implementation = MatchService.Run.class)))
    public MatchService.Run getMatchingRun(@PathParam("id") UUID id) {
        return matches.getRun(caller.require(), id);
    }

    @POST
    @Path("/matching-runs/{id}/proposals/{proposalId}/confirm")
    @Operation(
            summary = "Confirm a proposal",
            description = "Proposes the match; 409 when the child or the mentor was matched meanwhile.")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content = @Content(schema = @Schema(implementation = MatchService.Run.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Decided already (proposal_decided), or child or mentor matched meanwhile (child_already_matched, mentor_already_matched, child_not_waiting)")
    @APIResponse(
            responseCode = "422",
            description = "The pair no longer passes the hard filters (pair_not_allowed, mentor_not_available)")
    public MatchService.Run confirmMatchingProposal(
            @PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId) {
        return matches.decideProposal(caller.require(), id, proposalId, true);
    }

    @POST
    @Path("/matching-runs/{id}/proposals/{proposalId}/drop")
    @Operation(summary = "Drop a proposal")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content = @Content(schema = @Schema(implementation = MatchService.Run.class)))
    @APIResponse(responseCode = "409", description = "Decided already (proposal_decided)")
    public MatchService.Run dropMatchingProposal(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId) {
        return matches.decideProposal(caller.require(), id, proposalId, false);
    }

    // ---------------------------------------------------------------- matches

    @GET
    @Path("/matches")
    @Operation(
            summary = "List matches with their health flags",
            description = "Coordinators: their regions', newest first (at most 500).")
    @APIResponse(
            responseCode = "200",
            description = "The matches",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = MatchService.Match.class,
                                            maxItems = 500)))
    public List<MatchService.Match> listMatches(
            @QueryParam("regionId") @Parameter(description = "Only this region") UUID regionId,
            @QueryParam("status") @Parameter(description = "Only this status") MatchStatus status,
            @QueryParam("flagged") @Parameter(description = "Only matches with (true) or without (false) a health flag")
                    Boolean flagged) {
        return matches.list(caller.require(), regionId, status, flagged);
    }

    @POST
    @Path("/matches")
    @Operation(
            summary = "Confirm a suggestion: propose a match",
            description = "422 pair_not_allowed or mentor_not_available when a hard filter fails; 409 when the child or"
                    + " the mentor has an open match (the database admits one, even under concurrent confirmations).")
    @APIResponse(
            responseCode = "201",
            description = "The proposed match",
            headers =
                    @Header(
                            name = "Location",
                            schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200)),
            content = @Content(schema = @Schema(implementation = MatchService.Match.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The child or the mentor has an open match (child_not_waiting, child_already_matched, mentor_already_matched)")
    @APIResponse(
            responseCode = "422",
            description =
                    "A hard filter fails (pair_not_allowed, mentor_not_available) or the profile is incomplete (profile_incomplete)")
    @Idempotent
    public RestResponse<MatchService.Match> createMatch(@NotNull @Valid MentoringRequests.NewMatch request) {
        MatchService.Match m = matches.propose(caller.require(), request.childId(), request.volunteerId());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, m)
                .location(java.net.URI.create("/api/v1/matches/" + m.id()))
                .build();
    }

    @GET
    @Path("/matches/{id}")
    @Operation(summary = "Read a match")
    @APIResponse(
            responseCode = "200",
            description = "The match",
            content = @Content(schema = @Schema(implementation = MatchService.Match.class)))
    public MatchService.Match getMatch(@PathParam("id") UUID id) {
        return matches.get(caller.require(), id);
    }

    @POST
    @Path("/matches/{id}/consent")
    @Operation(
            summary = "Record the mentor's or the family's consent",
            description =
                    "With both, the match is ACCEPTED and a referral behind it moves to MATCHED. 409 unless PROPOSED.")
    @APIResponse(
            responseCode = "200",
            description = "The match",
            content = @Content(schema = @Schema(implementation = MatchService.Match.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (illegal_transition)")
    public MatchService.Match recordMatchConsent(
            @PathParam("id") UUID id, @NotNull @Valid MentoringRequests.Consent request) {
        return matches.consent(caller.require(), id, request.party());
    }

    @POST
    @Path("/matches/{id}/start")
    @Operation(
            summary = "Start an accepted match",
            description = "ACTIVE from the first meeting; planned to end 12 months later.")
    @APIResponse(
            responseCode = "200",
            description = "The match",
            content = @Content(schema = @Schema(implementation = MatchService.Match.class)))
    @APIResponse(responseCode = "409", description = "Not ACCEPTED (illegal_transition)")
    public MatchService.Match startMatch(@PathParam("id") UUID id, @Valid MentoringRequests.Start request) {
        return matches.start(caller.require(), id, request == null ? null : request.startedOn());
    }

    @POST
    @Path("/matches/{id}/close")
    @Operation(
            summary = "Close a match with a reason and a note",
            description =
                    "The child waits for a new mentor unless the match reached its planned end or the family withdrew.")
    @APIResponse(
            responseCode = "200",
            description = "The match",
            content = @Content(schema = @Schema(implementation = MatchService.Match.class)))
    @APIResponse(responseCode = "409", description = "Closed already (illegal_transition)")
    public MatchService.Match closeMatch(@PathParam("id") UUID id, @NotNull @Valid MentoringRequests.Close request) {
        return matches.close(caller.require(), id, request.reason(), request.note());
    }
}
