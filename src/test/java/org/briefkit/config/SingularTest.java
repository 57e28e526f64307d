package org.briefkit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SingularTest {
    @Test
    void englishPluralsBecomeSingular() {
        assertEquals("approach", Singular.of("approaches"));
        assertEquals("status", Singular.of("statuses"));
        assertEquals("person", Singular.of("people"));
        assertEquals("country", Singular.of("countries"));
        assertEquals("talking point", Singular.of("talking-points"));
        assertEquals("remote option", Singular.of("remote_options"));
        assertEquals("address", Singular.of("addresses"));
        assertEquals("box", Singular.of("boxes"));
        assertEquals("theme", Singular.of("themes"));
    }

    @Test
    void namesThatAreNotPluralStayAsTheyAre() {
        assertEquals("glossary", Singular.of("glossary"));
        assertEquals("press", Singular.of("press"));
        assertEquals("corpus", Singular.of("corpus"));
        assertEquals("analysis", Singular.of("analysis"));
        assertEquals("media", Singular.of("media"));
        assertEquals("faq", Singular.of("faq"));
    }
}
