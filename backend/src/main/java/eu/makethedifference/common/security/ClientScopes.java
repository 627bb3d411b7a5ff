package eu.makethedifference.common.security;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an integration client may be allowed to do. An operation open to clients carries {@code
 * @Extension(name = ClientScopes.EXTENSION, value = "<scope> [<scope> …]")}: the contract lists these scopes in
 * the operation's client-credentials requirement, and {@link ClientScopeFilter} refuses a client that has none
 * of them; operations without it are closed to clients.
 */
public final class ClientScopes {
    public static final String EXTENSION = "x-client-scopes";
    public static final String DIRECTORY_READ = "directory:read";
    public static final String AGREEMENTS_READ = "agreements:read";
    public static final String TRAININGS_READ = "trainings:read";
    public static final String TRAININGS_WRITE = "trainings:write";
    public static final String REFERRALS_READ = "referrals:read";
    public static final String REFERRALS_WRITE = "referrals:write";
    public static final String MENTORING_READ = "mentoring:read";
    public static final List<String> ALL = List.of(
            DIRECTORY_READ,
            AGREEMENTS_READ,
            TRAININGS_READ,
            TRAININGS_WRITE,
            REFERRALS_READ,
            REFERRALS_WRITE,
            MENTORING_READ);

    private ClientScopes() {}

    @Schema(
            name = "ClientScope",
            type = SchemaType.STRING,
            enumeration = {
                DIRECTORY_READ,
                AGREEMENTS_READ,
                TRAININGS_READ,
                TRAININGS_WRITE,
                REFERRALS_READ,
                REFERRALS_WRITE,
                MENTORING_READ
            })
    public static final class Scope {
        private Scope() {}
    }
}
