package org.briefkit.verify;

import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.TokenHandler;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.impl.ElementName;
import nu.validator.htmlparser.impl.HtmlAttributes;
import nu.validator.htmlparser.impl.Tokenizer;
import nu.validator.htmlparser.impl.TreeBuilder;
import nu.validator.htmlparser.impl.UTF16Buffer;
import org.xml.sax.SAXException;

/**
 * Reads a page as a browser's HTML parser does, with the Nu Html Checker's HTML5 parser (the one
 * Firefox's parser is generated from): its tokenizer, driven by its tree builder, so that comments
 * in every abrupt and bogus form, raw text and RCDATA elements, foreign content in {@code svg} and
 * {@code math}, CDATA sections, {@code template} and {@code noscript} end where a browser ends
 * them. Security checks need exactly that: a reader of its own would read some pages differently
 * from browsers, and attackers live in those differences.
 *
 * <p>The visitor is told every start tag the tokenizer produces, before the tree builder sees it:
 * also tags that the tree builder then drops or merges into an element already open (a second
 * {@code <body>}), so a check sees at least what any browser could make of the page. It is told
 * the text of every {@code style} element (HTML and SVG alike), as the tree builder puts it
 * together. Stateless and thread-safe; each call parses on the calling thread.
 */
public final class HtmlReader {
    /**
     * A start tag: its name and attributes as the tokenizer read them (names lower case, values with
     * character references decoded; a repeated attribute is dropped, as browsers drop it), and the
     * line where the tag ends. Valid only during {@link Visitor#tag}: the parser reuses it.
     */
    public static final class Tag {
        private String name;
        private HtmlAttributes attributes;
        private int line;
        private int end = -1;
        private boolean opensHead;
        private boolean opensRoot;

        public String name() {
            return name;
        }

        public int line() {
            return line;
        }

        /** The offset in the page just after the tag's closing {@code >} when read with places, else -1. */
        public int end() {
            return end;
        }

        /** Whether this is the {@code <head>} tag that makes the page's head element. */
        public boolean opensHead() {
            return opensHead;
        }

        /** Whether this is the {@code <html>} tag that makes the page's root element. */
        public boolean opensRoot() {
            return opensRoot;
        }

        public int attributeCount() {
            return attributes.getLength();
        }

        /** The name of the {@code i}th attribute, lower case ({@code xlink:href} keeps its prefix). */
        public String attributeName(int i) {
            return attributes.getQNameNoBoundsCheck(i);
        }

        public String attributeValue(int i) {
            return attributes.getValueNoBoundsCheck(i);
        }

        /** The value of the attribute {@code name} (lower case), or null. */
        public String attr(String name) {
            return attributes.getValue(name);
        }
    }

    /** Receives what the reader finds, in document order. */
    public interface Visitor {
        void tag(Tag tag);

        /** The text of a {@code style} element, which ends on {@code line}. */
        default void style(String css, int line) {
        }

        /** The text of a {@code script} element (HTML or SVG), which ends on {@code line}. */
        default void script(String code, int line) {
        }

        /** A doctype, which ends at {@code end} (the offset just after its {@code >}; only when read with places). */
        default void doctype(int end) {
        }

        /** Whether the visitor has seen all it needs: the reading stops after the current tag. */
        default boolean done() {
            return false;
        }
    }

    /** How much of the page is given to the parser at a time. */
    private static final int CHUNK = 8192;

    private HtmlReader() {
    }

    /**
     * Reads {@code html} as a browser with scripting on ({@code scripting}: the content of
     * {@code noscript} is text) or off (it is markup) would. Tags have lines, not offsets.
     */
    public static void read(String html, boolean scripting, Visitor visitor) {
        read(html, scripting, true, false, visitor);
    }

    /**
     * As {@link #read}, but {@code <![CDATA[} is never a CDATA section, even in SVG and MathML: it
     * is a bogus comment that ends at the next {@code >}. That is how Chromium's preload scanner,
     * which fetches ahead of the parser, reads it, so {@code <svg><![CDATA[<p><img src=…>]]>}
     * loads the image although the page never has it. Whether a page has one: {@link #hasCdata}.
     */
    public static void readAsPreloadScanner(String html, boolean scripting, Visitor visitor) {
        read(html, scripting, false, false, visitor);
    }

    /** Whether a page has a {@code <![CDATA[} (case matters, as in the tokenizer), which may read two ways. */
    public static boolean hasCdata(String html) {
        return html.contains("<![CDATA[");
    }

    /**
     * As {@link #read}, and tags know where they end ({@link Tag#end()}): the page is given to the
     * parser a character at a time, so a tag ends where the parser was when it told of it. Slower
     * (about 50 ns a character): for the start of a page ({@link Visitor#done()}), or small ones.
     * (The parser's own column counting, in its ErrorReportingTokenizer, would make every reading a
     * third slower once that class is loaded: the JIT can no longer inline the tokenizer's calls.)
     */
    public static void readWithPlaces(String html, boolean scripting, Visitor visitor) {
        read(html, scripting, true, true, visitor);
    }

    private static void read(String html, boolean scripting, boolean cdata, boolean places, Visitor visitor) {
        Elements tree = new Elements(visitor);
        tree.setScriptingEnabled(scripting);
        Tokens tokens = new Tokens(tree, visitor, cdata);
        Tokenizer tokenizer = new Tokenizer(tokens, false);
        tree.tokenizer = tokenizer;
        // Keep names and text as written: the XML-compatibility rewrites are for building XML.
        tokenizer.setCommentPolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setContentSpacePolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setNamePolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setXmlnsPolicy(XmlViolationPolicy.ALLOW);
        tree.setNamePolicy(XmlViolationPolicy.ALLOW);
        // In pieces, as the parser's own driver reads a stream: a reading that stops early copies
        // little of the page.
        char[] chars = new char[Math.max(1, Math.min(html.length(), CHUNK))];
        try {
            tokenizer.start();
            try {
                boolean lastWasCR = false;
                for (int from = 0; from < html.length() && !tokens.stopped; from += chars.length) {
                    int length = Math.min(chars.length, html.length() - from);
                    html.getChars(from, from + length, chars, 0);
                    UTF16Buffer buffer = new UTF16Buffer(chars, 0, places ? 0 : length);
                    for (int at = 0; at < length && !tokens.stopped; at = buffer.getStart()) {
                        if (places) {
                            buffer.setEnd(at + 1);
                            tokens.offset = from + at + 1;
                        }
                        buffer.adjust(lastWasCR);
                        lastWasCR = false;
                        if (buffer.hasMore()) {
                            lastWasCR = tokenizer.tokenizeBuffer(buffer);
                        }
                    }
                }
                if (!tokens.stopped) {
                    tokenizer.eof();
                }
            } finally {
                tokenizer.end();
            }
            if (!tokens.stopped) {
                tree.flush();
            }
        } catch (SAXException e) {
            // Only an error handler throws, and none is set.
            throw new IllegalStateException("HTML parser failed", e);
        }
    }

    /**
     * Passes every token to the tree builder, first showing start tags to the visitor (the tree
     * builder may rewrite or recycle their attributes).
     */
    private static final class Tokens implements TokenHandler {
        private final Elements tree;
        private final Visitor visitor;
        private final Tag tag = new Tag();
        private final boolean cdata;
        private Tokenizer tokenizer;
        private boolean doctypeSeen;
        private boolean stopped;
        /** When read with places: how much of the page the parser has been given (-1: not counted). */
        private int offset = -1;

        Tokens(Elements tree, Visitor visitor, boolean cdata) {
            this.tree = tree;
            this.visitor = visitor;
            this.cdata = cdata;
        }

        @Override
        public void startTokenization(Tokenizer self) throws SAXException {
            tokenizer = self;
            tree.startTokenization(self);
        }

        @Override
        public void startTag(ElementName name, HtmlAttributes attributes, boolean selfClosing) throws SAXException {
            tag.name = name.getName();
            tag.attributes = attributes;
            tag.line = tokenizer.getLineNumber();
            tag.end = offset;
            // The tree builder makes the root and the head at the first tags named so, unless
            // something before them made them already.
            tag.opensRoot = !tree.rootMade && tag.name.equals("html");
            tag.opensHead = !tree.headMade && tag.name.equals("head");
            visitor.tag(tag);
            tree.startTag(name, attributes, selfClosing);
            if (visitor.done()) {
                stopped = true;
                tokenizer.requestSuspension();
            }
        }

        @Override
        public boolean wantsComments() throws SAXException {
            return false;
        }

        @Override
        public void doctype(String name, String publicId, String systemId, boolean forceQuirks) throws SAXException {
            if (!doctypeSeen && !tree.rootMade) {
                doctypeSeen = true;
                visitor.doctype(offset);
            }
            tree.doctype(name, publicId, systemId, forceQuirks);
        }

        @Override
        public void endTag(ElementName name) throws SAXException {
            tree.endTag(name);
        }

        @Override
        public void comment(char[] buf, int start, int length) throws SAXException {
            tree.comment(buf, start, length);
        }

        @Override
        public void characters(char[] buf, int start, int length) throws SAXException {
            tree.characters(buf, start, length);
        }

        @Override
        public void zeroOriginatingReplacementCharacter() throws SAXException {
            tree.zeroOriginatingReplacementCharacter();
        }

        @Override
        public void zeroOrReplacementCharacter() throws SAXException {
            tree.zeroOrReplacementCharacter();
        }

        @Override
        public void eof() throws SAXException {
            tree.eof();
        }

        @Override
        public void endTokenization() throws SAXException {
            tree.endTokenization();
        }

        @Override
        public boolean cdataSectionAllowed() throws SAXException {
            return cdata && tree.cdataSectionAllowed();
        }

        @Override
        public void ensureBufferSpace(int inputLength) throws SAXException {
            tree.ensureBufferSpace(inputLength);
        }
    }

    /** An element the tree builder made: only whether it is a {@code style} or {@code script}, and its text if so. */
    private static final class Node {
        final boolean style;
        final StringBuilder text;

        Node(boolean style, boolean script) {
            this.style = style;
            this.text = style || script ? new StringBuilder() : null;
        }
    }

    private static final Node OTHER = new Node(false, false);

    /** A tree builder that keeps no tree: it hands the text of {@code style} elements to the visitor. */
    private static final class Elements extends TreeBuilder<Node> {
        private final Visitor visitor;
        private final List<Node> texts = new ArrayList<>();
        private Tokenizer tokenizer;
        private boolean rootMade;
        private boolean headMade;

        Elements(Visitor visitor) {
            this.visitor = visitor;
        }

        @Override
        protected Node createElement(String ns, String name, HtmlAttributes attributes, Node intendedParent) {
            headMade |= name.equals("head");
            boolean style = name.equals("style");
            if (!style && !name.equals("script")) {
                return OTHER;
            }
            Node node = new Node(style, !style);
            texts.add(node);
            return node;
        }

        /** Hands on the text of elements still open at the end of the page. */
        void flush() {
            for (Node node : texts) {
                elementPopped(null, null, node);
            }
        }

        @Override
        protected Node createHtmlElementSetAsRoot(HtmlAttributes attributes) {
            rootMade = true;
            return OTHER;
        }

        @Override
        protected Node createAndInsertFosterParentedElement(String ns, String name, HtmlAttributes attributes, Node table,
                                                            Node stackParent) {
            return createElement(ns, name, attributes, stackParent);
        }

        @Override
        protected void appendCharacters(Node parent, char[] buf, int start, int length) {
            if (parent.text != null) {
                parent.text.append(buf, start, length);
            }
        }

        @Override
        protected void insertFosterParentedCharacters(char[] buf, int start, int length, Node table, Node stackParent) {
            appendCharacters(stackParent, buf, start, length);
        }

        @Override
        protected void elementPopped(String ns, String name, Node node) {
            if (node.text != null && node.text.length() > 0) {
                if (node.style) {
                    visitor.style(node.text.toString(), tokenizer.getLineNumber());
                } else {
                    visitor.script(node.text.toString(), tokenizer.getLineNumber());
                }
                node.text.setLength(0);
            }
        }

        @Override
        protected void detachFromParent(Node element) {
        }

        @Override
        protected boolean hasChildren(Node element) {
            return false;
        }

        @Override
        protected void appendElement(Node child, Node newParent) {
        }

        @Override
        protected void appendChildrenToNewParent(Node oldParent, Node newParent) {
        }

        @Override
        protected void insertFosterParentedChild(Node child, Node table, Node stackParent) {
        }

        @Override
        protected void appendComment(Node parent, char[] buf, int start, int length) {
        }

        @Override
        protected void appendCommentToDocument(char[] buf, int start, int length) {
        }

        @Override
        protected void addAttributesToElement(Node element, HtmlAttributes attributes) {
        }
    }
}
