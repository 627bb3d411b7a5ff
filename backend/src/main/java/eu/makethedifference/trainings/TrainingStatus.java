package eu.makethedifference.trainings;

/** DRAFT (coordinators only) → PUBLISHED (open for enrolment) → COMPLETED, or CANCELLED. */
public enum TrainingStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED,
    CANCELLED
}
