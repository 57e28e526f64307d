package org.briefkit.outputs;

/** Plain text from body HTML that briefkit made (well-formed tags, a few entities). Stateless. */
final class Text {
    private Text() {
    }

    /** The text, tags replaced by a space; white space is left as it is (the tokenizer skips it). */
    static String fromHtml(String html) {
        // Into an array: the text is never longer than the HTML (an entity is longer than what it spells).
        char[] chars = html.toCharArray();
        char[] out = new char[chars.length];
        int length = 0;
        boolean inTag = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                    out[length++] = ' ';
                }
            } else if (c == '<') {
                inTag = true;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i < 10) {
                    String entity = html.substring(i + 1, semi);
                    String rep = switch (entity) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "#39", "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> entity.startsWith("#") ? numeric(entity) : null;
                    };
                    if (rep != null) {
                        rep.getChars(0, rep.length(), out, length);
                        length += rep.length();
                        i = semi;
                        continue;
                    }
                }
                out[length++] = c;
            } else if (c >= ' ' || c == '\n' || c == '\t') {
                out[length++] = c == '¶' ? ' ' : c;
            }
        }
        return new String(out, 0, length);
    }

    private static String numeric(String entity) {
        try {
            int cp = entity.startsWith("#x") || entity.startsWith("#X") ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return new String(Character.toChars(cp));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
