package org.briefkit.yaml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of front matter ({@code updated}, fields of type date), with or without a time of day.
 *
 * <p>A date is read as editors write it in YAML, TOML and JSON and as Hugo reads it: {@code 2012-12-03},
 * or with a time after {@code T} or a space ({@code 2015-11-18 12:09:25}, seconds and a fraction
 * optional), and then optionally an offset ({@code Z}, {@code +04:00}, {@code +0400}, YAML's
 * {@code -5}), with or without a space before it. It is kept as canonical text, so it never shifts
 * with the build machine's time zone: {@code 2012-12-03}, {@code 2015-11-18T12:09:25} or
 * {@code 2016-03-01T10:00:00Z} (seconds always written, the offset as given). Where an instant is
 * needed (feeds, sitemaps, which of two versions is newer), a date without offset is in UTC, as in
 * Hugo without a {@code timeZone}. Stateless and thread-safe.
 */
public final class Dates {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
            + "(?:[ \\t]*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?))?)?");

    private Dates() {
    }

    /** The canonical text of a date or date-time, or null when {@code text} is not one. */
    public static String canonical(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) {
                return date.toString();
            }
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            LocalTime time = LocalTime.of(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6),
                    Integer.parseInt(fraction));
            LocalDateTime local = LocalDateTime.of(date, time);
            if (m.group(8) == null) {
                return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return OffsetDateTime.of(local, offset(m.group(8))).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** {@code Z}, {@code +04:00}, {@code +0400}, {@code -5}. */
    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** Whether canonical {@code date} has a time of day. */
    public static boolean hasTime(String date) {
        return date.length() > 10;
    }

    /** The instant canonical {@code date} stands for (a date: its start, in UTC), or null when it is not a date. */
    public static Instant instant(String date) {
        if (date == null) {
            return null;
        }
        String c = canonical(date);
        if (c == null) {
            return null;
        }
        if (!hasTime(c)) {
            return LocalDate.parse(c).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        char last = c.charAt(c.length() - 1);
        boolean offset = last == 'Z' || c.lastIndexOf('+') > 10 || c.lastIndexOf('-') > 10;
        return offset ? OffsetDateTime.parse(c).toInstant() : LocalDateTime.parse(c).toInstant(ZoneOffset.UTC);
    }

    /** RFC 3339 in UTC ({@code 2012-11-25T06:00:00Z}) for feeds and sitemaps, or null when it is not a date. */
    public static String utc(String date) {
        Instant at = instant(date);
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at);
    }

    /**
     * Whether {@code a} is later than {@code b}. When either has no time of day, only the days count:
     * {@code 2015-11-18} is not older than {@code 2015-11-18T12:00:00}, it may have been the same moment.
     */
    public static boolean isLater(String a, String b) {
        Instant x = instant(a);
        Instant y = instant(b);
        if (x == null || y == null) {
            return false;
        }
        if (!hasTime(canonical(a)) || !hasTime(canonical(b))) {
            return canonical(a).substring(0, 10).compareTo(canonical(b).substring(0, 10)) > 0;
        }
        return x.isAfter(y);
    }
}
