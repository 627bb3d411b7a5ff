package eu.makethedifference.referrals;

/**
 * What the guardian consented to. A referral to the mentoring programme needs MENTORING, a referral to any
 * other help offer HELP_OFFER; DATA_SHARING (feedback to the referrer) and STATISTICS are recorded only.
 */
public enum ConsentPurpose {
    MENTORING,
    HELP_OFFER,
    DATA_SHARING,
    STATISTICS
}
