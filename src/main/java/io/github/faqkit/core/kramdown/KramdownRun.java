package io.github.faqkit.core.kramdown;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.faqkit.core.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One analysis: the tree, then the update and converter passes over it. */
final class KramdownRun {
    private static final Pattern NO_TOC = Pattern.compile("(?<![A-Za-z0-9_])no_toc(?![A-Za-z0-9_])");
    private static final Pattern TOC_WORD = Pattern.compile("(?i)(?<![A-Za-z0-9_-])[.#]?toc(?![A-Za-z0-9_-])");
    private static final Pattern PAREN_ITEM = Pattern.compile(" {0,3}\\d+\\)[ \\t].*");

    private final SiteConfig config;
    private final java.util.function.IntUnaryOperator toFile;
    private boolean autoIds;
    private int[] tocLevels;
    final BlockParser parser = new BlockParser();
    private HeaderIds ids;
    private final List<Element> order = new ArrayList<>();
    private Element tocList;
    private final List<Element> extraMarkerLists = new ArrayList<>();

    KramdownRun(SiteConfig config, java.util.function.IntUnaryOperator toFile) {
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
        List<MarkerProblem> broken = new TocMarkerCandidates(this).find();
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
                    out.add(Shared.text(t.substring(start, i)));
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
        return Shared.value(BlockRef.described(el.type, line, Shared.text(head), at, inside));
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
                    Shared.text(b.text),
                    placement,
                    target,
                    target != null && b.above == t ? target : ref(b.above),
                    drop,
                    Shared.attributes(own.attrs),
                    Shared.texts(own.refs))));
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
