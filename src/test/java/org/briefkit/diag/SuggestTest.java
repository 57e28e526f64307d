package org.briefkit.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private final List<String> ids = List.of("RU-8.4", "RU-8.8", "ARB-3.3", "ETNO-SPP", "free-expression");

    @Test
    void closeTyposAreSuggested() {
        assertEquals("RU-8.4", Suggest.closest("RU-84", ids));
        assertEquals("ARB-3.3", Suggest.closest("arb-3.3", ids));
        assertEquals("free-expression", Suggest.closest("free-expresion", ids));
        assertEquals("ETNO-SPP", Suggest.closest("ETNO-PSP", ids));
    }

    @Test
    void distantNamesAreNot() {
        assertNull(Suggest.closest("UDHR-19", ids));
        assertNull(Suggest.closest("x", ids));
        assertEquals("", Suggest.didYouMean("nothing-like-it", ids));
    }

    @Test
    void shortWordsGetNoSuggestionButTheirCase() {
        List<String> approaches = List.of("t", "ab", "research");
        assertNull(Suggest.closest("x", approaches), "one letter is no typo of another");
        assertNull(Suggest.closest("ba", approaches));
        assertEquals("t", Suggest.closest("T", approaches));
        assertEquals("research", Suggest.closest("reserch", approaches));
        assertNull(Suggest.closest("rsrch", approaches), "three edits in five letters are not close");
    }

    @Test
    void whenNothingIsCloseUpToTenValidValuesAreListed() {
        assertEquals("valid: ARB-3.3, ETNO-SPP, RU-8.4, RU-8.8, free-expression", Suggest.validValues("UDHR-19", ids));
        assertEquals("", Suggest.validValues("RU-8.5", ids), "a close value is suggested instead");
        assertEquals("", Suggest.validValues("x", List.of()));
        List<String> many = new ArrayList<>();
        for (int i = 10; i < 35; i++) {
            many.add("c" + i);
        }
        assertEquals("valid: c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, … (25 in all)", Suggest.validValues("zzzzzz", many));
    }

    @Test
    void distanceCountsTranspositionsOnce() {
        assertEquals(1, Suggest.distance("ab", "ba", 3));
        assertEquals(3, Suggest.distance("kitten", "sitting", 3));
        assertEquals(3, Suggest.distance("abcdef", "zzzzzz", 2));
    }
}
