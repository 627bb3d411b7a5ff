package eu.makethedifference.mentoring;

/** Who consents to a proposed match. */
public enum Party {
    MENTOR,
    FAMILY;
}
