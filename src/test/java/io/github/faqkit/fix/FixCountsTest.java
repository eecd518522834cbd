package io.github.faqkit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "N fixed, M left for you": M is what validation reports once the fixes are written, and a finding that
 * another fix removes is not a thing left to do.
 */
class FixCountsTest {
    @TempDir
    Path dir;

    private record Run(FixPlan plan, Recount recount, FixReport report) {}

    private static Run dryRun(Path site) throws IOException {
        ValidationRequest request = ValidationRequest.of(site);
        FixEngine engine = new FixEngine();
        FixPlan plan = engine.plan(request);
        Recount recount = engine.recount(request, plan);
        FixReport report =
                FixReport.of(plan, recount, recount.after().findings(), 0, f -> f.file() + ":" + f.line(), false);
        return new Run(plan, recount, report);
    }

    private static ValidationResult validate(Path site) throws IOException {
        return new Validator().validate(ValidationRequest.of(site));
    }

    private static List<String> texts(FixReport r) {
        return r.lines().stream().map(l -> l.level() + " " + l.text()).toList();
    }

    @Test
    void theSeedSiteLeavesExactlyWhatValidationThenReports() throws IOException {
        Path site = copy(Path.of("src/it/fix-seed/site"), dir.resolve("site"));
        int before = validate(site).findings().size();
        Run run = dryRun(site);

        // the title listed in the TOC and .text-delta on the list are the two IAL001 mistakes: nothing left of them;
        // the repaired TOC of train.md makes a TOC at last, and its title is listed in it (TOC004): said, and counted
        assertThat(texts(run.report()))
                .noneMatch(l -> l.contains("ai.md") && l.contains("TOC004"))
                .filteredOn(l -> l.startsWith("WARN"))
                .singleElement()
                .asString()
                .startsWith("WARN docs/gpt/train.md:6: TOC004 would show once the fixes are made: heading 'Training'");
        assertThat(run.report().summary())
                .isEqualTo("faq:fix dry run: would fix 7 finding(s) in 3 file(s); 5 left for you (0 of fixable rules"
                        + " not safe to change, 4 with no automatic fix, 1 brought to light by the fixes); nothing"
                        + " written");
        assertThat(run.report().fixed() + run.report().left()).isEqualTo(before + 1);

        run.plan().apply();
        ValidationResult after = validate(site);
        assertThat(after.findings()).hasSize(run.report().left());
        assertThat(after.findings()).extracting(Finding::ruleId).containsOnly("IMG009", "TOC004");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_config.yml", "_config.yaml"})
    void theCountAfterTheConfigurationFixIsExact(String config) throws IOException {
        // the second validation reads the configuration as CFG001's fix leaves it, not as it is on disk
        SiteFixture site = SiteFixture.in(dir.resolve("s"))
                .file(config, "title: S\nexclude:\n  - README.md\nlogo: /a.png\n")
                .page("index.md", "title: Home", "Hello\n")
                .file("pom.xml", "<project/>\n");
        assertThat(validate(site.root()).findings()).extracting(Finding::ruleId).containsExactly("CFG001");
        Run run = dryRun(site.root());
        assertThat(run.recount().exact()).isTrue();
        assertThat(run.recount().after().findings()).isEmpty();
        assertThat(run.report().summary()).contains("0 left for you").doesNotContain("counted without");

        run.plan().apply();
        assertThat(validate(site.root()).findings()).isEmpty();
    }

    @Test
    void aFindingAnotherFixRemovesGoesWithItAndCountsAsFixed() throws IOException {
        // '##Sizes' is no heading, so '#sizes' finds nothing (HDR003, no fix of its own); the HDR004 fix makes it one
        SiteFixture site = SiteFixture.in(dir.resolve("s"))
                .file("_config.yml", "title: S\n")
                .page("a.md", "title: A", "# A\n\nSee [sizes](#sizes).\n\n##Sizes\n\ntext\n");
        Run run = dryRun(site.root());
        assertThat(texts(run.report()))
                .contains("INFO a.md:6: HDR003 goes away with the other fixes")
                .noneMatch(l -> l.contains("no automatic fix"));
        assertThat(run.report().fixed()).isEqualTo(2);
        assertThat(run.report().left()).isZero();

        run.plan().apply();
        assertThat(validate(site.root()).findings()).isEmpty();
    }

    @Test
    void whatTheFixesBringToLightIsCountedAsLeft() throws IOException {
        // '1) TOC' is no TOC; once it is one, the title above it is listed in it (TOC004)
        SiteFixture site = SiteFixture.in(dir.resolve("s"))
                .file("_config.yml", "title: S\n")
                .page("a.md", "title: A", "# A\n\n1) TOC\n{:toc}\n\n## One\n\ntext\n");
        Run run = dryRun(site.root());
        assertThat(run.report().summary()).contains("1 left for you").contains("1 brought to light by the fixes");
        assertThat(texts(run.report())).anyMatch(l -> l.startsWith("WARN a.md:4: TOC004 would show once the fixes"));

        run.plan().apply();
        assertThat(validate(site.root()).findings()).extracting(Finding::ruleId).containsExactly("TOC004");
    }

    @Test
    void aStrayTocMarkerIsRepairedOnceWithoutAWarningAboutItsAttributeLine() throws IOException {
        SiteFixture site = SiteFixture.in(dir.resolve("s"))
                .file("_config.yml", "title: S\n")
                .page("a.md", "title: A", "# A\n{: .no_toc }\n\n1. TOC\n\n{:toc}\n\n## One\n\ntext\n");
        Run run = dryRun(site.root());
        assertThat(texts(run.report()))
                .containsExactly("INFO a.md:9: TOC001 can fix: rewrote the TOC marker to" + " '1. TOC' / '{:toc}'");
        assertThat(run.report().summary()).startsWith("faq:fix dry run: would fix 1 finding(s) in 1 file(s); 0 left");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
