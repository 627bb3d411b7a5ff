package eu.makethedifference.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The authenticated caller of the current request. */
@RequestScoped
public class CallerContext {
    public static final String ATTRIBUTE = "mtd.caller";

    @Inject
    SecurityIdentity identity;

    public Caller require() {
        return current().orElseThrow(UnauthorizedException::new);
    }

    public Optional<Caller> current() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }
}
