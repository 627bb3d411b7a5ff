package eu.makethedifference.mentoring;

/** Why a match ended. */
public enum CloseReason {
    PLANNED_END,
    MENTOR_WITHDREW,
    FAMILY_WITHDREW,
    SAFEGUARDING,
    OTHER;
}
