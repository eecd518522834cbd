package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import java.nio.file.Path;
import java.util.List;

/**
 * Findings of a run, sorted by file, line, column, rule; plus the site model they were found in. The site
 * is null when the findings were taken over from an earlier run of unchanged inputs
 * ({@link io.github.faqkit.rerun.IncrementalValidator.TakenOver}); the page and image counts are kept either way.
 */
public record ValidationResult(
        Site site,
        List<Finding> findings,
        List<String> notices,
        long elapsedMillis,
        int pageCount,
        int imageCount,
        Path contentDirectory) {

    public ValidationResult(Site site, List<Finding> findings, List<String> notices, long elapsedMillis) {
        this(
                site,
                findings,
                notices,
                elapsedMillis,
                site == null ? 0 : site.pages().size(),
                images(site),
                site == null ? null : site.contentDirectory());
    }

    private static int images(Site site) {
        return site == null
                ? 0
                : (int) site.staticFiles().stream()
                        .filter(e -> Images.isImage(e.path()))
                        .count();
    }

    /** The same result with other findings (e.g. without the baselined ones). */
    public ValidationResult withFindings(List<Finding> other) {
        return new ValidationResult(site, other, notices, elapsedMillis, pageCount, imageCount, contentDirectory);
    }

    /** True when the findings come from an earlier run over the same inputs (no site model). */
    public boolean reused() {
        return site == null;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** Findings at or above the threshold (error ⊃ warning ⊃ info). */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
