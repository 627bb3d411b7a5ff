package eu.makethedifference.trainings;

import java.util.EnumSet;
import java.util.Set;

/**
 * REQUESTED → CONFIRMED or WAITLISTED → ATTENDED / NO_SHOW; CANCELLED (by the participant or a
 * coordinator) or DECLINED (by a coordinator) otherwise. REQUESTED lasts only where the training needs a
 * coordinator's approval; otherwise a request is decided at once.
 */
public enum EnrolmentState {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    ATTENDED,
    NO_SHOW,
    CANCELLED,
    DECLINED;

    /** States that hold a seat. */
    public static final Set<EnrolmentState> SEATED = EnumSet.of(CONFIRMED, ATTENDED, NO_SHOW);

    /** States that still take part in the training's decisions. */
    public static final Set<EnrolmentState> OPEN = EnumSet.of(REQUESTED, CONFIRMED, WAITLISTED);
}
