package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the checks of a run reported before suppressions, merging and globs, by where each check ran: the page
 * checks of every rule by page, the site check of each rule by rule id. Every page checked and every site check
 * run has an entry, empty when it reported nothing. A later run over unchanged inputs takes parts of it over (see
 * {@link ChecksReuse}).
 */
public record CheckedFindings(Map<String, List<Finding>> byPage, Map<String, List<Finding>> bySiteCheck) {
    public CheckedFindings {
        byPage = Map.copyOf(byPage);
        bySiteCheck = Map.copyOf(bySiteCheck);
    }

    /** Every finding, in no particular order (the filter sorts them). */
    public List<Finding> all() {
        List<Finding> out = new ArrayList<>();
        byPage.values().forEach(out::addAll);
        bySiteCheck.values().forEach(out::addAll);
        return out;
    }
}
