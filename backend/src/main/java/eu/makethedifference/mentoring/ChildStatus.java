package eu.makethedifference.mentoring;

/** A child's mentoring profile: waiting for a mentor, matched, or closed. */
public enum ChildStatus {
    WAITING,
    MATCHED,
    CLOSED;
}
