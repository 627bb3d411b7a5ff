package eu.makethedifference.referrals;

/** How the help that followed a referral ended. */
public enum ClosingOutcome {
    GOALS_REACHED,
    PARTLY_REACHED,
    ENDED_EARLY,
    MOVED_AWAY,
    OTHER
}
