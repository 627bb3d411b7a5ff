package eu.makethedifference.organisations;

/** What a help offer is; the mentoring programme of a region is one of them. */
public enum HelpOfferKind {
    MENTORING_PROGRAMME,
    CHILDREN_GROUP,
    FAMILY_COUNSELLING,
    PARENT_SUPPORT,
    THERAPY,
    OTHER
}
