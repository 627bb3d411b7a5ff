package eu.makethedifference.identity.rest;

import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.organisations.service.OrganisationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/organisations/{id}/members")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationMemberResource {
    @Inject
    UserService users;

    @Inject
    OrganisationService organisations;

    @Inject
    CallerContext caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PROFESSIONAL_NAME})
    @Operation(
            summary = "List the professionals and coordinators of an organisation",
            description = "Names only: for choosing a contact person or an authorised signatory.")
    @APIResponse(
            responseCode = "200",
            description = "The members, by name",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = 1000,
                                            implementation = OrganisationMember.class)))
    public List<OrganisationMember> listOrganisationMembers(@PathParam("id") UUID id) {
        organisations.get(caller.require(), id);
        return users.membersOf(id).stream()
                .map(u -> new OrganisationMember(u.id(), u.displayName(), u.role()))
                .toList();
    }
}
