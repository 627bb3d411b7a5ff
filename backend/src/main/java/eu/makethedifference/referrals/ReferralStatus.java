package eu.makethedifference.referrals;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a referral: DRAFT → SUBMITTED → IN_REVIEW → decision → MATCHED or SERVICE_STARTED → CLOSED. */
public enum ReferralStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    ACCEPTED,
    WAITLISTED,
    DECLINED,
    MATCHED,
    SERVICE_STARTED,
    CLOSED,
    WITHDRAWN;

    /** Waiting for the receiver's answer: the response time runs. */
    public boolean awaitsResponse() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** The explicit actions after submission and the states each one leaves from. */
    public enum Action {
        REVIEW(EnumSet.of(SUBMITTED), IN_REVIEW),
        ACCEPT(EnumSet.of(SUBMITTED, IN_REVIEW, WAITLISTED), ACCEPTED),
        WAITLIST(EnumSet.of(SUBMITTED, IN_REVIEW), WAITLISTED),
        DECLINE(EnumSet.of(SUBMITTED, IN_REVIEW, WAITLISTED), DECLINED),
        MATCH(EnumSet.of(ACCEPTED), MATCHED),
        START_SERVICE(EnumSet.of(ACCEPTED), SERVICE_STARTED),
        CLOSE(EnumSet.of(MATCHED, SERVICE_STARTED), CLOSED),
        WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, ACCEPTED, WAITLISTED, MATCHED, SERVICE_STARTED), WITHDRAWN);

        private final Set<ReferralStatus> from;
        private final ReferralStatus to;

        Action(Set<ReferralStatus> from, ReferralStatus to) {
            this.from = from;
            this.to = to;
        }

        public boolean allowedFrom(ReferralStatus status) {
            return from.contains(status);
        }

        public ReferralStatus target() {
            return to;
        }

        /** Taken by the receiving side (the offer's organisation or the region's coordinators). */
        public boolean byReceiver() {
            return this != WITHDRAW;
        }
    }
}
