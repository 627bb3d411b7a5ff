package eu.makethedifference.mentoring;

/** A weekly availability slot: day and part of the day. */
public enum Slot {
    MON_MORNING,
    MON_AFTERNOON,
    MON_EVENING,
    TUE_MORNING,
    TUE_AFTERNOON,
    TUE_EVENING,
    WED_MORNING,
    WED_AFTERNOON,
    WED_EVENING,
    THU_MORNING,
    THU_AFTERNOON,
    THU_EVENING,
    FRI_MORNING,
    FRI_AFTERNOON,
    FRI_EVENING,
    SAT_MORNING,
    SAT_AFTERNOON,
    SAT_EVENING,
    SUN_MORNING,
    SUN_AFTERNOON,
    SUN_EVENING;
}
