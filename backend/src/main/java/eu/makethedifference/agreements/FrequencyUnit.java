package eu.makethedifference.agreements;

/** How a commitment's frequency is counted: every N weeks, or N times a year. */
public enum FrequencyUnit {
    WEEKS,
    TIMES_PER_YEAR
}
