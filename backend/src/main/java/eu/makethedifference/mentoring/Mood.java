package eu.makethedifference.mentoring;

/** How a meeting went, on a simple scale. */
public enum Mood {
    GREAT,
    GOOD,
    OK,
    DIFFICULT;
}
