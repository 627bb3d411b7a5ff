package eu.makethedifference.referrals.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Response deadlines in working days: Monday to Friday, without the region's public holidays. */
final class WorkingDays {
    private WorkingDays() {}

    static LocalDate add(LocalDate from, int days, Set<LocalDate> holidays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day)) {
                counted++;
            }
        }
        return day;
    }
}
