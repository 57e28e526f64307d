package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2012-12-03|2012-12-03",
        " 2012-12-03 |2012-12-03",
        "2015-11-18 12:09:25|2015-11-18T12:09:25",
        "2015-11-18T12:09:25|2015-11-18T12:09:25",
        "2015-11-18t12:09|2015-11-18T12:09:00",
        "2016-03-01T10:00:00Z|2016-03-01T10:00:00Z",
        "2016-03-01T10:00Z|2016-03-01T10:00:00Z",
        "2012-11-25T10:00:00+04:00|2012-11-25T10:00:00+04:00",
        "2012-11-25 10:00:00 +0400|2012-11-25T10:00:00+04:00",
        "2001-12-14 21:59:43.10 -5|2001-12-14T21:59:43.1-05:00",
        "2001-12-14 1:59:43.123456789|2001-12-14T01:59:43.123456789",
    })
    void datesWithAndWithoutTimeHaveOneCanonicalText(String text, String canonical) {
        assertEquals(canonical, Dates.canonical(text));
        assertEquals(canonical, Dates.canonical(canonical), "canonical text reads as itself");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20 Nov 2012", "2012-13-01", "2012-02-30", "2012-12-03 25:00", "2012-12-03T10", "12:09:25",
        "2012-12-03 12:09:25 CET", "2012-12-3", ""})
    void otherTextIsNotADate(String text) {
        assertNull(Dates.canonical(text));
        assertNull(Dates.instant(text));
    }

    @Test
    void instantsAreUtcAndADateWithoutOffsetIsInUtc() {
        assertEquals("2012-11-25T06:00:00Z", Dates.utc("2012-11-25T10:00:00+04:00"));
        assertEquals("2015-11-18T12:09:25Z", Dates.utc("2015-11-18T12:09:25"));
        assertEquals("2012-12-03T00:00:00Z", Dates.utc("2012-12-03"));
        assertNull(Dates.utc(null));
    }

    @Test
    void laterComparesInstantsOrDaysWhenOneHasNoTime() {
        assertTrue(Dates.isLater("2012-11-25T10:00:00+01:00", "2012-11-25T10:00:00+04:00"));
        assertFalse(Dates.isLater("2012-11-25T10:00:00+04:00", "2012-11-25T10:00:00+01:00"));
        assertFalse(Dates.isLater("2015-11-18T12:00:00", "2015-11-18"), "a day may be any time of that day");
        assertTrue(Dates.isLater("2015-11-19", "2015-11-18T23:00:00"));
        assertFalse(Dates.isLater("not a date", "2015-11-18"));
    }
}
