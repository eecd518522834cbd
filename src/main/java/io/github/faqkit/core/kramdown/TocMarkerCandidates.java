package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds what looks like a TOC marker but is not one (TOC001), with the reason. */
final class TocMarkerCandidates {
    private final KramdownRun run;

    TocMarkerCandidates(KramdownRun run) {
        this.run = run;
    }

    List<MarkerProblem> find() {
        List<MarkerProblem> out = new ArrayList<>();
        Set<Element> coveredLists = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (AttributeLineBuilder b : run.builders()) {
            if (!KramdownRun.tocWord(b.text)) {
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
                                    String.valueOf(el.children.get(0).rawText()).strip())) {
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
        if (t.type.equals("p") && t.rawText() != null && KramdownRun.parenItem(t.rawText())) {
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
