package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A body's headings moved down the outline of a page that shows it under an entry's heading. */
class HeadingsTest {
    @Test
    void headingsMoveDownAndStopAtSix() {
        assertEquals("<h4 id=\"a\">A</h4><p>x</p><h5>B</h5><h6>C</h6><hr><header>", Headings.shift("<h2 id=\"a\">A</h2><p>x</p><h3>B</h3><h5>C</h5><hr><header>", 2));
        assertEquals("<h2>A</h2>", Headings.shift("<h2>A</h2>", 0));
    }
}
