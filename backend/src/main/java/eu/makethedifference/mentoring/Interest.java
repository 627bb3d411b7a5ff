package eu.makethedifference.mentoring;

/** Interests that matching compares. */
public enum Interest {
    SPORTS,
    MUSIC,
    ARTS_CRAFTS,
    NATURE,
    READING,
    GAMES,
    COOKING,
    SCIENCE,
    ANIMALS,
    DANCE,
    TECHNOLOGY,
    THEATRE;
}
