package eu.makethedifference.mentoring;

/** A volunteer's place in the programme: screened, approved (may be matched), suspended (certificate expired), or out. */
public enum VolunteerStatus {
    SCREENING,
    APPROVED,
    SUSPENDED,
    REJECTED,
    WITHDRAWN;
}
