package eu.makethedifference.common.security;

/** The four roles of people using the platform. Integration clients are not users and have no role here. */
public enum Role {
    ADMIN,
    COORDINATOR,
    PROFESSIONAL,
    MENTOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String PROFESSIONAL_NAME = "PROFESSIONAL";
    public static final String MENTOR_NAME = "MENTOR";
}
