package eu.makethedifference.identity.rest;

import eu.makethedifference.common.security.Role;
import eu.makethedifference.identity.UserAccount;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The signed-in user")
public record Me(
        @Schema(required = true) UUID id,

        @Schema(required = true, maxLength = 254, format = "email")
        String email,

        @Schema(required = true, maxLength = 200) String displayName,

        @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 8, example = "sl")
        String preferredLanguage,

        @Schema(required = true) Role role,
        @Schema(required = true, maxItems = 100) List<UUID> regionIds,
        UUID organisationId,

        @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32")
        int version) {

    static Me of(UserAccount u) {
        return new Me(
                u.id,
                u.email,
                u.displayName,
                u.preferredLanguage,
                u.role,
                u.regionIds.stream().sorted().toList(),
                u.organisationId,
                u.version);
    }
}
