package eu.makethedifference.referrals;

/** Why a referral was declined; the SPA words each one for the referring professional. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    BETTER_SERVED_ELSEWHERE,
    FAMILY_DECLINED,
    NO_CONTACT,
    OTHER
}
