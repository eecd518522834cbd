package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;

/** A tiny site and a fixed set of findings on it, shared by the writer tests. */
final class ReportFixture {
    private ReportFixture() {}

    static ValidationResult result(Path dir) {
        SiteFixture site = SiteFixture.in(dir)
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n")
                .page("docs/a.md", "title: A & B\nparent: Hom\nnav_ordr: 2", "Intro\n\n![shot](../pics/x.png)\n")
                .page("docs/c.md", "title: C\nparent: Home", "C\n")
                .bytes("pics/orphan.png", new byte[] {1});
        ValidationResult parsed = site.validate();
        List<Finding> findings = List.of(
                Finding.of(
                        "NAV001",
                        "parent-not-found",
                        Severity.ERROR,
                        "docs/a.md",
                        3,
                        9,
                        "parent 'Hom' matches no page title",
                        "did you mean 'Home'?"),
                Finding.of(
                        "FM007",
                        "unknown-key",
                        Severity.WARNING,
                        "docs/a.md",
                        4,
                        1,
                        "unknown key 'nav_ordr' <b>&\"",
                        ""),
                Finding.of(
                        "IMG001",
                        "image-not-found",
                        Severity.ERROR,
                        "docs/a.md",
                        8,
                        1,
                        "'../pics/x.png' does not exist",
                        "add the file"),
                Finding.of(
                        "IMG006",
                        "image-orphan",
                        Severity.INFO,
                        "pics/orphan.png",
                        0,
                        0,
                        "no page references this image",
                        "delete it"));
        return new ValidationResult(parsed.site(), findings, List.of(), 1234);
    }
}
