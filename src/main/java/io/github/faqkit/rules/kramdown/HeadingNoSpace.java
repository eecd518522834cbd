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
import io.github.faqkit.core.kramdown.NoSpaceHeading;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HDR004: '##Text' without a space is paragraph text under GFM, not a heading. */
public final class HeadingNoSpace extends Rule {
    public HeadingNoSpace() {
        super(
                KramdownRules.HDR004,
                "heading-no-space",
                Severity.WARNING,
                "'##Text' without a space is paragraph text under GFM, not a heading.");
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
        for (NoSpaceHeading h : k.noSpaceHeadings()) {
            if (h.unicodeSpace()) {
                // looks right in every editor: say which character it is, or the writer sees nothing to fix
                out.report(
                        page,
                        h.line(),
                        1,
                        "the hashes are followed by " + article(h.afterName()) + h.afterName()
                                + ", which looks like a space but is not"
                                + " one to Jekyll's GFM input: the line renders as paragraph text, '#' included,"
                                + " not as a heading",
                        "replace the character after the hashes with a plain space",
                        fixAt(h.line()));
            } else {
                out.report(
                        page,
                        h.line(),
                        1,
                        "this line starts with '#' but has no space after the hashes: under Jekyll's "
                                + "GFM input it renders as paragraph text, not as a heading",
                        "put a space after the hashes, e.g. '## Text'",
                        fixAt(h.line()));
            }
        }
    }

    private static String article(String name) {
        return "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    }

    /**
     * The hashes of a line the block parser read as {@code ##Text}: the parser saw the line inside its
     * containers, so the file line may open with block quote markers, a list marker or the item's indent
     * (only {@code 1.} starts an ordered list in kramdown, not {@code 1)}).
     */
    private static final Pattern HASHES =
            Pattern.compile("^(?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}\\.(?=[ \\t])))*[ \\t]*(#{1,6})(?=[^#\\s\\\\])");
    /** A second word that starts with '#': {@code #jekyll #docs} is a line of hashtags, not a heading. */
    private static final Pattern ANOTHER_HASHTAG = Pattern.compile("\\s#[^#\\s]");

    /** Adds the space after the hashes of file line {@code line}. */
    static FixRecipe fixAt(int line) {
        return text -> spaceAfterHashes(text, line);
    }

    private static Repair spaceAfterHashes(PageText t, int line) {
        if (!t.exists(line)) {
            return new Refusal("the line no longer exists");
        }
        String s = t.line(line);
        Matcher m = HASHES.matcher(s);
        if (!m.find()) {
            return new Refusal(
                    "the line (after any '>' or list marker) does not start with '#' directly followed" + " by text");
        }
        if (ANOTHER_HASHTAG.matcher(s).region(m.end(1), s.length()).find()) {
            return new Refusal("'" + s.substring(m.start(1)).strip() + "' reads as a list of hashtags, not a heading;"
                    + " if it is meant as a heading, put the space after the first '#' yourself");
        }
        String hashes = m.group(1);
        int at = t.start(line) + m.start(1);
        int next = s.codePointAt(m.end(1));
        if (new NoSpaceHeading(line, next).unicodeSpace()) {
            // a space added beside it would leave the no-break space at the start of the heading's text
            int end = at + hashes.length() + Character.charCount(next);
            return new Fix(
                    "replaced the " + new NoSpaceHeading(line, next).afterName() + " after '" + hashes
                            + "' with a space",
                    TextEdit.replace(t, at, end, hashes + " "));
        }
        return new Fix(
                "added the space after '" + hashes + "'", TextEdit.replace(t, at, at + hashes.length(), hashes + " "));
    }
}
