package org.briefkit.parse;

import java.util.Arrays;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Editorial limits checked before Markdown is parsed. flexmark takes time that grows faster than the
 * text on a few constructs (deeply nested lists and quotes, very many brackets, link definitions or
 * character references), so hostile text could stall a build. No real briefing comes near these
 * limits; text beyond them is refused with the line where it happens, in one quick pass.
 * Stateless and thread-safe.
 */
public final class MarkdownLimits {
    public static final int MAX_CHARS = 1024 * 1024;
    public static final int MAX_DEPTH = 100;
    public static final int MAX_DEFINITIONS = 1_000;
    /** Characters that open constructs flexmark matches slowly in bulk, and how many a text may have. */
    private static final String COUNTED = "[`&*_";
    private static final int[] MAX_COUNT = {10_000, 10_000, 10_000, 50_000, 50_000};
    /** For each ASCII character, its index in {@link #COUNTED} or -1: one array read per character of text. */
    private static final byte[] WHICH = new byte[128];

    static {
        Arrays.fill(WHICH, (byte) -1);
        for (int k = 0; k < COUNTED.length(); k++) {
            WHICH[COUNTED.charAt(k)] = (byte) k;
        }
    }

    private MarkdownLimits() {
    }

    /** Adds an error and returns false when the body at {@code offset} of {@code source} is over a limit. */
    public static boolean check(SourceText source, int offset, String body, List<Diagnostic> problems) {
        if (body.length() > MAX_CHARS) {
            problems.add(source.error(source.lineOf(offset), 1, "the text is too long (" + body.length() / 1024
                    + " K characters; the limit is " + MAX_CHARS / 1024 + " K)").withHint("split it into several entries"));
            return false;
        }
        int[] counts = new int[COUNTED.length()];
        int definitions = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            int end = body.indexOf('\n', i);
            end = end < 0 ? n : end;
            int depth = 0;
            int indent = 0;
            int k = i;
            while (k < end && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
                indent += body.charAt(k) == '\t' ? 4 : 1;
                k++;
            }
            while (k < end) {
                char c = body.charAt(k);
                if (c == '>' || ((c == '-' || c == '*' || c == '+') && k + 1 < end && body.charAt(k + 1) == ' ')) {
                    depth++;
                } else if (c != ' ' && c != '\t' && !Character.isDigit(c) && c != '.' && c != ')') {
                    break;
                }
                k++;
            }
            depth += indent / 2;
            if (depth > MAX_DEPTH) {
                return over(source, offset + i, "the text is nested more than " + MAX_DEPTH + " levels deep (lists, quotes "
                        + "or indentation)", problems);
            }
            if (k + 1 < end && body.charAt(k) == '[' && definesLink(body, k, end)) {
                if (++definitions > MAX_DEFINITIONS) {
                    return over(source, offset + i, "more than " + MAX_DEFINITIONS + " link definitions ([label]: url)", problems);
                }
            }
            for (int p = i; p < end; p++) {
                int which = counted(body.charAt(p));
                if (which >= 0 && ++counts[which] > MAX_COUNT[which]) {
                    return over(source, offset + p, "more than " + MAX_COUNT[which] + " '" + COUNTED.charAt(which)
                            + "' in one text", problems);
                }
            }
            i = end + 1;
        }
        return true;
    }

    /** Which of {@link #COUNTED} the character is, or -1. */
    private static int counted(char c) {
        return c < WHICH.length ? WHICH[c] : -1;
    }

    /** Whether {@code "]:"} occurs in {@code body[from, end)}: the line defines a link (looked for only within the line). */
    private static boolean definesLink(String body, int from, int end) {
        for (int p = from; p + 1 < end; p++) {
            if (body.charAt(p) == ']' && body.charAt(p + 1) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean over(SourceText source, int at, String message, List<Diagnostic> problems) {
        problems.add(source.errorAt(at, message).withHint("no briefing needs this much; split or simplify the text"));
        return false;
    }
}
