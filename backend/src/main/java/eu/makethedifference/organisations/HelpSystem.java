package eu.makethedifference.organisations;

/** The help system an organisation belongs to. Agreements must bridge ADDICTION_CARE and YOUTH_WELFARE. */
public enum HelpSystem {
    ADDICTION_CARE,
    YOUTH_WELFARE,
    SCHOOL,
    HEALTH,
    UNIVERSITY,
    OTHER
}
