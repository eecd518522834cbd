package io.github.faqkit.core.kramdown;

import java.util.List;
import java.util.Set;

/**
 * What kramdown (Jekyll 4 defaults, {@code input: GFM}) makes of a page's headings, attribute lines
 * and TOC marker. Lines are file lines.
 *
 * @param headings every heading kramdown renders, in document order, with its final id
 * @param attributeLines every block attribute line and where it landed
 * @param toc the TOC that replaces the first marker list; null when there is none
 * @param extraMarkers marker lists after the first (rendered as literal lists), by {@code {:toc}} line
 * @param brokenMarkers things that look like a TOC marker but are not one
 * @param blocks block elements that carry attributes (ids, classes) after parsing; no rule reads them, so
 *     the summary a validated page keeps ({@link #withoutBlocks()}) has none
 * @param noSpaceHeadings lines like {@code ##Text} that GFM renders as paragraph text
 * @param ids ids of the rendered elements: headings, blocks with an attribute list or raw HTML id, and
 *     the TOC list; the ids of the TOC's own links ({@code markdown-toc-…}) are not stored, {@link #hasId}
 *     derives them from the TOC entries
 * @param autoIds whether kramdown generates heading ids on this page: {@code _config.yml}'s {@code auto_ids},
 *     overridden by the page's own {@code {::options auto_ids="…" /}}
 * @param stop where kramdown stops on this page (the build fails there), or null; the rest of the model is
 *     then empty
 */
public record KramdownModel(
        List<Heading> headings,
        List<AttributeLine> attributeLines,
        Toc toc,
        List<Integer> extraMarkers,
        List<MarkerProblem> brokenMarkers,
        List<BlockAttributes> blocks,
        List<NoSpaceHeading> noSpaceHeadings,
        Set<String> ids,
        boolean autoIds,
        KramdownStop stop) {

    /**
     * Keeps the headings packed ({@link PackedHeadings}), the TOC entries and the heading ids as views of
     * them: what a page summary holds of its headings for as long as the site lives.
     */
    public KramdownModel {
        // null: none, or one whose numbers do not fit the packed form (kept as it is, and not stored)
        // the headings packed here, whose ids the packed form gives exactly (checked when packing): the TOC view
        // and the id set compare with them instead of deriving each id again
        List<Heading> from = headings instanceof PackedHeadings ? null : headings;
        PackedHeadings packed = headings instanceof PackedHeadings p
                ? p
                : headings.isEmpty() ? null : PackedHeadings.pack(headings, tocTexts(headings, toc));
        if (packed != null) {
            headings = packed;
            if (toc != null && !toc.entries().isEmpty()) {
                List<TocEntry> view = packed.tocEntries(toc.entries(), from);
                if (view != null) {
                    toc = new Toc(
                            toc.line(),
                            toc.markerLine(),
                            toc.type(),
                            toc.classes(),
                            view,
                            toc.openingLine(),
                            toc.labelLine());
                }
            }
            ids = packed.idSet(ids, from);
        }
    }

    /** The text of the TOC entry made of each heading (null: none, or its display text). */
    private static List<String> tocTexts(List<Heading> headings, Toc toc) {
        List<String> out = new java.util.ArrayList<>(headings.size());
        int e = 0;
        List<TocEntry> entries = toc == null ? List.of() : toc.entries();
        for (Heading h : headings) {
            TocEntry t = e < entries.size() ? entries.get(e) : null;
            if (t != null && t.line() == h.line() && t.level() == h.level() && t.id().equals(h.id())) {
                out.add(t.text());
                e++;
            } else {
                out.add(null);
            }
        }
        return out;
    }

    public KramdownModel(List<Heading> headings) {
        this(headings, List.of(), null, List.of(), List.of(), List.of(), List.of(), idsOf(headings), true, null);
    }

    /** The model of a page on which kramdown stops: nothing of it is rendered. */
    static KramdownModel stopped(KramdownStop stop) {
        return new KramdownModel(
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), Set.of(), true, stop);
    }

    /** This model without {@link #blocks()}: what the summary of a page keeps (a third of its size). */
    public KramdownModel withoutBlocks() {
        return blocks.isEmpty()
                ? this
                : new KramdownModel(
                        headings,
                        attributeLines,
                        toc,
                        extraMarkers,
                        brokenMarkers,
                        List.of(),
                        noSpaceHeadings,
                        ids,
                        autoIds,
                        stop);
    }

    public static KramdownModel empty() {
        return new KramdownModel(List.of());
    }

    private static Set<String> idsOf(List<Heading> headings) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        headings.forEach(h -> {
            if (!h.id().isEmpty()) {
                s.add(h.id());
            }
        });
        return s;
    }

    /**
     * True when the rendered page has an element with exactly this id: a heading id (explicit or
     * generated) or an id given by an attribute list or raw HTML on any block.
     */
    public boolean hasId(String id) {
        return ids.contains(id) || tocLinkId(id);
    }

    private static final String TOC_LINK_PREFIX = "markdown-toc-";

    /** True for the id kramdown gives the TOC's link to a heading: {@code markdown-toc-} and the heading id. */
    private boolean tocLinkId(String id) {
        if (toc == null || !id.startsWith(TOC_LINK_PREFIX)) {
            return false;
        }
        int length = id.length() - TOC_LINK_PREFIX.length();
        for (TocEntry e : toc.entries()) {
            if (e.id().length() == length && id.endsWith(e.id())) {
                return true;
            }
        }
        return false;
    }

    /** Ids of headings only (what a TOC or a search result can link to). */
    public boolean hasHeadingId(String id) {
        if (headings instanceof PackedHeadings p) {
            return p.hasId(id);
        }
        for (Heading h : headings) {
            if (h.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
