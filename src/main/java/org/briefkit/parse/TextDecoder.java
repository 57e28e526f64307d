package org.briefkit.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefkit.diag.Diagnostic;

/**
 * Bytes of a content file to text: strict UTF-8 (an invalid byte is an error naming its line and
 * byte offset), a byte-order mark dropped, CRLF and CR line ends made LF, a form feed made a space,
 * and other C0 control characters (which HTML forbids and briefkit uses internally as placeholders)
 * replaced by U+FFFD with a warning. Stateless and thread-safe.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** The text, or null (with an error in {@code problems}) when the bytes are not UTF-8. */
    public static String decode(String path, byte[] bytes, List<Diagnostic> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(invalid(path, bytes, in.position()));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return plain(bytes) ? out.toString() : normalise(path, out, problems);
    }

    /** Whether the bytes have nothing to normalise: no byte-order mark, CR or control character. */
    private static boolean plain(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return false;
        }
        // In UTF-8 every byte of a multi-byte character is 0x80 or above (negative here).
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\t' || b == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static Diagnostic invalid(String path, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.length() + 1;
        return Diagnostic.error(path, line, column, String.format("invalid UTF-8: byte 0x%02X at byte offset %d",
                bytes[offset] & 0xff, offset)).withHint("save the file with UTF-8 encoding").withSourceLine(before);
    }

    private static String normalise(String path, CharBuffer chars, List<Diagnostic> problems) {
        int start = chars.length() > 0 && chars.charAt(0) == '\ufeff' ? 1 : 0;
        StringBuilder sb = new StringBuilder(chars.length());
        int line = 1;
        int column = 1;
        int controls = 0;
        int firstLine = 0;
        int firstColumn = 0;
        for (int i = start; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < chars.length() && chars.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
                continue;
            }
            if (c == '\n') {
                sb.append(c);
                line++;
                column = 1;
                continue;
            }
            if (c == '\f') {
                // CommonMark counts a form feed as white space; old text files put one on a line of its
                // own between pages. As a space it keeps that line blank (paragraphs stay apart) and
                // every column where it was.
                sb.append(' ');
            } else if (c < 0x20 && c != '\t' || c == 0x7f) {
                if (controls++ == 0) {
                    firstLine = line;
                    firstColumn = column;
                }
                sb.append('\ufffd');
            } else {
                sb.append(c);
            }
            column++;
        }
        if (controls > 0) {
            problems.add(Diagnostic.warning(path, firstLine, firstColumn, "control character"
                    + (controls > 1 ? "s (" + controls + ")" : "") + " replaced by \ufffd")
                    .withHint("remove invisible control characters from the file"));
        }
        return sb.toString();
    }
}
