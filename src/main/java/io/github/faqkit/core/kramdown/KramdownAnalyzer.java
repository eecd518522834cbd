package io.github.faqkit.core.kramdown;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives headings, ids, attribute-line placement and the TOC from a page body, as kramdown 2.4 with
 * kramdown-parser-gfm does under Jekyll 4: {@link BlockParser} builds kramdown's block tree, then the
 * parser's update passes (IALs onto attributes, GFM ids) and the HTML converter's decisions (which
 * list becomes the TOC, which headings it lists, converter ids) are replayed here.
 */
public final class KramdownAnalyzer {
    private static final Pattern NO_TOC = Pattern.compile("(?<![A-Za-z0-9_])no_toc(?![A-Za-z0-9_])");
    private static final Pattern TOC_WORD = Pattern.compile("(?i)(?<![A-Za-z0-9_-])[.#]?toc(?![A-Za-z0-9_-])");
    private static final Pattern PAREN_ITEM = Pattern.compile(" {0,3}\\d+\\)[ \\t].*");

    private KramdownAnalyzer() {}

    /** What kramdown makes of a page body: its model, and where it reads no Markdown. */
    public record Result(KramdownModel model, BlockSpans spans) {}

    public static KramdownModel analyze(MarkdownBody body, SiteConfig config) {
        return parse(body, config).model();
    }

    /** Parses the body once, for the model and for every consumer of its block structure. */
    public static Result parse(MarkdownBody body, SiteConfig config) {
        String text = body.text();
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int skipped = 0;
        if (body.lineOffset() > 0) {
            // Jekyll's front matter regexp swallows the whitespace-only lines after the closing ---
            int p = 0;
            while (p < text.length()) {
                int e = text.indexOf('\n', p);
                if (e < 0 || !Src.blank(text.substring(p, e))) {
                    break;
                }
                p = e + 1;
                skipped++;
            }
            text = text.substring(p);
        }
        if (Src.blank(text)) {
            return new Result(KramdownModel.empty(), BlockSpans.NONE);
        }
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
        int skippedLines = skipped;
        String input = text;
        try {
            return run(input, body, config, skippedLines);
        } catch (StackOverflowError e) {
            // The parse is bounded by how deep kramdown itself can nest (RubyStack), which a small thread stack
            // may not hold: parse again on a thread with room for it.
            return onLargeStack(() -> run(input, body, config, skippedLines));
        }
    }

    private static Result run(String text, MarkdownBody body, SiteConfig config, int skipped) {
        Run run = new Run(config, line -> body.fileLineOfBodyLine(line + skipped));
        KramdownModel model = run.run(text);
        if (model.stop() != null) {
            // the build fails on this page: nothing of it is rendered, so no part of it is read as Markdown
            return new Result(model, BlockSpans.NONE);
        }
        return new Result(model, spans(run.parser.rawBlocks, body, skipped));
    }

    /** Stack size for a page whose nesting overflows the caller's thread: far more than RubyStack's limits need. */
    private static final long LARGE_STACK_BYTES = 512L * 1024 * 1024;

    private static Result onLargeStack(java.util.function.Supplier<Result> parse) {
        Result[] out = new Result[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        out[0] = parse.get();
                    } catch (RuntimeException | Error e) {
                        failed[0] = e;
                    }
                },
                "faq-deep-page",
                LARGE_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing a deeply nested page", e);
        }
        if (failed[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failed[0] instanceof Error err) {
            throw err;
        }
        return out[0];
    }

    /** The parser's code, raw HTML and comment blocks as offsets of the body text (kramdown line = body line - skipped). */
    private static BlockSpans spans(List<BlockParser.RawBlock> blocks, MarkdownBody body, int skipped) {
        if (blocks.isEmpty()) {
            return BlockSpans.NONE;
        }
        String text = body.text();
        LineIndex lines = body.lines();
        List<BlockSpans.Span> out = new ArrayList<>(blocks.size());
        for (BlockParser.RawBlock b : blocks) {
            int start = offset(text, lines, b.startLine() + skipped, b.startFromEnd(), false);
            int end = offset(text, lines, b.endLine() + skipped, b.endFromEnd(), true);
            if (end > start) {
                out.add(new BlockSpans.Span(b.kind(), start, end));
            }
        }
        out.sort(java.util.Comparator.comparingInt(BlockSpans.Span::start));
        return new BlockSpans(out);
    }

    /**
     * The body offset {@code fromEnd} characters before the end of a body line: the text a container
     * leaves of a line is always a tail of it. -1 is the start of the line, or for an end the start of
     * the next line.
     */
    private static int offset(String text, LineIndex lines, int line, int fromEnd, boolean end) {
        int lineStart = lines.lineStart(line);
        if (fromEnd < 0) {
            return !end ? lineStart : line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        }
        return Math.max(lineStart, lines.lineEnd(text, line) - fromEnd);
    }

    /** One analysis: the tree, then the update and converter passes over it. */
    private static final class Run {
        private final SiteConfig config;
        private final java.util.function.IntUnaryOperator toFile;
        private boolean autoIds;
        private int[] tocLevels;
        final BlockParser parser = new BlockParser();
        private HeaderIds ids;
        private final List<Element> order = new ArrayList<>();
        private Element tocList;
        private final List<Element> extraMarkerLists = new ArrayList<>();

        Run(SiteConfig config, java.util.function.IntUnaryOperator toFile) {
            this.config = config;
            this.toFile = toFile;
        }

        /** _config.yml's kramdown options, overridden by the page's own {@code {::options /}} lines. */
        private void options() {
            Map<String, String> doc = parser.documentOptions;
            autoIds = doc.containsKey("auto_ids")
                    ? !doc.get("auto_ids").strip().equals("false")
                    : config.raw().path("kramdown").path("auto_ids").asBoolean(true);
            ids = new HeaderIds(
                    doc.getOrDefault("auto_id_prefix", config.autoIdPrefix()), RubyUnicode.ofRuby(config.ruby()));
            tocLevels = doc.containsKey("toc_levels")
                    ? SiteConfig.parseTocLevels(TextNode.valueOf(doc.get("toc_levels")))
                    : config.tocLevels();
        }

        private boolean inTocLevels(int level) {
            for (int l : tocLevels) {
                if (l == level) {
                    return true;
                }
            }
            return false;
        }

        int file(int kramdownLine) {
            return toFile.applyAsInt(kramdownLine);
        }

        /*
         * run() and its steps are separate methods on purpose: a page exercises branches the pages before it
         * did not, and the JIT compiles again whatever method such a branch is in; small methods keep that
         * cheap (one large run() was compiled four times over, most of the JIT's time on a large site).
         */
        KramdownModel run(String text) {
            Element root = parser.parse(text);
            if (parser.depth.stopLine >= 0) {
                return KramdownModel.stopped(new KramdownStop(file(parser.depth.stopLine), parser.depth.stopNesting));
            }
            options();
            walk(root, null);
            spanTexts();
            gfmIds(root);
            List<BlockAttributes> blocks = blockAttributes();
            List<Heading> headings = new ArrayList<>();
            List<TocEntry> entries = new ArrayList<>();
            headingsAndTocLists(headings, entries);
            Toc toc = tocList == null
                    ? null
                    : new Toc(
                            file(tocList.line),
                            file(markerLine(tocList)),
                            tocList.type,
                            classes(tocList.attr.getOrDefault("class", "")),
                            List.copyOf(entries),
                            headingLine(firstShown(root.children, 0)),
                            headingLine(shownBefore(tocList)));
            List<Integer> extra = new ArrayList<>();
            extraMarkerLists.forEach(l -> extra.add(file(markerLine(l))));
            List<AttributeLine> lines = attributeLines();
            List<MarkerProblem> broken = new MarkerCandidates(this).find();
            Set<String> all = allIds(headings, toc);
            List<NoSpaceHeading> noSpace = new ArrayList<>();
            parser.noSpaceHeadings.found.forEach(h -> noSpace.add(new NoSpaceHeading(file(h.line()), h.after())));
            return new KramdownModel(
                    List.copyOf(headings),
                    lines,
                    toc,
                    List.copyOf(extra),
                    broken,
                    List.copyOf(blocks),
                    List.copyOf(noSpace),
                    Set.copyOf(all),
                    autoIds,
                    null);
        }

        /** Elements that show nothing where they stand: blank lines, definitions, comments, extensions. */
        private static final Set<String> UNSHOWN = Set.of("blank", "eob", "xml_comment", "extension");

        /** The first element from {@code from} on that shows something; null when there is none. */
        private static Element firstShown(List<Element> elements, int from) {
            for (int i = from; i < elements.size(); i++) {
                if (!UNSHOWN.contains(elements.get(i).type)) {
                    return elements.get(i);
                }
            }
            return null;
        }

        /** The element before {@code el} among its siblings that shows something; null when there is none. */
        private static Element shownBefore(Element el) {
            List<Element> siblings = el.parent == null ? List.of() : el.parent.children;
            for (int i = siblings.indexOf(el) - 1; i >= 0; i--) {
                if (!UNSHOWN.contains(siblings.get(i).type)) {
                    return siblings.get(i);
                }
            }
            return null;
        }

        /** The file line of {@code el} when it is a heading, else 0. */
        private int headingLine(Element el) {
            return el != null && el.type.equals("header") ? file(el.line) : 0;
        }

        /** Attribute lists onto attributes, and the texts of the headers. */
        private void spanTexts() {
            for (Element el : order) {
                if (el.ial != null) {
                    applyIal(el.attrs(), el.ial, 0);
                }
                if (el.type.equals("header")) {
                    SpanText st = SpanText.of(el.rawText(), parser.linkIds);
                    el.displayText = st.displayText();
                    String idText = st.idText();
                    // the two texts are usually equal: keep one copy (the TOC entry keeps the id text)
                    el.idText = idText.equals(el.displayText) ? el.displayText : idText;
                }
            }
        }

        private List<BlockAttributes> blockAttributes() {
            List<BlockAttributes> blocks = new ArrayList<>();
            for (Element el : order) {
                if (!el.attr.isEmpty() && isBlock(el)) {
                    // the element's own map, which nothing writes any more, except the plain id that heading()
                    // still gives a heading without one: only that map is copied before it changes
                    boolean idToCome = autoIds && el.type.equals("header") && !el.attr.containsKey("id");
                    Map<String, String> attrs = idToCome ? new LinkedHashMap<>(el.attr) : el.attr;
                    blocks.add(new BlockAttributes(file(el.line), el.type, attrs, el.autoId));
                }
            }
            return blocks;
        }

        /** The headings with their converter ids, the TOC entries, and which lists carry the TOC marker. */
        private void headingsAndTocLists(List<Heading> headings, List<TocEntry> entries) {
            for (Element el : order) {
                if (el.type.equals("header")) {
                    heading(el, headings, entries);
                } else if (el.isList() && el.ial != null && el.ial.refs.contains("toc")) {
                    if (tocList == null) {
                        tocList = el;
                    } else {
                        extraMarkerLists.add(el);
                    }
                }
            }
        }

        private void heading(Element el, List<Heading> headings, List<TocEntry> entries) {
            boolean explicit = el.attr.containsKey("id") && !el.autoId;
            if (autoIds && !el.attr.containsKey("id")) {
                el.attrs().put("id", ids.plain(el.idText));
            }
            String id = el.attr.get("id");
            String cls = el.attr.getOrDefault("class", "");
            boolean inToc = id != null
                    && inTocLevels(el.level)
                    && !(cls.contains("no_toc") && NO_TOC.matcher(cls).find());
            headings.add(new Heading(
                    file(el.line), 1, el.level, el.displayText, id == null ? "" : id, classes(cls), explicit, inToc));
            if (inToc) {
                entries.add(new TocEntry(el.level, id, el.idText, file(el.line)));
            }
        }

        /** Ids of the rendered elements: headings, blocks with an id, the TOC list. */
        private Set<String> allIds(List<Heading> headings, Toc toc) {
            Set<String> all = new LinkedHashSet<>();
            for (Heading h : headings) {
                if (!h.id().isEmpty()) {
                    all.add(h.id());
                }
            }
            for (Element el : order) {
                String id = el.attr.get("id");
                if (id != null && !id.isEmpty()) {
                    all.add(id);
                }
            }
            if (toc != null && !toc.entries().isEmpty()) {
                all.add(tocList.attr.getOrDefault("id", "markdown-toc"));
                // the entries' own ids ("markdown-toc-" + heading id) are derived by KramdownModel.hasId
            }
            return all;
        }

        private static boolean isBlock(Element el) {
            return !el.type.equals("eob")
                    && !el.type.equals("blank")
                    && !el.type.equals("text")
                    && !el.type.equals("temp")
                    && !el.type.equals("root");
        }

        private void walk(Element el, Element parent) {
            if (parent != null) {
                el.parent = parent;
                order.add(el);
            }
            // indexed: no iterator per element, childless ones included
            for (int i = 0; i < el.children.size(); i++) {
                walk(el.children.get(i), el);
            }
        }

        /** update_attr_with_ial: referenced ALDs first, then the list's own attributes. */
        private void applyIal(Map<String, String> attr, Ial ial, int depth) {
            if (depth > 10) {
                return;
            }
            for (String ref : ial.refs) {
                Ial ald = parser.alds.get(ref);
                if (ald != null) {
                    applyIal(attr, ald, depth + 1);
                }
            }
            for (Map.Entry<String, String> e : ial.attrs.entrySet()) {
                if (e.getKey().equals("class")) {
                    Ial.addClass(attr, e.getValue());
                } else {
                    attr.put(e.getKey(), e.getValue());
                }
            }
        }

        /** kramdown-parser-gfm's update_elements: document order, not into HTML elements. */
        private void gfmIds(Element el) {
            for (int i = 0; i < el.children.size(); i++) {
                Element c = el.children.get(i);
                if (c.type.equals("html_element")) {
                    continue;
                }
                if (c.type.equals("header") && autoIds && !c.attr.containsKey("id")) {
                    c.attrs().put("id", ids.gfm(c.idText));
                    c.autoId = true;
                } else {
                    gfmIds(c);
                }
            }
        }

        static List<String> classes(String cls) {
            if (cls.isEmpty()) {
                return List.of();
            }
            // what splitting cls.trim() at \\s+ gives, without a regex (empty pieces are dropped anyway)
            String t = cls.trim();
            List<String> out = new ArrayList<>(2);
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                if (i == t.length() || " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
                    if (i > start) {
                        out.add(shared(t.substring(start, i)));
                    }
                    start = i + 1;
                }
            }
            return List.copyOf(out);
        }

        int markerLine(Element list) {
            for (AttributeLineBuilder b : list.ial.sources) {
                if (TOC_WORD.matcher(b.text).find()) {
                    return b.line;
                }
            }
            return list.ial.sources.isEmpty() ? list.line : list.ial.sources.get(0).line;
        }

        BlockRef ref(Element el) {
            if (el == null) {
                return null;
            }
            int line = file(el.line);
            Element parent = el.parent;
            int inside = parent != null && parent.type.equals("li") && el.type.equals("p") ? file(parent.line) : -1;
            int at = line;
            // the phrase before " at line N": shared by the pages of a site, where the numbers are not
            String head = switch (el.type) {
                case "header" -> "heading '" + el.displayText + "'";
                case "ul", "ol" -> el == tocList ? "the TOC list" : "the list";
                case "li" -> "the list item";
                case "p" -> "the paragraph";
                case "codeblock" -> "the code block";
                case "blockquote" -> "the blockquote";
                case "table" -> "the table";
                case "hr" -> "the horizontal rule";
                case "html_element" -> "the <" + el.htmlName + "> HTML block";
                case "xml_comment" -> "the HTML comment";
                case "eob" -> definition(el) != null ? "the " + definition(el) : "the end-of-block marker";
                default -> "the " + el.type;
            };
            if (el.type.equals("eob") && definition(el) != null) {
                at = file(el.definitionLine);
            }
            return Shared.value(BlockRef.described(el.type, line, shared(head), at, inside));
        }

        /** What a definition's end-of-block element stands for, or null when it ends no definition. */
        private static String definition(Element eob) {
            return switch (String.valueOf(eob.eobKind)) {
                case "link_def" -> "link definition";
                case "footnote_def" -> "footnote definition";
                case "abbrev_def" -> "abbreviation definition";
                default -> null;
            };
        }

        Element above(AttributeLineBuilder b) {
            return b.above;
        }

        private List<AttributeLine> attributeLines() {
            List<AttributeLine> out = new ArrayList<>();
            for (AttributeLineBuilder b : parser.attributeLines) {
                Ial own = new Ial();
                String inner = b.text.substring(2, b.text.lastIndexOf('}'));
                own.parse(inner);
                AttributeLine.Placement placement;
                String drop = null;
                Element t = b.target;
                if (t == null) {
                    placement = AttributeLine.Placement.DROPPED;
                    drop = order.isEmpty() || b.container == null || b.container.type.equals("root")
                            ? "nothing follows it, so kramdown drops it"
                            : "nothing follows it inside " + containerName(b.container) + ", so kramdown drops it";
                } else if (t.type.equals("blank")) {
                    placement = AttributeLine.Placement.DROPPED;
                    // a block quote or list item is parsed as a page of its own: the line opens that, not the page
                    drop = "it opens "
                            + (b.container == null || b.container.type.equals("root")
                                    ? "the page"
                                    : containerName(b.container))
                            + " and a blank line follows, so kramdown's first blank-line element swallows it";
                } else if (t.type.equals("eob") && definition(t) != null) {
                    // kramdown keeps the attributes on the definition and gives them to every link, image, footnote
                    // or abbreviation that uses it: the theme's docs style icons this way ([x]: /x.png then {: .icon })
                    placement = AttributeLine.Placement.ATTACHED_ABOVE;
                } else if (t.type.equals("eob")) {
                    placement = AttributeLine.Placement.DROPPED;
                    drop = "ald".equals(t.eobKind)
                            ? "it follows an attribute list definition, so it is lost"
                            : "it lands on an end-of-block marker, so it is lost";
                } else if (t.type.equals("text") || t.type.equals("extension")) {
                    placement = AttributeLine.Placement.DROPPED;
                    drop = "it lands on text kramdown does not render as a block, so it is lost";
                } else if (b.attachedAbove) {
                    placement = AttributeLine.Placement.ATTACHED_ABOVE;
                } else if (b.blankAfter) {
                    placement = AttributeLine.Placement.DETACHED;
                } else {
                    placement = AttributeLine.Placement.BEFORE_NEXT;
                }
                BlockRef target = placement == AttributeLine.Placement.DROPPED ? null : ref(t);
                // Every page summary keeps its attribute lines: the same lines ({: .no_toc }) and attribute maps
                // recur on every page, and the block under an attached line is the block it applies to.
                // a template's pages have the same lines in the same places: one value for all of them
                out.add(Shared.value(new AttributeLine(
                        file(b.line),
                        b.column,
                        shared(b.text),
                        placement,
                        target,
                        target != null && b.above == t ? target : ref(b.above),
                        drop,
                        compactCopy(own.attrs),
                        sharedList(own.refs))));
            }
            return List.copyOf(out);
        }

        private String containerName(Element c) {
            return switch (c.type) {
                case "blockquote" -> "its blockquote";
                case "li", "temp" -> "its list item";
                case "html_element" -> "its <" + c.htmlName + "> element";
                default -> "its container";
            };
        }

        List<AttributeLineBuilder> builders() {
            return parser.attributeLines;
        }

        List<Element> elements() {
            return order;
        }

        Element parentOf(Element el) {
            return el.parent;
        }

        Element tocList() {
            return tocList;
        }

        List<Element> extraMarkerLists() {
            return extraMarkerLists;
        }

        static boolean tocWord(String s) {
            return TOC_WORD.matcher(s).find();
        }

        static boolean parenItem(String s) {
            return PAREN_ITEM.matcher(s).matches();
        }
    }

    /** Finds what looks like a TOC marker but is not one (TOC001), with the reason. */
    private static final class MarkerCandidates {
        private final Run run;

        MarkerCandidates(Run run) {
            this.run = run;
        }

        List<MarkerProblem> find() {
            List<MarkerProblem> out = new ArrayList<>();
            Set<Element> coveredLists = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (AttributeLineBuilder b : run.builders()) {
                if (!Run.tocWord(b.text)) {
                    continue;
                }
                Ial own = new Ial();
                own.parse(b.text.substring(2, b.text.lastIndexOf('}')));
                Element t = b.target;
                boolean marker = own.refs.contains("toc") && t != null && t.isList();
                if (marker) {
                    continue;
                }
                if (b.above != null && b.above.isList()) {
                    coveredLists.add(b.above);
                }
                for (Element e = t; e != null; e = run.parentOf(e)) {
                    if (e.isList()) {
                        coveredLists.add(e);
                    }
                }
                out.add(new MarkerProblem(run.file(b.line), b.column, reason(b, own, t), hint(own)));
            }
            for (Element el : run.elements()) {
                if (el.type.equals("li") && el.rawText() != null && inlineMarker(el.rawText())) {
                    coveredLists.add(run.parentOf(el));
                    out.add(new MarkerProblem(
                            run.file(el.line),
                            1,
                            "'{:toc}' on the same line as the list item is a "
                                    + "span attribute list: kramdown ignores it and renders the literal list",
                            "put '{:toc}' on its own line directly below '1. TOC'"));
                }
            }
            for (Element el : run.elements()) {
                if (el.isList()
                        && !coveredLists.contains(el)
                        && el != run.tocList()
                        && !run.extraMarkerLists().contains(el)
                        && el.children.size() == 1
                        && "toc"
                                .equalsIgnoreCase(
                                        String.valueOf(el.children.get(0).rawText())
                                                .strip())) {
                    out.add(new MarkerProblem(
                            run.file(el.line),
                            1,
                            "a list with the single item 'TOC' but no "
                                    + "'{:toc}' line directly below it: kramdown renders the literal word 'TOC'",
                            "add '{:toc}' on the line directly below the list item"));
                }
            }
            out.sort(java.util.Comparator.comparingInt(MarkerProblem::line));
            return List.copyOf(out);
        }

        private static final Pattern INLINE_TOC = Pattern.compile("\\{:\\s*toc\\s*\\}$");

        /** {@code 1. TOC {:toc}}: the item text ends with a span IAL carrying toc. */
        private static boolean inlineMarker(String itemText) {
            String t = itemText.stripTrailing();
            int open = t.lastIndexOf("{:");
            return open > 0
                    && !t.substring(0, open).isBlank()
                    && INLINE_TOC.matcher(t.substring(open)).matches();
        }

        private String reason(AttributeLineBuilder b, Ial own, Element t) {
            String literal = "; no TOC is generated";
            if (!own.refs.contains("toc")) {
                if (own.attrs.containsKey("class") && own.attrs.get("class").matches("(?i)(.*\\s)?toc(\\s.*)?")) {
                    return "'.toc' is a CSS class, not the TOC marker" + literal;
                }
                for (String r : own.refs) {
                    if (r.equalsIgnoreCase("toc")) {
                        return "'" + r + "' is not 'toc': the marker reference is case-sensitive" + literal;
                    }
                }
                return "'#toc' is an element id, not the TOC marker" + literal;
            }
            if (t == null || t.type.equals("blank") || t.type.equals("eob") || t.type.equals("text")) {
                return "kramdown drops this '{:toc}' line (nothing it can attach to)" + literal;
            }
            if (!b.attachedAbove) {
                if (b.above != null && b.above.isList()) {
                    return "a blank line separates '{:toc}' from the list above, so the list stays literal and the "
                            + "attribute moves on to " + run.ref(t).description();
                }
                return "'{:toc}' has no list directly above it; it applies to "
                        + run.ref(t).description() + literal;
            }
            Element parent = run.parentOf(t);
            if (parent != null && parent.type.equals("li")) {
                return "'{:toc}' is indented, so it belongs to the text of the list item, not to the list" + literal;
            }
            if (t.type.equals("p") && t.rawText() != null && Run.parenItem(t.rawText())) {
                return "'1)' does not start a list in kramdown (only '1.' does): '"
                        + t.rawText().strip() + "' is a paragraph" + literal;
            }
            return "'{:toc}' must follow a list; here it follows " + run.ref(t).description() + literal;
        }

        private static String hint(Ial own) {
            return "write the marker as two lines with nothing between them: '1. TOC' then '{:toc}' at the start "
                    + "of the next line";
        }
    }

    /** Keeps the written order: Map.copyOf iterates in an order that changes from one JVM to the next. */
    private static Map<String, String> orderedCopy(Map<String, String> attrs) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    /** {@link #orderedCopy}, as a small immutable map when there is at most one entry (no order to keep). */
    static Map<String, String> compactCopy(Map<String, String> attrs) {
        if (attrs.isEmpty()) {
            return Map.of();
        }
        if (attrs.size() == 1) {
            Map.Entry<String, String> e = attrs.entrySet().iterator().next();
            // {class=no_toc} and a few others on every page: one map for all of them
            return Shared.value(Map.of(shared(e.getKey()), shared(e.getValue())));
        }
        return orderedCopy(attrs);
    }

    /** Short texts that recur from page to page (attribute lines, class names) as one shared string each. */
    static String shared(String s) {
        return s.length() <= 64 ? s.intern() : s;
    }

    static List<String> sharedList(List<String> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        list.forEach(s -> out.add(shared(s)));
        return List.copyOf(out);
    }
}
