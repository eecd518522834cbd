package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.kramdown.KramdownRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HDR004: {@code ##Text} → {@code ## Text}, which GFM reads as a heading. */
final class HeadingSpaceFixer implements Fixer {
    private static final Pattern HASHES = Pattern.compile("#{1,6}(?=[^#\\s])");
    private static final Pattern AT_LINE_START = Pattern.compile("^ {0,3}(#{1,6})(?=[^#\\s])");

    @Override
    public String ruleId() {
        return KramdownRules.HDR004;
    }

    @Override
    public Proposal propose(Finding f, FixContext ctx) {
        if (!ctx.text().exists(f.line())) {
            return Proposal.none("the line no longer exists");
        }
        String line = ctx.text().line(f.line());
        int hashesEnd = -1;
        int col = f.column() - 1;
        if (col >= 0 && col < line.length() && line.charAt(col) == '#') {
            // The rule points at the hashes (also inside a block quote or list item).
            Matcher m = HASHES.matcher(line);
            if (m.find(col) && m.start() == col) {
                hashesEnd = m.end();
            }
        } else {
            Matcher m = AT_LINE_START.matcher(line);
            if (m.find()) {
                hashesEnd = m.end(1);
            }
        }
        if (hashesEnd < 0) {
            return Proposal.none("the line no longer starts with '#' directly followed by text");
        }
        int at = ctx.text().start(f.line()) + hashesEnd;
        return Proposal.fix("added the space after '" + line.substring(hashesEnd - countHashes(line, hashesEnd), hashesEnd)
                + "'", Edit.insert(at, " "));
    }

    private static int countHashes(String line, int end) {
        int n = 0;
        while (end - n - 1 >= 0 && line.charAt(end - n - 1) == '#') {
            n++;
        }
        return n;
    }
}
