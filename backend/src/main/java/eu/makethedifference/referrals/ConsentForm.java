package eu.makethedifference.referrals;

/** How the consent was given. */
public enum ConsentForm {
    WRITTEN,
    VERBAL_WITNESSED
}
