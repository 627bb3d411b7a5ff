package eu.makethedifference.referrals;

/** How soon the child needs help. */
public enum Urgency {
    ROUTINE,
    PRIORITY,
    URGENT
}
