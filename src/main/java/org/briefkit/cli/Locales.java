package org.briefkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * File names with letters beyond ASCII ({@code Zugang für alle.md}) under the POSIX or C locale,
 * common in containers and small CI images. There Java reads file names and arguments as ASCII: a
 * name with {@code ü} cannot be opened again. The launcher's first JVM therefore starts the second
 * with a UTF-8 locale ({@code LC_ALL=C.UTF-8}, what file names on such machines nearly always are),
 * and hands it the arguments as written ({@code /proc/self/cmdline}, as bytes) in a system property,
 * because it could only pass them on in ASCII. Where the locale names a charset of its own (say
 * ISO-8859-1) nothing changes. Stateless; the first JVM's code avoids "+" (see {@link Launcher}).
 */
final class Locales {
    /** The property that carries the arguments, Base64 of their UTF-8 bytes, each ended by a NUL. */
    static final String ARGS = "briefkit.args";

    private Locales() {
    }

    /** Whether this JVM reads file names as ASCII: the POSIX or C locale, outside Windows and macOS. */
    static boolean ascii() {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        return encoding.equals("ANSI_X3.4-1968") || encoding.equalsIgnoreCase("US-ASCII") || encoding.equalsIgnoreCase("ASCII");
    }

    /** Gives the second JVM a UTF-8 locale when this one reads file names as ASCII. */
    static void utf8(Map<String, String> environment) {
        if (ascii()) {
            environment.put("LC_ALL", "C.UTF-8");
        }
    }

    /**
     * The option that hands {@code args} to the second JVM as written, or null when they need none
     * (this JVM read them whole, or the command line cannot be read).
     */
    static String argsOption(String[] args) {
        if (!ascii() || args.length == 0) {
            return null;
        }
        byte[] all;
        try {
            all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String[] words = new String(all, StandardCharsets.UTF_8).split("\0");
        if (words.length < args.length) {
            return null;
        }
        String[] written = Arrays.copyOfRange(words, words.length - args.length, words.length);
        if (Arrays.equals(written, args)) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (String w : written) {
            joined.append(w).append('\0');
        }
        return "-D".concat(ARGS).concat("=").concat(Base64.getEncoder().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** In the second JVM: the arguments as written when the first handed them over, else {@code args}. */
    static String[] args(String[] args) {
        String handed = System.getProperty(ARGS);
        if (handed == null) {
            return args;
        }
        String joined = new String(Base64.getDecoder().decode(handed), StandardCharsets.UTF_8);
        return joined.isEmpty() ? new String[0] : joined.substring(0, joined.length() - 1).split("\0", -1);
    }
}
