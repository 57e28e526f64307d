package org.briefkit.config;

import java.util.Map;

/**
 * The singular of an English collection name, for messages ("unknown approach 'x'") when a site
 * does not declare one: {@code countries} → country, {@code approaches} → approach, {@code statuses}
 * → status, {@code people} → person; names that are not plurals stay as they are. Stateless.
 */
final class Singular {
    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child", "media", "media",
            "data", "data", "series", "series", "news", "news", "criteria", "criterion", "analyses", "analysis");

    private Singular() {
    }

    static String of(String name) {
        String words = name.replace('-', ' ').replace('_', ' ');
        int space = words.lastIndexOf(' ');
        String head = words.substring(0, space + 1);
        String last = words.substring(space + 1);
        return head + word(last);
    }

    private static String word(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String ending : new String[] {"sses", "shes", "ches", "xes", "zzes", "uses"}) {
            if (w.endsWith(ending)) {
                return w.substring(0, w.length() - 2);
            }
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || !w.endsWith("s") || w.length() < 3) {
            return w;
        }
        return w.substring(0, w.length() - 1);
    }
}
