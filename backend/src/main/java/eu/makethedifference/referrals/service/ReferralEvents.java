package eu.makethedifference.referrals.service;

import eu.makethedifference.referrals.Gender;
import java.util.List;
import java.util.UUID;

/** What other features learn about referrals (CDI events, fired inside the referral's transaction). */
public final class ReferralEvents {
    private ReferralEvents() {}

    /** A referral to the mentoring programme was accepted: the minimal fields for the child's profile. */
    public record MentoringAccepted(
            UUID referralId,
            UUID regionId,
            String firstName,
            int birthYear,
            int birthMonth,
            Gender gender,
            String area,
            List<String> languages,
            UUID actorId) {}

    /** A referral was withdrawn or erased: processing stops; erased means personal fields are gone too. */
    public record Ended(UUID referralId, boolean erased) {}
}
