package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import java.util.Set;

/**
 * One check with a public id (used in reports, suppressions and configuration), a short name, a
 * default severity and a one-sentence description. A rule looks at one page at a time
 * ({@link #checkPage}) or at the whole site ({@link #checkSite}), always through the parsed model.
 */
public abstract class Rule {
    private final String id;
    private final String name;
    private final Severity defaultSeverity;
    private final String description;

    protected Rule(String id, String name, Severity defaultSeverity, String description) {
        this.id = id;
        this.name = name;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public final String id() {
        return id;
    }

    public final String name() {
        return name;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    public final String description() {
        return description;
    }

    /**
     * The rules whose findings on the same line of the same file are consequences of this rule's finding there:
     * one mistake that several rules see (a broken TOC marker is also an attribute line that lands elsewhere).
     * The run lists only this rule's finding and keeps the others inside it ({@link Finding#absorbed()}),
     * unless one of them is more severe. Empty for most rules.
     */
    public Set<String> absorbs() {
        return Set.of();
    }

    /**
     * True for a rule whose page check speaks of the page's body as readers see it (its images, links, headings,
     * attribute lines, TOC, code): it is not run on a page whose layout writes nothing of the body, where none
     * of that reaches the built site ({@link io.github.faqkit.core.platform.ContentLayouts}). False for checks of
     * the front matter, of the navigation, of the source file itself and of what stops the build, which do not
     * depend on the layout.
     */
    public boolean checksShownBody() {
        return false;
    }

    /** Checks one page. Called for every Markdown file, rendered or not. */
    public void checkPage(Page page, Site site, Reporter out) {}

    /** Checks what only the whole site shows (collisions, orphans, navigation). */
    public void checkSite(Site site, Reporter out) {}

    @Override
    public String toString() {
        return id + " " + name;
    }
}
