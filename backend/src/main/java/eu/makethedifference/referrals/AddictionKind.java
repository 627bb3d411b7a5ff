package eu.makethedifference.referrals;

/** Kind of addiction (special-category data). */
public enum AddictionKind {
    ALCOHOL,
    ILLEGAL_DRUGS,
    MEDICATION,
    GAMBLING,
    OTHER
}
