package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import java.util.List;

/** Findings of a run, sorted by file, line, column, rule; plus the site model they were found in. */
public record ValidationResult(Site site, List<Finding> findings, List<String> notices, long elapsedMillis) {

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** Findings at or above the threshold (error ⊃ warning ⊃ info). */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    public int pageCount() {
        return site == null ? 0 : site.pages().size();
    }

    public int imageCount() {
        return site == null ? 0 : (int) site.staticFiles().stream().filter(e -> Images.isImage(e.path())).count();
    }
}
