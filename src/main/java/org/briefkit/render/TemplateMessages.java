package org.briefkit.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freemarker's error messages in the words of a template author: one line, without the tips after
 * "----", the "==>" markers, the position in brackets (the diagnostic has it) or the names of Java
 * objects (loaders, wrappers, class names with their identity hash), which mean nothing to an
 * author and differ from run to run. Stateless and thread-safe.
 */
final class TemplateMessages {
    private static final Pattern MISSING = Pattern.compile(
            "The following has evaluated to null or missing: (.+?)(?: \\[in template .*)?", Pattern.DOTALL);
    private static final Pattern NOT_FOUND = Pattern.compile(".*Template not found for name \"([^\"]+)\".*", Pattern.DOTALL);
    private static final Pattern POSITION = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");
    private static final Pattern LOADER = Pattern.compile("\\s*The name was interpreted by this TemplateLoader: [^\\n]*");
    private static final Pattern WRAPPER = Pattern.compile("\\s*\\(wrapper: [^)]*\\)");
    /**
     * A Java object as Java prints it, with its identity hash ({@code org.x.Loader@6e43837e}), or a
     * class of briefkit's own: names of the implementation, not of anything an author wrote (a
     * class a template names itself, as in {@code "…Execute"?new()}, is kept: it is the author's).
     */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*@[0-9a-f]+|\\borg\\.briefkit(?:\\.[A-Za-z0-9_$]+)+");

    private TemplateMessages() {
    }

    /** The message of a failed template, in one line and in the author's words. */
    static String clean(String message) {
        if (message == null) {
            return "template error";
        }
        String m = message;
        int tip = m.indexOf("\n----");
        if (tip >= 0) {
            m = m.substring(0, tip);
        }
        m = m.replace("==>", "").replaceAll("\\s+", " ").strip();
        Matcher missing = MISSING.matcher(m);
        if (missing.matches()) {
            return "'" + missing.group(1).strip() + "' is missing: no such variable or field, or its value is empty";
        }
        if (NOT_FOUND.matcher(m).matches()) {
            return "template '" + notFound(m) + "' not found";
        }
        m = POSITION.matcher(m).replaceAll("");
        m = LOADER.matcher(m).replaceAll("");
        m = WRAPPER.matcher(m).replaceAll("");
        return JAVA_NAME.matcher(m).replaceAll("an internal object").strip();
    }

    /** The template a message says was not found ({@code articles/../nope.ftlh} as {@code nope.ftlh}), or null. */
    static String notFound(String message) {
        Matcher m = message == null ? null : NOT_FOUND.matcher(message);
        if (m == null || !m.matches()) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : m.group(1).split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The hint for a message: how to allow a missing value. */
    static String hint(String message) {
        if (message != null && message.contains("null or missing")) {
            return "if the value may be missing, give a default (x!\"\") or test it first (<#if x??>)";
        }
        return "";
    }
}
