package eu.makethedifference.referrals;

/** Early-identification indicators taught in the joint trainings. */
public enum Indicator {
    PARENT_INTOXICATED,
    CHILD_TAKES_PARENT_ROLE,
    NEGLECT,
    SCHOOL_ABSENCE,
    BEHAVIOUR_CHANGE,
    SOCIAL_ISOLATION,
    FAMILY_CONFLICT,
    CHILD_DISCLOSED,
    HEALTH_CONCERN,
    OTHER
}
