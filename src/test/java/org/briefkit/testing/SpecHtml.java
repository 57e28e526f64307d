package org.briefkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * HTML normalised as the CommonMark spec's own test runner does ({@code test/normalize.py} of
 * commonmark-spec, which reads HTML with Python's {@code HTMLParser}), so that two renderings that
 * differ only in insignificant ways compare equal: white space collapsed outside {@code <pre>} and
 * dropped around block tags, tag and attribute names in lower case, attributes sorted, self-closing
 * tags as open tags, entities and character references as characters (except {@code < > & "}).
 * Like the runner, it reads tags without building a tree, so unclosed or stray tags stay as written.
 * Named references are looked up in HTML5's list (the runner's Python knows HTML 4's). Stateless.
 */
public final class SpecHtml {
    private static final Set<String> BLOCK = Set.of("article", "header", "aside", "hgroup", "blockquote", "hr", "iframe",
            "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd",
            "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot",
            "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
            "script", "style");
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "[\\s/]*([^\\s/>][^\\s/=>]*)(\\s*=+\\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\\s]*))?");
    private static final Pattern END_TAG = Pattern.compile("</([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)[^>]*>");
    private static final Pattern CHAR_REF = Pattern.compile("&#([0-9]+|[xX][0-9a-fA-F]+)(;?)");
    private static final Pattern ENTITY_REF = Pattern.compile("&([a-zA-Z][-.a-zA-Z0-9]*)(;?)");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private final StringBuilder out = new StringBuilder();
    private String last = "starttag";
    private String lastTag = "";
    private boolean inPre;

    private SpecHtml() {
    }

    /** {@code html} normalised. */
    public static String normalize(String html) {
        SpecHtml n = new SpecHtml();
        n.read(html);
        return n.out.toString();
    }

    private void read(String html) {
        int i = 0;
        while (i < html.length()) {
            int next = nextSpecial(html, i);
            if (next > i) {
                data(html.substring(i, next));
            }
            if (next >= html.length()) {
                return;
            }
            i = html.charAt(next) == '<' ? tag(html, next) : reference(html, next);
        }
    }

    private static int nextSpecial(String html, int from) {
        for (int i = from; i < html.length(); i++) {
            if (html.charAt(i) == '<' || html.charAt(i) == '&') {
                return i;
            }
        }
        return html.length();
    }

    /** A tag, comment, declaration or processing instruction at {@code at}; where reading goes on. */
    private int tag(String html, int at) {
        if (html.startsWith("<![CDATA[", at)) {
            int end = html.indexOf("]]>", at);
            return verbatim(html, at, end < 0 ? -1 : end + 3, "decl");
        }
        if (html.startsWith("<!--", at)) {
            int end = html.indexOf("-->", at + 4);
            return verbatim(html, at, end < 0 ? -1 : end + 3, "comment");
        }
        if (html.startsWith("<?", at) || html.startsWith("<!", at)) {
            int end = html.indexOf('>', at);
            return verbatim(html, at, end < 0 ? -1 : end + 1, html.charAt(at + 1) == '?' ? "pi" : "decl");
        }
        Matcher end = END_TAG.matcher(html).region(at, html.length());
        if (end.lookingAt()) {
            endTag(end.group(1).toLowerCase(Locale.ROOT));
            return end.end();
        }
        Matcher start = START_TAG.matcher(html).region(at, html.length());
        boolean tagLike = start.lookingAt();
        if (tagLike) {
            int k = startTag(html, start.group(1).toLowerCase(Locale.ROOT), start.end());
            if (k > 0) {
                return k;
            }
        }
        // A tag that does not parse is text up to its '>', as the runner's parser gives it; another '<' is text alone.
        int close = tagLike || html.startsWith("</", at) ? html.indexOf('>', at + 1) : -1;
        int k = close < 0 ? at + 1 : close + 1;
        data(html.substring(at, k));
        return k;
    }

    private int verbatim(String html, int at, int end, String kind) {
        int k = end < 0 ? html.length() : end;
        out.append(html, at, k);
        last = kind;
        return k;
    }

    /** Reads attributes after the tag name; the offset after the tag, or -1 when it is not closed. */
    private int startTag(String html, String name, int from) {
        List<String[]> attributes = new ArrayList<>();
        int i = from;
        Matcher a = ATTRIBUTE.matcher(html);
        while (true) {
            int j = i;
            while (j < html.length() && (Character.isWhitespace(html.charAt(j)) || html.charAt(j) == '/' && !html.startsWith("/>", j))) {
                j++;
            }
            if (j >= html.length()) {
                return -1;
            }
            if (html.charAt(j) == '>' || html.startsWith("/>", j)) {
                boolean selfClosing = html.charAt(j) == '/';
                startTag(name, attributes);
                if (selfClosing) {
                    last = "endtag";
                }
                return j + (selfClosing ? 2 : 1);
            }
            a.region(j, html.length());
            if (!a.lookingAt() || a.end() == j) {
                return -1;
            }
            String value = a.group(3);
            if (value != null && value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1);
            }
            attributes.add(new String[] {a.group(1).toLowerCase(Locale.ROOT), value == null ? null : Entities.unescape(value)});
            i = a.end();
        }
    }

    private void startTag(String tag, List<String[]> attributes) {
        if (tag.equals("pre")) {
            inPre = true;
        }
        if (BLOCK.contains(tag)) {
            stripTrailing();
        }
        out.append('<').append(tag);
        attributes.sort((x, y) -> x[0].equals(y[0]) ? String.valueOf(x[1]).compareTo(String.valueOf(y[1])) : x[0].compareTo(y[0]));
        for (String[] attribute : attributes) {
            out.append(' ').append(attribute[0]);
            if (attribute[1] != null) {
                out.append("=\"").append(escape(attribute[1])).append('"');
            }
        }
        out.append('>');
        lastTag = tag;
        last = "starttag";
    }

    private void endTag(String tag) {
        if (tag.equals("pre")) {
            inPre = false;
        } else if (BLOCK.contains(tag)) {
            stripTrailing();
        }
        out.append("</").append(tag).append('>');
        lastTag = tag;
        last = "endtag";
    }

    private void data(String text) {
        boolean afterTag = last.equals("endtag") || last.equals("starttag");
        boolean afterBlockTag = afterTag && BLOCK.contains(lastTag);
        String d = text;
        if (afterTag && lastTag.equals("br")) {
            d = d.replaceFirst("^\\n+", "");
        }
        if (!inPre) {
            d = WHITE.matcher(d).replaceAll(" ");
        }
        if (afterBlockTag && !inPre) {
            d = last.equals("starttag") ? d.stripLeading() : d.strip();
        }
        out.append(d);
        last = "data";
    }

    /** A character or entity reference at {@code at}; where reading goes on. */
    private int reference(String html, int at) {
        Matcher c = CHAR_REF.matcher(html).region(at, html.length());
        Matcher e = ENTITY_REF.matcher(html).region(at, html.length());
        String character;
        int end;
        if (c.lookingAt()) {
            String n = c.group(1);
            int code;
            try {
                code = n.startsWith("x") || n.startsWith("X") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            } catch (NumberFormatException ex) {
                code = -1;
            }
            character = code > 0 && code <= Character.MAX_CODE_POINT ? new String(Character.toChars(code)) : null;
            end = c.end();
        } else if (e.lookingAt()) {
            String named = Entities.getByName(e.group(1));
            character = named.isEmpty() ? null : named;
            end = e.end();
        } else {
            data("&");
            return at + 1;
        }
        String raw = html.substring(at, end);
        out.append(character == null ? raw : escape(character));
        last = "ref";
        return end;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void stripTrailing() {
        int n = out.length();
        while (n > 0 && Character.isWhitespace(out.charAt(n - 1))) {
            n--;
        }
        out.setLength(n);
    }
}
