package org.briefkit.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns free-form YAML values (fields no schema knows) into plain Java values for templates and
 * data files, using the YAML 1.2 core schema for unquoted scalars: {@code true}/{@code false},
 * integers, decimals and null are typed, everything else stays text. Unlike YAML 1.1, {@code NO},
 * {@code 012} (a number 12, not octal 10) and {@code 8.40} (text "8.40" is kept as the decimal 8.40)
 * keep their meaning. Stateless.
 */
public final class YValues {
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private YValues() {
    }

    /** String, Boolean, Long, BigDecimal, null, List or Map (unmodifiable, in order). */
    public static Object toJava(YNode node) {
        if (node instanceof YScalar s) {
            return scalar(s);
        }
        if (node instanceof YList list) {
            List<Object> out = new ArrayList<>(list.items().size());
            for (YNode item : list.items()) {
                out.add(toJava(item));
            }
            return Collections.unmodifiableList(out);
        }
        YMap map = (YMap) node;
        Map<String, Object> out = new LinkedHashMap<>();
        map.fields().forEach((k, f) -> out.put(k, toJava(f.value())));
        return Collections.unmodifiableMap(out);
    }

    private static Object scalar(YScalar s) {
        if (!s.plain()) {
            return s.text();
        }
        String t = s.text();
        if (s.isNull()) {
            return null;
        }
        if (t.equals("true") || t.equals("True") || t.equals("TRUE")) {
            return Boolean.TRUE;
        }
        if (t.equals("false") || t.equals("False") || t.equals("FALSE")) {
            return Boolean.FALSE;
        }
        if (INT.matcher(t).matches() && t.length() < 19) {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        }
        if (DECIMAL.matcher(t).matches() && t.length() < 40) {
            return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        }
        return t;
    }
}
