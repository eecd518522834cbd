package io.github.faqkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A throw-away Jekyll site in a temporary folder, for rule tests. */
public final class SiteFixture {
    private final Path root;

    private SiteFixture(Path root) {
        this.root = root;
    }

    public static SiteFixture in(Path dir) {
        return new SiteFixture(dir);
    }

    public Path root() {
        return root;
    }

    public SiteFixture file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public SiteFixture bytes(String path, byte[] content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with the given front matter lines and body. */
    public SiteFixture page(String path, String frontMatter, String body) {
        return file(
                path,
                "---\n" + frontMatter + (frontMatter.endsWith("\n") || frontMatter.isEmpty() ? "" : "\n") + "---\n"
                        + body);
    }

    public ValidationResult validate() {
        return validate(r -> r);
    }

    public ValidationResult validate(UnaryOperator<ValidationRequest> customize) {
        try {
            return new Validator().validate(customize.apply(ValidationRequest.of(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs only the given rules. */
    public ValidationResult validate(List<Rule> rules, UnaryOperator<ValidationRequest> customize) {
        try {
            return new Validator(rules).validate(customize.apply(ValidationRequest.of(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The site as packaging and fixing see it: loaded and parsed, no rule run. The one place tests get a
     * site without findings, so a change in how sites are loaded changes one line here.
     */
    public Site loadSite() {
        ValidationRequest request = ValidationRequest.of(root);
        try {
            return new io.github.faqkit.core.SiteLoader()
                    .load(root, request.baseUrl(), request.themeVersion())
                    .site();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one finding of {@code rule}; fails, listing every finding, when there is none or more than one. */
    public static Finding only(ValidationResult r, String rule) {
        List<Finding> found = of(r, rule);
        assertThat(found).as("findings of %s in %s", rule, where(r)).hasSize(1);
        return found.get(0);
    }

    /** The finding is at {@code file:line:column} with {@code severity}. */
    public static void assertAt(Finding f, String file, int line, int column, Severity severity) {
        assertThat(f.file()).isEqualTo(file);
        assertThat(f.line()).as("line").isEqualTo(line);
        assertThat(f.column()).as("column").isEqualTo(column);
        assertThat(f.severity()).isEqualTo(severity);
    }

    /** The finding is of {@code rule}, at {@code file:line:column} with {@code severity}. */
    public static void assertAt(Finding f, String rule, String file, int line, int column, Severity severity) {
        assertThat(f.ruleId()).isEqualTo(rule);
        assertAt(f, file, line, column, severity);
    }

    /** Findings of one rule. */
    public static List<Finding> of(ValidationResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
    }

    /** "file:line:col RULE" for compact assertions. */
    public static List<String> where(ValidationResult r) {
        return r.findings().stream()
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId())
                .collect(Collectors.toList());
    }
}
