package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.rules.Suggestions;
import io.github.faqkit.rules.frontmatter.FrontMatterRules;
import io.github.faqkit.rules.frontmatter.UnknownKey;
import java.util.List;
import java.util.Set;

/** FM007: renames a misspelt key ({@code nav-order:} → {@code nav_order:}) when exactly one known key is nearest. */
final class UnknownKeyFixer implements Fixer {

    @Override
    public String ruleId() {
        return FrontMatterRules.FM007;
    }

    @Override
    public Proposal propose(Finding f, FixContext ctx) {
        FrontMatter.Entry entry = null;
        for (FrontMatter.Entry e : ctx.page().frontMatter().entries().values()) {
            if (e.keyLine() == f.line() && e.keyColumn() == f.column()) {
                entry = e;
            }
        }
        if (entry == null) {
            return Proposal.none("the key is no longer at this position");
        }
        Set<String> known = UnknownKey.knownKeys(ctx.site().config(), ctx.options());
        List<String> nearest = Suggestions.nearestAll(entry.key(), known);
        if (nearest.isEmpty()) {
            return Proposal.none("no known key is close to '" + entry.key() + "'");
        }
        if (nearest.size() > 1) {
            return Proposal.none("'" + entry.key() + "' is equally close to " + String.join(", ", nearest)
                    + "; choose one yourself");
        }
        String target = nearest.get(0);
        if (ctx.page().frontMatter().entry(target) != null) {
            return Proposal.none("'" + target + "' is already set on this page; renaming would duplicate it");
        }
        for (FrontMatter.Entry other : ctx.page().frontMatter().entries().values()) {
            if (other != entry && !known.contains(other.key())
                    && Suggestions.nearestAll(other.key(), known).equals(nearest)) {
                return Proposal.none("'" + entry.key() + "' and '" + other.key() + "' would both become '" + target
                        + "'; keep one yourself");
            }
        }
        String line = ctx.text().line(f.line());
        int col = f.column() - 1;
        // Only a plain key followed by its colon is renamed; quoted or complex keys are left alone.
        if (!line.startsWith(entry.key(), col) || !line.substring(col + entry.key().length()).stripLeading().startsWith(":")) {
            return Proposal.none("the key is written in a form (quoted or complex) that is not renamed automatically");
        }
        int at = ctx.text().start(f.line()) + col;
        return Proposal.fix("renamed '" + entry.key() + "' to '" + target + "'",
                new Edit(at, at + entry.key().length(), target));
    }
}
