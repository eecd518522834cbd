package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.kramdown.MarkerProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.Set;
import java.util.regex.Pattern;

/** TOC001: Something that looks like a TOC marker but that kramdown will not turn into a TOC. */
public final class TocMarkerBroken extends Rule {
    public TocMarkerBroken() {
        super(
                KramdownRules.TOC001,
                "toc-marker-broken",
                Severity.ERROR,
                "Something that looks like a TOC marker but that kramdown will not turn into a TOC.");
    }

    /** A '{:toc}' line that fails is also an attribute line kramdown detaches or drops: one mistake. */
    @Override
    public Set<String> absorbs() {
        return Set.of(KramdownRules.IAL001, KramdownRules.IAL002);
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        KramdownModel k = page.kramdown();
        for (MarkerProblem m : k.brokenMarkers()) {
            out.report(page, m.line(), m.column(), "no TOC here: " + m.reason(), m.hint(), fixAt(m.line()));
        }
    }

    // The fix rewrites a marker kramdown does not recognise ('1) TOC', '{:TOC}', '{:.toc}', a blank line
    // before '{:toc}', an indented or inline marker, '{:toc}' without its list) to the canonical two lines.
    private static final String ITEM = "1. TOC";
    private static final String IAL = "{:toc}";
    private static final Pattern TOC_ITEM = Pattern.compile("(?i)^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+toc\\s*$");
    static final Pattern TOC_IAL = Pattern.compile("(?i)^\\s*\\{:\\s*\\.?toc\\s*\\}\\s*$");
    private static final Pattern TOC_INLINE =
            Pattern.compile("(?i)^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+toc[ \\t]*\\{:\\s*\\.?toc\\s*\\}\\s*$");

    /** Rewrites the marker one of whose lines is file line {@code line} to '1. TOC' / '{:toc}'. */
    static FixRecipe fixAt(int line) {
        return text -> canonicalMarker(text, line);
    }

    private static Repair canonicalMarker(PageText t, int l) {
        if (!t.exists(l)) {
            return new Refusal("the line no longer exists");
        }
        String line = t.line(l);
        if (TOC_INLINE.matcher(line).matches()) {
            return rewrite(t, l, l);
        }
        if (TOC_ITEM.matcher(line).matches()) {
            int ial = l + 1;
            while (t.exists(ial) && t.blank(ial)) {
                ial++;
            }
            if (t.exists(ial) && TOC_IAL.matcher(t.line(ial)).matches()) {
                return rewrite(t, l, ial);
            }
            return new Refusal("no {:toc} line follows the list item");
        }
        if (TOC_IAL.matcher(line).matches()) {
            int item = l - 1;
            while (item >= 1 && t.blank(item)) {
                item--;
            }
            if (item >= 1 && TOC_ITEM.matcher(t.line(item)).matches()) {
                return rewrite(t, item, l);
            }
            if (l == 1 || t.blank(l - 1)) {
                return rewrite(t, l, l);
            }
            return new Refusal("{:toc} follows text that is not a TOC list item; decide where the TOC goes");
        }
        return new Refusal("the line is not a TOC marker this fix knows");
    }

    /** Replaces lines {@code from..to} (keeping the line break after {@code to}) by the canonical marker. */
    private static Repair rewrite(PageText t, int from, int to) {
        String canonical = ITEM + t.eol(from) + IAL;
        if (t.text().substring(t.start(from), t.end(to)).equals(canonical)) {
            return new Refusal("the marker is already canonical");
        }
        return new Fix(
                "rewrote the TOC marker to '" + ITEM + "' / '" + IAL + "'",
                TextEdit.replace(t, t.start(from), t.end(to), canonical));
    }
}
