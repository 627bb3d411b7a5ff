package eu.makethedifference.agreements;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a cooperation agreement. */
public enum AgreementStatus {
    DRAFT,
    NEGOTIATION,
    READY_FOR_SIGNATURE,
    SIGNED,
    ACTIVE,
    UNDER_REVIEW,
    RENEWED,
    TERMINATED;

    /** The text, parties and sections can change (a signed version never changes). */
    public boolean isOpen() {
        return this == DRAFT || this == NEGOTIATION || this == READY_FOR_SIGNATURE;
    }

    /** Implementation: activities can be logged. */
    public boolean isBinding() {
        return this == SIGNED || this == ACTIVE || this == UNDER_REVIEW;
    }

    public boolean isClosed() {
        return this == RENEWED || this == TERMINATED;
    }

    /** The explicit actions and the states each one leaves from; signing is handled on its own. */
    public enum Action {
        SUBMIT(EnumSet.of(DRAFT), NEGOTIATION),
        READY(EnumSet.of(NEGOTIATION), READY_FOR_SIGNATURE),
        REOPEN(EnumSet.of(READY_FOR_SIGNATURE), NEGOTIATION),
        ACTIVATE(EnumSet.of(SIGNED), ACTIVE),
        REVIEW(EnumSet.of(ACTIVE), UNDER_REVIEW),
        RENEW(EnumSet.of(UNDER_REVIEW), RENEWED),
        TERMINATE(EnumSet.of(ACTIVE, UNDER_REVIEW), TERMINATED);

        private final Set<AgreementStatus> from;
        private final AgreementStatus to;

        Action(Set<AgreementStatus> from, AgreementStatus to) {
            this.from = from;
            this.to = to;
        }

        public boolean allowedFrom(AgreementStatus status) {
            return from.contains(status);
        }

        public AgreementStatus target() {
            return to;
        }
    }
}
