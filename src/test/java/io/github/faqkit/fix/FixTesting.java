package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteLoader;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Helpers for fixer tests: findings as the rules of other families will report them. */
final class FixTesting {
    private FixTesting() {
    }

    static Finding finding(String rule, String file, int line, int column, String hint) {
        return new Finding(rule, rule.toLowerCase(), Severity.ERROR, file, line, column, "constructed " + rule, hint);
    }

    /** Plans the repair of the given findings on the fixture's site (validated for its model only). */
    static FixPlan plan(SiteFixture site, Finding... findings) {
        ValidationResult r = site.validate(List.of(), x -> x);
        try {
            return new FixEngine().plan(withText(r.site()), List.of(findings), RuleOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same site loaded again with its page texts, which the fixers edit. */
    static Site withText(Site site) {
        try {
            return new SiteLoader().keepingPageText().load(site.contentDirectory(), null, site.themeVersion()).site();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String after(FixPlan plan, String path) {
        return new String(file(plan, path).after(), StandardCharsets.UTF_8);
    }

    static FileFix file(FixPlan plan, String path) {
        return plan.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    static String read(SiteFixture site, String path) {
        try {
            return Files.readString(site.root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
