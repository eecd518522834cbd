package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import java.nio.file.Path;

/**
 * One line per finding, {@code path:line:col: severity: RULE name: message [hint]}, with the path
 * relative to a base directory (the folder the build was started in) so IDEs and terminals can jump to it.
 */
public final class ConsoleFormatter {
    private final String prefix;

    /** {@code prefix} turns content-relative paths into base-relative ones ("" or e.g. "docs/"). */
    public ConsoleFormatter(Path baseDirectory, Path contentDirectory) {
        Path content = contentDirectory.toAbsolutePath().normalize();
        String rel;
        try {
            rel = baseDirectory.toAbsolutePath().normalize().relativize(content).toString();
        } catch (IllegalArgumentException e) {
            rel = content.toString(); // another drive: no relative path leads there
        }
        rel = rel.replace('\\', '/');
        this.prefix = rel.isEmpty() ? "" : rel + "/";
    }

    /** A content-relative path as the console shows it (relative to the project base directory). */
    public String path(String contentRelative) {
        return prefix + contentRelative;
    }

    /** Where a finding is, {@code path:line:col} ({@code path} alone for a whole file). */
    public String location(Finding f) {
        return f.line() > 0 ? path(f.file()) + ':' + f.line() + ':' + f.column() : path(f.file());
    }

    public String format(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(location(f))
                .append(": ")
                .append(f.severity().label())
                .append(": ")
                .append(f.ruleId())
                .append(' ')
                .append(f.ruleName())
                .append(": ")
                .append(f.message());
        if (!f.hint().isEmpty()) {
            b.append(" [").append(f.hint()).append(']');
        }
        return b.toString();
    }

    public String summary(ValidationResult r) {
        return String.format(
                "FAQ validation: %d pages, %d images checked in %.1f s: %d error(s), %d warning(s), %d info(s)",
                r.pageCount(),
                r.imageCount(),
                r.elapsedMillis() / 1000.0,
                r.count(Severity.ERROR),
                r.count(Severity.WARNING),
                r.count(Severity.INFO));
    }
}
