package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class YValuesTest {
    private static Object value(String yaml) {
        YMap m = (YMap) SafeYaml.parse(new SourceText("f", yaml), yaml, 1, YamlLimits.DEFAULT).root();
        return YValues.toJava(m.get("v"));
    }

    @Test
    void yaml12CoreSchemaForUnquotedScalars() {
        assertEquals(Boolean.TRUE, value("v: true"));
        assertEquals("NO", value("v: NO"));
        assertEquals("yes", value("v: yes"));
        assertEquals(12L, value("v: 012"));
        assertEquals(new BigDecimal("8.40"), value("v: 8.40"));
        assertEquals("8.40", value("v: '8.40'"));
        assertNull(value("v: ~"));
        assertEquals("2012-12-03", value("v: 2012-12-03"));
    }

    @Test
    void listsAndMapsKeepOrder() {
        assertEquals(List.of("a", 1L), value("v: [a, 1]"));
        assertEquals(Map.of("x", "y"), value("v: {x: y}"));
    }
}
