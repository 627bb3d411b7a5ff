package eu.makethedifference.mentoring;

/** The coordinator's decision on a safeguarding concern. */
public enum AlertDecision {
    NO_ACTION,
    TALK_WITH_MENTOR,
    INFORM_REFERRER,
    CHILD_PROTECTION_REPORT;
}
