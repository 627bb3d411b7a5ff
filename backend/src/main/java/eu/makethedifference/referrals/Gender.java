package eu.makethedifference.referrals;

/** The child's gender as the referrer records it. */
public enum Gender {
    FEMALE,
    MALE,
    DIVERSE,
    UNDISCLOSED
}
