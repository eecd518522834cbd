package io.github.faqkit.rules;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;

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

    /** Checks one page. Called for every Markdown file, rendered or not. */
    public void checkPage(Page page, Site site, Reporter out) {}

    /** Checks what only the whole site shows (collisions, orphans, navigation). */
    public void checkSite(Site site, Reporter out) {}

    @Override
    public String toString() {
        return id + " " + name;
    }
}
