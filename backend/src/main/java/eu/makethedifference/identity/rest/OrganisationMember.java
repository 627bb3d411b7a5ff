package eu.makethedifference.identity.rest;

import eu.makethedifference.common.security.Role;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OrganisationMember",
        description = "A professional or coordinator of an organisation, e.g. to choose a signatory")
public record OrganisationMember(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String displayName,
        @Schema(required = true) Role role) {}
