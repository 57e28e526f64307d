package org.briefkit.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void distanceCountsTranspositionsOnce() {
        assertEquals(1, Suggest.distance("ab", "ba", 3));
        assertEquals(3, Suggest.distance("kitten", "sitting", 3));
        assertEquals(3, Suggest.distance("abcdef", "zzzzzz", 2));
    }
}
