package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.kramdown.KramdownRules;
import java.util.regex.Pattern;

/**
 * TOC001: rewrites a TOC marker kramdown does not recognise ({@code 1) TOC}, {@code {:TOC}},
 * {@code {:.toc}}, a blank line before {@code {:toc}}, an indented or inline marker, {@code {:toc}}
 * without its list) to the canonical two lines {@code 1. TOC} / {@code {:toc}}.
 */
final class TocMarkerFixer implements Fixer {
    static final String ITEM = "1. TOC";
    static final String IAL = "{:toc}";
    private static final Pattern TOC_ITEM = Pattern.compile("(?i)^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+toc\\s*$");
    private static final Pattern TOC_IAL = Pattern.compile("(?i)^\\s*\\{:\\s*\\.?toc\\s*\\}\\s*$");
    private static final Pattern TOC_INLINE =
            Pattern.compile("(?i)^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+toc[ \\t]*\\{:\\s*\\.?toc\\s*\\}\\s*$");

    @Override
    public String ruleId() {
        return KramdownRules.TOC001;
    }

    @Override
    public Proposal propose(Finding f, FixContext ctx) {
        PageText t = ctx.text();
        int l = f.line();
        if (!t.exists(l)) {
            return Proposal.none("the line no longer exists");
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
            return Proposal.none("no {:toc} line follows the list item");
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
            return Proposal.none("{:toc} follows text that is not a TOC list item; decide where the TOC goes");
        }
        return Proposal.none("the line is not a TOC marker this fix knows");
    }

    /** Replaces lines {@code from..to} (keeping the line break after {@code to}) by the canonical marker. */
    private static Proposal rewrite(PageText t, int from, int to) {
        String canonical = ITEM + t.eol(from) + IAL;
        if (t.text().substring(t.start(from), t.end(to)).equals(canonical)) {
            return Proposal.none("the marker is already canonical");
        }
        return Proposal.fix("rewrote the TOC marker to '" + ITEM + "' / '" + IAL + "'",
                new Edit(t.start(from), t.end(to), canonical));
    }
}
