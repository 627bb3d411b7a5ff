package eu.makethedifference.common.rest;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** Document-level parts of the contract that are not configuration: the server and its audience. */
@OpenAPIDefinition(
        info = @Info(title = "Make the Difference API", version = "1.0.0"),
        servers =
                @Server(
                        url = "/",
                        description =
                                "This deployment (production, staging or local: the server that serves this document)",
                        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)))
public class ApiDefinition extends jakarta.ws.rs.core.Application {
    /** The security scheme of integration clients (added to the document by {@link StandardResponsesFilter}). */
    public static final String CLIENT_SCHEME = "clientCredentials";

    // no resources listed here: every resource class is discovered
}
