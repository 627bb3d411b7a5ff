package eu.makethedifference.mentoring;

/** What a mentor and child did at a meeting (chips in the diary). */
public enum Activity {
    OUTDOORS,
    PLAYGROUND,
    SPORTS,
    GAMES,
    CRAFTS,
    COOKING,
    READING,
    HOMEWORK,
    MUSIC,
    MUSEUM,
    LIBRARY,
    TALKING,
    OTHER;
}
