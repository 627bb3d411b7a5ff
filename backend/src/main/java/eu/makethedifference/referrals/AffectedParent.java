package eu.makethedifference.referrals;

/** Which parent or caregiver has the addiction (special-category data). */
public enum AffectedParent {
    MOTHER,
    FATHER,
    OTHER_CAREGIVER
}
