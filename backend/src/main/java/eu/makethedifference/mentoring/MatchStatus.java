package eu.makethedifference.mentoring;

import java.util.EnumSet;
import java.util.Set;

/** A match: PROPOSED → ACCEPTED (mentor and family consent) → ACTIVE → CLOSED with a reason. */
public enum MatchStatus {
    PROPOSED,
    ACCEPTED,
    ACTIVE,
    CLOSED;

    /** The explicit actions on a match and the statuses each is allowed from. */
    public enum Action {
        CONSENT(EnumSet.of(PROPOSED)),
        START(EnumSet.of(ACCEPTED)),
        CLOSE(EnumSet.of(PROPOSED, ACCEPTED, ACTIVE));

        private final Set<MatchStatus> from;

        Action(Set<MatchStatus> from) {
            this.from = from;
        }

        public boolean allowedFrom(MatchStatus status) {
            return from.contains(status);
        }
    }
}
