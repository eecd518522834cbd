package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.kramdown.KramdownFixRecipes;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Helpers for fix tests: the site's own findings, or findings built at a position with their rule's repair. */
final class FixTesting {
    private FixTesting() {}

    /** A finding as HDR004, IAL001 or TOC001 reports it; {@link #plan(SiteFixture, Finding...)} attaches the repair. */
    static Finding finding(String rule, String file, int line, int column, String hint) {
        return Finding.of(rule, rule.toLowerCase(), Severity.ERROR, file, line, column, "constructed " + rule, hint);
    }

    /**
     * Plans the repair of the given findings on the fixture's site (validated for its model only), each
     * carrying the repair its rule attaches at that line.
     */
    static FixPlan plan(SiteFixture site, Finding... findings) {
        ValidationResult r = site.validate(List.of(), x -> x);
        try {
            return new FixEngine().plan(r.site(), withRepairs(r.site(), List.of(findings)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plans the repairs of every finding the rules report on the fixture's site. */
    static FixPlan plan(SiteFixture site) {
        try {
            return new FixEngine().plan(ValidationRequest.of(site.root()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings, those without a repair given the one their (kramdown) rule attaches at their line. */
    static List<Finding> withRepairs(Site site, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(
                    f.fix() != null
                            ? f
                            : f.withFix(KramdownFixRecipes.at(f.ruleId(), site.pageByPath(f.file()), f.line())));
        }
        return out;
    }

    static String after(FixPlan plan, String path) {
        return new String(file(plan, path).after(), StandardCharsets.UTF_8);
    }

    static FileFix file(FixPlan plan, String path) {
        return plan.files().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    static String read(SiteFixture site, String path) {
        try {
            return Files.readString(site.root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
