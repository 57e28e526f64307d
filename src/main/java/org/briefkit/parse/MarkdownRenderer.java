package org.briefkit.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.AllowedHosts;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.model.Body;
import org.briefkit.model.InlineRef;
import org.briefkit.model.LocalLink;

/**
 * Markdown to HTML with flexmark: CommonMark plus tables, strikethrough, autolinks, heading IDs and
 * {@code [[…]]} cross-references. Returns the HTML (with placeholders, see {@link Body}) and what the
 * graph needs: the references found and the heading IDs.
 *
 * <p>Raw HTML is escaped unless allowed. Link and image targets with a scheme other than http, https,
 * mailto or tel ({@code javascript:}, {@code data:}, {@code vbscript:}, in any spelling a browser
 * accepts) are turned into plain text with a warning. Links to paths of the site itself
 * ({@code /proposals/}, {@code ../b/}) are returned with their positions and left as placeholders,
 * which each page writes relative to itself once the site's pages are known (see {@code render}'s
 * {@code BodyLinks}), so the site works from disk and from any sub-path.
 *
 * <p>One instance serves the whole build: thread-safe, the flexmark parser and renderer are shared.
 */
public final class MarkdownRenderer {
    private static final String UNSAFE_HINT = "only http, https, mailto and tel links and relative links are allowed";
    private static final String OUTSIDE_HINT = "without --lenient this is an error: pages may not load anything from other hosts;"
            + " copy the image into templates/static/, or allow the host in site.yml (allowHosts: [host])";

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** flexmark's writer in pass-through mode, used where it writes the same HTML: see {@link #html}. */
    private final HtmlRenderer passThrough;
    /** With --lenient, the hosts whose images stay images; others become links (null: all stay). */
    private final AllowedHosts outsideImages;
    /** Whether raw HTML is shown as text, which {@link RawHtml} then says. */
    private final boolean escapesHtml;

    public MarkdownRenderer(boolean allowRawHtml) {
        this(allowRawHtml, null);
    }

    /**
     * A renderer that, when {@code outsideImagesAsLinks} is given (with {@code --lenient}), writes
     * images from hosts it does not allow as links to them ({@link OutsideImages}), with a warning.
     */
    public MarkdownRenderer(boolean allowRawHtml, AllowedHosts outsideImagesAsLinks) {
        this(allowRawHtml, outsideImagesAsLinks, null);
    }

    /** As above; links to other sites get the {@code rel} of {@code outsideLinks} (null: none). */
    public MarkdownRenderer(boolean allowRawHtml, AllowedHosts outsideImagesAsLinks, OutsideLinks outsideLinks) {
        MutableDataSet options = options(allowRawHtml);
        this.outsideImages = outsideImagesAsLinks;
        this.escapesHtml = !allowRawHtml;
        this.parser = Parser.builder(options).build();
        this.renderer = htmlRenderer(options, outsideImagesAsLinks, outsideLinks);
        this.passThrough = htmlRenderer(new MutableDataSet(options).set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH),
                outsideImagesAsLinks, outsideLinks);
    }

    /**
     * The HTML of {@code doc}, parsed from {@code markdown}. flexmark's default writer follows each
     * character it writes for line prefixes and indents (a fifth of the time spent parsing entries),
     * which Markdown's HTML never has, so the pass-through writer is used instead, with the same
     * output ({@code RendererFormatTest}, on random Markdown), except where the default one would
     * drop spaces at the start of a line: in raw HTML, escaped or not (which starts with {@code <}),
     * and after some line breaks. There the default writer writes it again.
     */
    String html(Document doc, String markdown) {
        if (markdown.indexOf('<') < 0) {
            String html = passThrough.render(doc);
            if (!aLineStartsBlank(html)) {
                return html;
            }
        }
        return renderer.render(doc);
    }

    /** Whether a line of {@code html} starts with a space or a tab, which only the default writer drops. */
    private static boolean aLineStartsBlank(String html) {
        return html.startsWith(" ") || html.startsWith("\t") || html.contains("\n ") || html.contains("\n\t");
    }

    /** The parser's and renderer's options. */
    static MutableDataSet options(boolean allowRawHtml) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                Autolinks.create(), CrossRefExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.ESCAPE_HTML_BLOCKS, !allowRawHtml);
        options.set(HtmlRenderer.ESCAPE_INLINE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return options;
    }

    /** The HTML renderer for {@code options}, with our link resolver and node renderers. */
    static HtmlRenderer htmlRenderer(MutableDataSet options) {
        return htmlRenderer(options, null, null);
    }

    private static HtmlRenderer htmlRenderer(MutableDataSet options, AllowedHosts outsideImagesAsLinks, OutsideLinks outsideLinks) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options).linkResolverFactory(new SafeLinks())
                .extensions(rendererExtensions(outsideImagesAsLinks));
        if (outsideLinks != null) {
            builder.attributeProviderFactory(outsideLinks);
        }
        return builder.build();
    }

    /**
     * Our renderer extensions. flexmark loads only the first extension of each class, so no two may
     * share one: the text renderer was once skipped this way, with the same output, only slower.
     */
    static List<HtmlRenderer.HtmlRendererExtension> rendererExtensions() {
        return rendererExtensions(null);
    }

    private static List<HtmlRenderer.HtmlRendererExtension> rendererExtensions(AllowedHosts outsideImagesAsLinks) {
        List<NodeRenderingHandler<?>> handlers = new ArrayList<>(List.of(ParagraphAnchors.RENDER, PlainText.RENDER, CodeSpans.RENDER,
                TableBoxes.RENDER));
        if (outsideImagesAsLinks != null) {
            handlers.addAll(OutsideImages.handlers(outsideImagesAsLinks));
        }
        return List.of(NodeHandlers.of(handlers.toArray(new NodeRenderingHandler<?>[0])));
    }

    /**
     * Renders {@code markdown}, which starts at character {@code offset} of {@code source} (so
     * positions in messages are the file's). With {@code dropTitleHeading}, a level-1 heading that
     * opens the body is left out: the page shows it as the title.
     */
    public Body render(SourceText source, int offset, String markdown, boolean dropTitleHeading,
                       List<Diagnostic> problems) {
        return render(source, offset, markdown, dropTitleHeading, false, problems);
    }

    /** As above; with {@code paragraphAnchors}, top-level paragraphs get stable IDs and visible links. */
    public Body render(SourceText source, int offset, String markdown, boolean dropTitleHeading, boolean paragraphAnchors,
                       List<Diagnostic> problems) {
        return render(source, offset, markdown, dropTitleHeading, paragraphAnchors, "", problems);
    }

    /** As above; heading IDs start with {@code headingIdPrefix} (Markdown fields: their name, so IDs stay unique on a page). */
    Body render(SourceText source, int offset, String markdown, boolean dropTitleHeading, boolean paragraphAnchors,
                String headingIdPrefix, List<Diagnostic> problems) {
        Document doc = parser.parse(markdown);
        new HeaderIdGenerator().generateIds(doc);
        if (!headingIdPrefix.isEmpty()) {
            for (Node node : doc.getDescendants()) {
                if (node instanceof Heading h && !h.getAnchorRefId().isEmpty()) {
                    h.setAnchorRefId(headingIdPrefix + h.getAnchorRefId());
                }
            }
        }
        List<InlineRef> refs = new ArrayList<>();
        List<Body.Heading> headings = new ArrayList<>();
        String firstHeading = null;
        List<Node> unsafe = new ArrayList<>();
        List<Map.Entry<TableBlock, Heading>> tables = new ArrayList<>();
        List<LocalLink> links = new ArrayList<>();
        Heading lastHeading = null;
        for (Node node : doc.getDescendants()) {
            if (node instanceof CrossRefNode ref) {
                ref.setIndex(refs.size());
                int at = offset + ref.getStartOffset();
                refs.add(new InlineRef(ref.index(), ref.target(), ref.anchor(), ref.text(), source.lineOf(at),
                        source.columnOf(at)));
            } else if (node instanceof TableBlock t) {
                tables.add(new SimpleImmutableEntry<>(t, lastHeading));
            } else if (node instanceof Heading h) {
                lastHeading = h.getAnchorRefId().isEmpty() ? lastHeading : h;
                if (firstHeading == null) {
                    firstHeading = h.getAnchorRefText().strip();
                }
                if (!h.getAnchorRefId().isEmpty()) {
                    headings.add(new Body.Heading(h.getLevel(), h.getAnchorRefId(), h.getAnchorRefText().strip()));
                }
            } else {
                String url = urlOf(node, doc);
                if (url != null && !LinkSafety.isSafe(url)) {
                    unsafe.add(node);
                    problems.add(source.warningAt(offset + node.getStartOffset(), "link target '" + shorten(url)
                            + "' is not allowed; shown as plain text").withHint(UNSAFE_HINT));
                } else if (url != null && outsideImages != null && (node instanceof Image || node instanceof ImageRef)
                        && outsideImages.outsideHost(url) != null) {
                    problems.add(source.warningAt(offset + node.getStartOffset(), "image from another host ("
                            + outsideImages.outsideHost(url) + ") shown as a link to it").withHint(OUTSIDE_HINT)
                            .asLenientWarning());
                } else if (url != null) {
                    addLocalLink(node, doc, url, source, offset, links);
                }
            }
        }
        unsafe.forEach(MarkdownRenderer::neutralise);
        if (escapesHtml && markdown.indexOf('<') >= 0) {
            RawHtml.report(doc, source, offset, problems);
        }
        Node first = doc.getFirstChild();
        if (dropTitleHeading && first instanceof Heading h && h.getLevel() == 1) {
            headings.removeIf(x -> x.id().equals(h.getAnchorRefId()));
            h.unlink();
        }
        if (paragraphAnchors) {
            ParagraphAnchors.assign(doc);
        }
        if (!tables.isEmpty()) {
            TableBoxes.assign(doc, tables);
        }
        String html = html(doc, markdown);
        return new Body(html, refs, headings, firstHeading, links);
    }

    /**
     * Records a link or image to a path of the site, at the place its target is written (for a
     * reference-style link, its definition, once however often it is used).
     */
    private static void addLocalLink(Node node, Document doc, String url, SourceText source, int offset, List<LocalLink> links) {
        String target = localTarget(url);
        if (target == null) {
            return;
        }
        BasedSequence written = null;
        if (node instanceof Link l) {
            written = l.getUrl();
        } else if (node instanceof Image i) {
            written = i.getUrl();
        } else if (node instanceof LinkRef l) {
            written = l.getReferenceNode(doc).getUrl();
        } else if (node instanceof ImageRef i) {
            written = i.getReferenceNode(doc).getUrl();
        }
        if (written == null) {
            return;
        }
        int at = offset + (written.isEmpty() ? node.getStartOffset() : written.getStartOffset());
        LocalLink link = new LocalLink(target, source.lineOf(at), source.columnOf(at));
        if (!links.contains(link)) {
            links.add(link);
        }
    }

    /**
     * The percent-encoded target of a link to a path of the site itself ({@code /notes/b/},
     * {@code ../b/}, {@code b.pdf#p2}), or null for a link elsewhere, to a fragment or query of the
     * page itself, or with a scheme. Its HTML is a placeholder that each page writes (see
     * {@link Body#linkMarker(String)}).
     */
    static String localTarget(String url) {
        if (LinkSafety.scheme(url) != null) {
            return null;
        }
        String encoded = Escaping.percentEncodeUrl(url);
        boolean elsewhere = encoded.isEmpty() || encoded.startsWith("#") || encoded.startsWith("?") || encoded.startsWith("//");
        return elsewhere ? null : encoded;
    }

    /** The target a browser would follow, decoded, or null when the node is not a link. */
    private static String urlOf(Node node, Document doc) {
        if (node instanceof Link l) {
            return l.getUrl().unescape();
        }
        if (node instanceof Image i) {
            return i.getUrl().unescape();
        }
        if (node instanceof AutoLink a) {
            return a.getUrl().unescape();
        }
        if (node instanceof MailLink) {
            return null;
        }
        if (node instanceof LinkRef l) {
            Reference r = l.isDefined() ? l.getReferenceNode(doc) : null;
            return r == null ? null : r.getUrl().unescape();
        }
        if (node instanceof ImageRef i) {
            Reference r = i.isDefined() ? i.getReferenceNode(doc) : null;
            return r == null ? null : r.getUrl().unescape();
        }
        return null;
    }

    /** Replaces a link by its text, an image by its description. */
    private static void neutralise(Node node) {
        if (node instanceof Image i) {
            node.insertBefore(new Text(i.getText()));
        } else if (node instanceof ImageRef i) {
            node.insertBefore(new Text(i.getText()));
        } else if (node instanceof AutoLink a) {
            node.insertBefore(new Text(a.getText()));
        } else {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
        }
        node.unlink();
    }

    private static String shorten(String url) {
        String oneLine = url.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }

    /**
     * The last line of defence for every URL flexmark writes: unsafe ones become "#" (the tree walk
     * above normally removed them already); the others are percent-encoded as CommonMark's reference
     * renderer does (flexmark's own encoder: spaces, non-ASCII letters and {@code "<>\\^`{|}} become
     * {@code %XX}, {@code %XX} already there is kept), and targets that are paths of the site become
     * placeholders, which each page writes once the site's pages are known.
     * The encoding is done here, not with flexmark's {@code PERCENT_ENCODE_URLS}, because that option
     * encodes after the resolvers and would turn the placeholders into {@code %06}.
     */
    private static final class SafeLinks implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                String url = link.getUrl();
                if (!LinkSafety.isSafe(url)) {
                    return link.withUrl("#");
                }
                // An autolink is never a path of the site ("www.itu.int" gets its "http://" after this).
                String local = node instanceof AutoLink || node instanceof MailLink ? null : localTarget(url);
                if (local != null) {
                    return link.withUrl(Body.linkMarker(local));
                }
                String encoded = Escaping.percentEncodeUrl(url);
                return encoded.equals(url) ? link : link.withUrl(encoded);
            };
        }
    }
}
