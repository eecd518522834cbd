package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paragraph lines that look like a heading written without its space ({@code ##Text}): GFM renders them as
 * text. Lines that name something with a '#' (an issue number, a hashtag, a chat channel, a list of pin names)
 * are left out, as a writer means them.
 */
final class NoSpaceHeadingLines {
    // '#12' (a single hash and a digit) is an issue or pull-request number in changelogs, not a heading typo;
    // '#jekyll #docs' (a single hash, and another '#word' later) is a line of hashtags; '#wg-ci Slack channel',
    // '#rebuild: infrastructure' (one hash, a lower-case name with '-' or '_' or followed by ':') name a chat
    // channel or tag, not a heading; so does a lone lower-case '#openshadinglanguage' (a heading's first word
    // is capitalised, or it has more than one)
    private static final Pattern NO_SPACE_HEADING = Pattern.compile("(?!#\\d)(?!#[^#\\s].*\\s#[^#\\s])"
            + "(?!#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?:[\\s:,.;)]|$))(?!#[a-z][a-z0-9_-]*:)"
            + "(?!#[a-z][a-z0-9]*[.,;)]?\\s*$)"
            + "#{1,6}[^#\\s\\\\].*");

    /** Lines of the parsed source (not yet file lines) that look like {@code ##Text}. */
    final List<NoSpaceHeading> found = new ArrayList<>();

    // '- #text', '1. #include <stdio.h>': one '#' and a lower-case word right after a list marker name something
    // (a DOM node, a directive, a tag) in a list of such names, not a heading inside the item ('- ##Setup' and
    // '- #Setup' still read as one)
    private static final Pattern ITEM_NAME = Pattern.compile("#\\p{Ll}.*");

    // '* #CS, SO/IO1, SI/IO0, VSS, VCC': one '#' and an upper-case name followed by a comma opening an item is a list
    // of signal or pin names (an active-low '#CS'), not a heading ('- #Setup, part one' still reads as one)
    private static final Pattern ITEM_NAMES = Pattern.compile("#[\\p{Lu}\\d_/]+,.*");

    // '2. #L = 0の場合、…': one '#' and a name compared with a value opening an item is a count written '#L' (the
    // column '#L' of a tool's window, tang3cko/ReactiveSO-docs), not a heading ('- #Setup guide' still reads as one)
    private static final Pattern ITEM_COMPARISON = Pattern.compile("#[\\p{L}\\p{N}_]+ ?(?:[=<>≤≥≠]|!=).*");

    /**
     * Keeps {@code line} (source line {@code lineNo}) when it reads as a heading missing its space; {@code opensItem}
     * when the line is the first of a list item, right after its marker.
     */
    void line(CharSequence line, int lineNo, boolean opensItem) {
        if (opensItem
                && (ITEM_NAME.matcher(line).matches()
                        || ITEM_NAMES.matcher(line).matches()
                        || ITEM_COMPARISON.matcher(line).matches())) {
            return;
        }
        if (line.length() > 0
                && line.charAt(0) == '#'
                && NO_SPACE_HEADING.matcher(line).matches()) {
            int hashes = 0;
            while (line.charAt(hashes) == '#') {
                hashes++;
            }
            found.add(new NoSpaceHeading(lineNo, Character.codePointAt(line, hashes)));
        }
    }

    /**
     * {@link #line} for a line that continues a paragraph: there a single '#' before a word is a hashtag
     * the text wrapped onto the line ('Tweet to\n#DataHelpDesk during the meeting'), not a heading missing its
     * space; two or more hashes still are.
     */
    void continuedLine(CharSequence line, int lineNo) {
        if (line.length() > 1 && line.charAt(1) == '#') {
            line(line, lineNo, false);
        }
    }
}
