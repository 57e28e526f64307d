package org.briefkit.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, fast scanner for start tags in HTML: names, attributes (entity-decoded) and line numbers,
 * and the text of {@code <style>} elements. It is not a parser: it only needs to find every place
 * a page could make the browser fetch something or link somewhere, in pages briefkit wrote, quickly
 * enough to run on every page of every build. Comments, end tags, doctype and the contents of
 * {@code script}, {@code style}, {@code textarea} and {@code title} are skipped the way browsers
 * skip them. Stateless and thread-safe.
 */
public final class HtmlScanner {
    /**
     * A start tag. Attribute names are lower-case; values are decoded. Its line is counted when asked
     * for: most tags are never reported, and counting every page's lines was 40% of the scanning time.
     * The count is shared by the tags of one scan, so ask on the scanning thread.
     */
    public static final class Tag {
        private final String name;
        private final Map<String, String> attributes;
        private final int offset;
        private final Lines lines;

        private Tag(String name, Map<String, String> attributes, int offset, Lines lines) {
            this.name = name;
            this.attributes = attributes;
            this.offset = offset;
            this.lines = lines;
        }

        public String name() {
            return name;
        }

        public Map<String, String> attributes() {
            return attributes;
        }

        public String attr(String name) {
            return attributes.get(name);
        }

        /** The line (from 1) the tag starts on. */
        public int line() {
            return lines.at(offset);
        }
    }

    /** Receives what the scanner finds. */
    public interface Visitor {
        void tag(Tag tag);

        /** The text of a {@code <style>} element, starting at {@code line}. */
        default void style(String css, int line) {
        }

        /**
         * The attributes (lower case) the visitor reads on a {@code tag}, or null for all. The others
         * are skipped without being copied, which is most of the scanning time on a big site.
         */
        default List<String> attributes(String tag) {
            return null;
        }
    }

    private HtmlScanner() {
    }

    public static void scan(String html, Visitor visitor) {
        int n = html.length();
        int i = 0;
        Lines lines = new Lines(html);
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (c == '!' || c == '?' || c == '/') {
                int end = html.indexOf('>', lt + 1);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (!isLetter(c)) {
                i = lt + 1;
                continue;
            }
            int p = lt + 1;
            // The hash of the name with ASCII letters lower-cased, for name().
            int hash = 0;
            for (; p < n; p++) {
                char nameChar = html.charAt(p);
                if (isSpace(nameChar) || nameChar == '>' || nameChar == '/') {
                    break;
                }
                hash = 31 * hash + (nameChar >= 'A' && nameChar <= 'Z' ? nameChar + ('a' - 'A') : nameChar);
            }
            String name = name(html, lt + 1, p, hash);
            List<String> wanted = visitor.attributes(name);
            Map<String, String> attrs = null;
            while (p < n) {
                char ch = html.charAt(p);
                if (ch == '>') {
                    p++;
                    break;
                }
                if (isSpace(ch) || ch == '/') {
                    p++;
                    continue;
                }
                Attribute a = attribute(html, p, n);
                p = a.next();
                String attr = wanted == null ? html.substring(a.nameStart(), a.nameEnd()).toLowerCase(Locale.ROOT)
                        : find(wanted, html, a.nameStart(), a.nameEnd());
                if (attr != null && (attrs == null || !attrs.containsKey(attr))) {
                    if (attrs == null) {
                        attrs = new LinkedHashMap<>(4);
                    }
                    attrs.put(attr, a.valueStart() < 0 ? "" : decode(html.substring(a.valueStart(), a.valueEnd())));
                }
            }
            visitor.tag(new Tag(name, attrs == null ? Map.of() : attrs, lt, lines));
            i = p;
            if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                int end = indexOfIgnoreCase(html, "</" + name, p);
                end = end < 0 ? n : end;
                if (name.equals("style")) {
                    visitor.style(html.substring(p, end), lines.at(p));
                }
                i = end;
            }
        }
    }

    /** Where one attribute's name and value (-1 without one) are, and where the tag goes on after it. */
    private record Attribute(int nameStart, int nameEnd, int valueStart, int valueEnd, int next) {
    }

    /** Reads the attribute that starts at {@code p}: a name, then optionally {@code =} and a quoted or bare value. */
    private static Attribute attribute(String html, int p, int n) {
        int nameStart = p;
        while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '=' && html.charAt(p) != '>'
                && !(html.charAt(p) == '/' && p + 1 < n && html.charAt(p + 1) == '>')) {
            p++;
        }
        int nameEnd = p;
        while (p < n && isSpace(html.charAt(p))) {
            p++;
        }
        if (p >= n || html.charAt(p) != '=') {
            return new Attribute(nameStart, nameEnd, -1, -1, p);
        }
        p++;
        while (p < n && isSpace(html.charAt(p))) {
            p++;
        }
        if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
            int end = html.indexOf(html.charAt(p), p + 1);
            end = end < 0 ? n : end;
            return new Attribute(nameStart, nameEnd, p + 1, end, Math.min(n, end + 1));
        }
        int start = p;
        while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>') {
            p++;
        }
        return new Attribute(nameStart, nameEnd, start, p, p);
    }

    /**
     * Element names, so that a tag's name is not copied and lower-cased each time: most tags of a page
     * are among them (the copy was a third of the scanning time). An open-addressing table by the
     * names' hashes; names that are not here are copied as before.
     */
    private static final String[] NAMES = new String[256];

    static {
        for (String name : List.of("a", "abbr", "area", "article", "aside", "audio", "b", "base", "blockquote", "body", "br",
                "button", "caption", "code", "col", "dd", "del", "details", "div", "dl", "dt", "em", "embed", "feimage",
                "figcaption", "figure", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
                "html", "i", "iframe", "image", "img", "input", "ins", "label", "li", "link", "main", "mark", "meta", "nav",
                "object", "ol", "option", "p", "path", "picture", "pre", "s", "script", "section", "select", "small",
                "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "textarea",
                "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "use", "video")) {
            int i = name.hashCode() & NAMES.length - 1;
            while (NAMES[i] != null) {
                i = i + 1 & NAMES.length - 1;
            }
            NAMES[i] = name;
        }
    }

    /** The lower-case name that {@code html[from, to)} spells; {@code hash} is the hash of its lower-case form. */
    private static String name(String html, int from, int to, int hash) {
        int length = to - from;
        for (int i = hash & NAMES.length - 1; NAMES[i] != null; i = i + 1 & NAMES.length - 1) {
            String known = NAMES[i];
            if (known.length() == length && known.hashCode() == hash && asciiLowerEquals(html, from, known)) {
                return known;
            }
        }
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code html} at {@code from} spells {@code known} (lower case) when only ASCII letters are
     * lower-cased, as {@code toLowerCase} would give: unlike {@code regionMatches(true, …)}, a
     * non-ASCII letter such as the long s never matches an ASCII one.
     */
    private static boolean asciiLowerEquals(String html, int from, String known) {
        for (int k = 0; k < known.length(); k++) {
            char c = html.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != known.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The name among {@code wanted} that {@code html[from, to)} spells (any case), or null. */
    private static String find(List<String> wanted, String html, int from, int to) {
        // By index: an iterator per attribute was a quarter of the scanning time.
        for (int k = 0; k < wanted.size(); k++) {
            String w = wanted.get(k);
            if (w.length() == to - from && html.regionMatches(true, from, w, 0, w.length())) {
                return w;
            }
        }
        return null;
    }

    /** Line numbers of offsets in a text, counted on from the offset asked for last; each newline is found once. */
    private static final class Lines {
        private final String text;
        private int offset;
        private int line = 1;
        private int next;

        Lines(String text) {
            this.text = text;
            this.next = text.indexOf('\n');
        }

        int at(int to) {
            if (to < offset) {
                offset = 0;
                line = 1;
                next = text.indexOf('\n');
            }
            while (next >= 0 && next < to) {
                line++;
                next = text.indexOf('\n', next + 1);
            }
            offset = to;
            return line;
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int n = s.length() - what.length();
        for (int k = from; k <= n; k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    /** Decodes character references: numeric ones and the named ones that can spell out URLs. */
    static String decode(String v) {
        if (v.indexOf('&') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c != '&') {
                sb.append(c);
                continue;
            }
            int semi = v.indexOf(';', k);
            int end = semi < 0 || semi - k > 12 ? -1 : semi;
            if (k + 1 < v.length() && v.charAt(k + 1) == '#') {
                int stop = k + 2;
                boolean hex = stop < v.length() && (v.charAt(stop) == 'x' || v.charAt(stop) == 'X');
                int digits = hex ? stop + 1 : stop;
                int e = digits;
                while (e < v.length() && (hex ? Character.digit(v.charAt(e), 16) >= 0 : Character.isDigit(v.charAt(e))) && e - digits < 8) {
                    e++;
                }
                if (e > digits) {
                    sb.appendCodePoint(Integer.parseInt(v.substring(digits, e), hex ? 16 : 10) & 0x10FFFF);
                    k = e < v.length() && v.charAt(e) == ';' ? e : e - 1;
                    continue;
                }
            } else if (end > 0) {
                String named = switch (v.substring(k + 1, end)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "colon" -> ":";
                    case "sol" -> "/";
                    case "period" -> ".";
                    case "Tab" -> "\t";
                    case "NewLine" -> "\n";
                    default -> null;
                };
                if (named != null) {
                    sb.append(named);
                    k = end;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
