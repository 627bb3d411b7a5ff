package eu.makethedifference.mentoring;

/** The screening steps before approval, in their usual order. */
public enum ScreeningStep {
    INTERVIEW,
    CERTIFICATE,
    TRAINING,
    AGREEMENT;
}
