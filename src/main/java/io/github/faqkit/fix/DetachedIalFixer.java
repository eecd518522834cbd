package io.github.faqkit.fix;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.rules.kramdown.KramdownRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IAL001: a {@code {: … }} line that a blank line separates from the heading above goes to the next
 * block instead; the fix removes the blank lines between the heading and the attribute line(s) and, if
 * the attribute line was glued to the block below, puts one blank line there, so that block stays apart.
 * {@code # T⏎⏎{: .no_toc}⏎⏎## 目录} becomes {@code # T⏎{: .no_toc}⏎⏎## 目录}.
 */
final class DetachedIalFixer implements Fixer {
    /** kramdown's IAL_BLOCK: up to three spaces, {@code {:}, not an ALD ({@code {::}) or end tag ({@code {:/}). */
    static final Pattern IAL_LINE = Pattern.compile("^ {0,3}\\{:(?![:/]).*\\}\\s*$");

    @Override
    public String ruleId() {
        return KramdownRules.IAL001;
    }

    @Override
    public Proposal propose(Finding f, FixContext ctx) {
        PageText t = ctx.text();
        if (!t.exists(f.line()) || !isIal(t, f.line())) {
            return Proposal.none("the line is no longer an attribute line");
        }
        // Consecutive attribute lines merge in kramdown: move the whole run together.
        int first = f.line();
        while (first - 1 >= 1 && isIal(t, first - 1)) {
            first--;
        }
        int last = f.line();
        while (t.exists(last + 1) && isIal(t, last + 1)) {
            last++;
        }
        int above = first - 1;
        while (above >= 1 && t.blank(above)) {
            above--;
        }
        if (above == first - 1) {
            return Proposal.none("no blank line separates it from the block above any more");
        }
        // Attribute lines that already sit under the heading belong to it; look past them.
        int blockEnd = above;
        while (blockEnd >= 1 && isIal(t, blockEnd)) {
            blockEnd--;
        }
        if (blockEnd < 1 || !headingEndsAt(ctx, blockEnd)) {
            return Proposal.none("the block above is not a heading, so which block it was meant for is unclear;"
                    + " move it yourself");
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.delete(t.start(above + 1), t.start(first)));
        if (t.exists(last + 1) && !t.blank(last + 1)) {
            edits.add(Edit.insert(t.start(last + 1), t.eol(last)));
        }
        return Proposal.fix("moved the attribute line" + (last > first ? "s" : "") + " up under the heading on line "
                + blockEnd, edits);
    }

    private static boolean isIal(PageText t, int line) {
        return IAL_LINE.matcher(t.line(line)).matches();
    }

    /** True when the page's block structure has a heading (ATX or setext) whose last line is this file line. */
    private static boolean headingEndsAt(FixContext ctx, int fileLine) {
        MarkdownBody body = ctx.page().body();
        for (Node n : body.document().getDescendants()) {
            if (n instanceof Heading) {
                int endOffset = Math.max(n.getStartOffset(), n.getEndOffset() - 1);
                if (body.fileLine(endOffset) == fileLine) {
                    return true;
                }
            }
        }
        return false;
    }
}
