package org.briefkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
    @Test
    void controlCharactersBecomeVisibleOneForOne() {
        assertEquals("a ␀␁␊␍␛[31m␟b", ControlChars.visible("a\t\u0000\u0001\n\r\u001b[31m\u001fb"));
        assertEquals("␡\ufffd\ufffd\ufffd", ControlChars.visible("\u007f\u0080\u009b\u009f"));
    }

    @Test
    void otherCharactersStandAsThemselves() {
        String s = "it's <b> & \"q\" é中\ud83d\ude00\ud800 \u00a0\u2028\u2029\u200f\ufffd";
        assertSame(s, ControlChars.visible(s));
    }

    @Test
    void lengthIsKept() {
        String s = "x\u0000\t\u0085\u007fy";
        assertEquals(s.length(), ControlChars.visible(s).length());
    }
}
