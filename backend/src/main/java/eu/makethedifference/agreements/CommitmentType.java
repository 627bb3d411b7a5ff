package eu.makethedifference.agreements;

/** What the parties commit to do together. */
public enum CommitmentType {
    REGULAR_EXCHANGE,
    CASE_DISCUSSION,
    JOB_SHADOWING,
    MUTUAL_CONSULTATION,
    JOINT_TRAINING
}
