package org.briefkit.text;

/**
 * Plain text from body HTML that briefkit made (well-formed tags, a few entities): for the search
 * index to split into terms, and for the description of a page without a summary. Not a reader of
 * HTML from elsewhere: that goes through an HTML5 parser. Stateless and thread-safe.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** The text, tags replaced by a space; white space is left as it is (the tokenizer skips it). */
    public static String fromHtml(String html) {
        char[] chars = html.toCharArray();
        return new String(chars, 0, fromHtml(chars, chars.length));
    }

    /**
     * {@link #fromHtml(String)} in place: the text of the HTML in {@code chars[0, length)} is written
     * over it, from the start, and its length returned. The text is never longer than the HTML read so
     * far (a tag or an entity is longer than what replaces it), so nothing is overwritten before it is read.
     */
    public static int fromHtml(char[] chars, int length) {
        int out = 0;
        boolean inTag = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                    chars[out++] = ' ';
                }
            } else if (c == '<') {
                inTag = true;
            } else if (c == '&') {
                int semi = i + 1;
                while (semi < length && semi - i < 10 && chars[semi] != ';') {
                    semi++;
                }
                if (semi < length && semi - i < 10) {
                    String entity = new String(chars, i + 1, semi - i - 1);
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
                        rep.getChars(0, rep.length(), chars, out);
                        out += rep.length();
                        i = semi;
                        continue;
                    }
                }
                chars[out++] = c;
            } else if (c >= ' ' || c == '\n' || c == '\t') {
                chars[out++] = c == '¶' ? ' ' : c;
            }
        }
        return out;
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
