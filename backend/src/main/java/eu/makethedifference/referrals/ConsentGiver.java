package eu.makethedifference.referrals;

/** Who gave the consent, by relation to the child. */
public enum ConsentGiver {
    MOTHER,
    FATHER,
    BOTH_PARENTS,
    LEGAL_GUARDIAN,
    OTHER
}
