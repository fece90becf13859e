package dev.fineline.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The organisation's work hours in its own time zone. A span whose end is before its start runs over
 * midnight and belongs to the day it starts on.
 *
 * @param start the time work starts
 * @param end   the time work ends (exclusive)
 * @param zone  the time zone the times are in
 * @param days  the days work starts on
 */
public record WorkHours(LocalTime start, LocalTime end, ZoneId zone, Set<DayOfWeek> days) {

    /** 09:00 to 17:00, Monday to Friday, UTC. */
    public static final WorkHours DEFAULT = new WorkHours(LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneOffset.UTC,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** Validates and copies. */
    public WorkHours {
        Checks.required("workHours.start", start);
        Checks.required("workHours.end", end);
        Checks.required("workHours.zone", zone);
        if (start.equals(end)) {
            throw new IllegalArgumentException("workHours: start and end must differ, both were " + Checks.quote(start));
        }
        days = Checks.enums("workHours.days", DayOfWeek.class, days);
    }

    /**
     * Work hours from {@code start} to {@code end} on the given days in {@code zone}.
     *
     * @param start the start, such as {@code 09:00}
     * @param end   the end, such as {@code 17:00}
     * @param zone  the zone id, such as {@code Europe/Oslo}
     * @param days  the work days
     * @return the work hours
     */
    public static WorkHours of(LocalTime start, LocalTime end, ZoneId zone, DayOfWeek... days) {
        return new WorkHours(start, end, zone, List.of(days).isEmpty() ? DEFAULT.days : Set.of(days));
    }

    /**
     * Tells whether a moment falls within work hours.
     *
     * @param moment the moment, not null
     * @return true when it is on a work day between start and end, in this zone
     */
    public boolean covers(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (start.isBefore(end)) {
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        return (days.contains(day) && !time.isBefore(start)) || (days.contains(day.minus(1)) && time.isBefore(end));
    }

    /**
     * How explanations name a moment: its local time here, such as {@code Fri 2026-11-20 09:15 Europe/Oslo}.
     *
     * @param moment the moment
     * @return the local day, date, time and zone
     */
    public String describe(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        String day = local.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return day + " " + local.toLocalDate() + " " + local.toLocalTime().withSecond(0).withNano(0) + " " + zoneName();
    }

    /**
     * How explanations name these hours, such as {@code 09:00-17:00 MON-FRI Europe/Oslo}.
     *
     * @return the span, the days and the zone
     */
    public String describe() {
        StringBuilder names = new StringBuilder();
        for (DayOfWeek day : days) {
            if (names.length() > 0) {
                names.append(',');
            }
            names.append(day.name(), 0, 3);
        }
        String dayText = days.equals(DEFAULT.days) ? "MON-FRI" : names.toString();
        return start + "-" + end + " " + dayText + " " + zoneName();
    }

    private String zoneName() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
