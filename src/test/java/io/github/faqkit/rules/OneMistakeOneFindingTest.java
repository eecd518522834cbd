package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.report.Baseline;
import io.github.faqkit.rules.suppress.UnusedSuppression;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake that several rules see is listed once, by the rule that names its cause (Rule#absorbs); the
 * others travel inside that finding. Front matter "title: T" puts body line 1 on file line 4.
 */
class OneMistakeOneFindingTest {
    @TempDir
    Path dir;

    private SiteFixture page(String body) {
        // the baseline lives beside the site, where Jekyll would not publish it (CFG001)
        return SiteFixture.in(dir.resolve("site"))
                .file("_config.yml", "title: S\n")
                .page("a.md", "title: T", body);
    }

    private static List<String> absorbed(Finding f) {
        return f.absorbed().stream()
                .map(a -> a.line() + ":" + a.column() + " " + a.ruleId())
                .collect(Collectors.toList());
    }

    @Test
    void aStrayTocMarkerIsOneError() {
        // '{:toc}' under a heading with a blank line between: not a TOC (TOC001) and a detached attribute (IAL001)
        ValidationResult r =
                page("# T\n{: .no_toc }\n\n{:toc}\n\n## One\n\ntext\n").validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:7:1 TOC001");
        assertThat(absorbed(r.findings().get(0))).containsExactly("7:1 IAL001");
    }

    @Test
    void aDroppedTocMarkerAtTheEndIsOneError() {
        ValidationResult r =
                page("# T\n{: .no_toc }\n\n## One\n\ntext\n\n{:toc}\n").validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:11:1 TOC001");
        assertThat(absorbed(r.findings().get(0))).containsExactly("11:1 IAL002");
    }

    @Test
    void aDetachedNoTocAboveTheTocIsTheOnlyFindingAboutItsHeading() {
        String body = "# Title\n\n{: .no_toc}\n\n## Contents\n\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult r = page(body).validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:6:1 IAL001", "a.md:10:1 IAL001");
        assertThat(absorbed(r.findings().get(0))).containsExactly("6:1 TOC004");
        assertThat(r.findings().get(0).absorbed().get(0).message())
                .contains("heading 'Title' at line 4 sits above the TOC but is listed in it");
        assertThat(absorbed(r.findings().get(1))).containsExactly("10:1 TOC004");
    }

    @Test
    void aDetachedLineWithoutNoTocLeavesTheTitleFindingOnItsHeading() {
        // near miss: the detached class is not .no_toc, so moving it does not take the title out of the TOC
        String body = "# Title\n\n{: .text-center }\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult r = page(body).validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:4:1 TOC004", "a.md:6:1 IAL001");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.absorbed()).isEmpty());
    }

    @Test
    void withTheCauseSwitchedOffTheConsequenceSpeaksAtThePlaceOfTheMistake() {
        String body = "# Title\n\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult r = page(body).validate(q -> withSeverity(q, "IAL001", Severity.OFF));
        Finding toc = SiteFixture.only(r, "TOC004");
        SiteFixture.assertAt(toc, "a.md", 6, 1, Severity.WARNING);
        assertThat(toc.message()).contains("separated from it by a blank line");
    }

    @Test
    void aConsequenceMoreSevereThanItsCauseStaysOnItsOwn() {
        String body = "# Title\n\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult r = page(body).validate(q -> withSeverity(q, "IAL001", Severity.INFO));
        assertThat(SiteFixture.where(r)).containsExactly("a.md:6:1 IAL001", "a.md:6:1 TOC004");
    }

    @Test
    void aSuppressionOfTheAbsorbedRuleIsStillUsedAndTheCauseStays() {
        String body = "<!-- faq-disable TOC004 -->\n\n# Title\n\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult r = page(body).validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:8:1 IAL001");
        assertThat(SiteFixture.of(r, UnusedSuppression.ID)).isEmpty();
        assertThat(r.findings().get(0).absorbed()).isEmpty();
    }

    @Test
    void silencingTheCauseLetsItsConsequenceShow() {
        String body = "<!-- faq-disable IAL001 -->\n\n# Title\n\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult r = page(body).validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:8:1 TOC004");
    }

    @Test
    void anUnclosedOutputInAnImagePathIsOneLiquidError() {
        // Liquid stops at '{{ site.baseurl }' (one '}'): the image cannot be checked, its "spaces" are Liquid's
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: S\nbaseurl: /kb\n")
                .file("img/a.png", "x")
                .page("a.md", "title: T", "# T\n\n![pic]({{ site.baseurl }/img/a.png)\n\n## One\n\ntext\n")
                .validate();
        assertThat(SiteFixture.where(r)).contains("a.md:6:8 LIQ001").doesNotContain("a.md:6:8 IMG008");
        Finding liquid = SiteFixture.only(r, "LIQ001");
        assertThat(liquid.message())
                .contains("'{{ site.baseurl }' is not closed with '}}'")
                .doesNotContain("further on")
                .doesNotContain("viable");
        assertThat(absorbed(liquid)).containsExactly("6:8 IMG007");
        assertThat(SiteFixture.of(r, "IMG007")).isEmpty();
    }

    /**
     * TeX on a real page, '{{\\color{Rhodamine} …}}': Jekyll stops at '{{\\color{Rhodamine}' (liquid-golden
     * stop-output). A '}}' further on the line looks like the end of the tag, so the message says why it is not.
     */
    @Test
    void anOutputTagEndedByASingleBraceSaysWhyTheLaterPairDoesNotCloseIt() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: S\n")
                .page(
                        "a.md",
                        "title: T",
                        "Fine: $$ x^{{2}} $$\n\n$$ \\theta{{\\color{Rhodamine} \\gamma_{t+1}} \\over x} $$\n")
                .validate();
        Finding liquid = SiteFixture.only(r, "LIQ001");
        assertThat(liquid.line() + ":" + liquid.column()).isEqualTo("6:10");
        assertThat(liquid.message())
                .isEqualTo(
                        "Jekyll stops the build on this page's Liquid: '{{\\color{Rhodamine}' is not closed with '}}':"
                                + " Liquid ends the tag at its first '}', so the '}}' further on this line does not close it");
    }

    @Test
    void whatAPluginFilterWritesIsNoFileNameButTypedSpacesAre() {
        // the placeholder for a plugin's output is not a non-ASCII file name; a space typed after Liquid is one
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: S\n")
                .page(
                        "a.md",
                        "title: T",
                        "# T\n\n![a]({{ page.img | plugin_filter }}/x.png)\n\n![b]({{ site.baseurl }}/img/my pic.png)\n")
                .validate();
        assertThat(SiteFixture.of(r, "IMG008")).extracting(Finding::line).containsExactly(8);
        assertThat(SiteFixture.of(r, "IMG008").get(0).message()).contains("'/img/my pic.png'");
    }

    @Test
    void aLinkTagToNoFileInAnImageIsOneError() {
        ValidationResult r = page("# T\n\n![pic]({% link img/nope.png %})\n").validate();
        Finding link = SiteFixture.only(r, "LIQ002");
        assertThat(absorbed(link)).containsExactly("6:8 IMG007");
        assertThat(SiteFixture.of(r, "IMG007")).isEmpty();
    }

    @Test
    void independentFindingsOnOneLineStayApart() {
        // IMG002 (letter case) and IMG009 (alt text is the file name) on one image: two mistakes
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: S\n")
                .file("pics/shot.png", "x")
                .page("a.md", "title: T", "# T\n\n![shot](pics/Shot.png)\n")
                .validate();
        assertThat(SiteFixture.where(r)).containsExactly("a.md:6:9 IMG002", "a.md:6:9 IMG009");
    }

    @Test
    void aBaselineWrittenBeforeTheMergeDoesNotCallTheAbsorbedFindingFixed() throws IOException {
        String body = "# Title\n\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## One\n";
        ValidationResult merged = page(body).validate();
        // the same run as an earlier version listed it: cause and consequence side by side
        List<Finding> apart = new ArrayList<>();
        for (Finding f : merged.findings()) {
            apart.add(f.withAbsorbed(List.of()));
            apart.addAll(f.absorbed());
        }
        Path file = dir.resolve("faq-baseline.json");
        Baseline.of(merged.withFindings(apart)).write(file);

        Baseline.Outcome outcome = Baseline.read(file).match(merged);
        assertThat(outcome.fresh()).isEmpty();
        assertThat(outcome.baselined()).hasSize(1);
        assertThat(outcome.fixed()).isEmpty();
    }

    @Test
    void aBaselineKeepsTheAbsorbedFindingWhenItsCauseIsLaterSilenced() throws IOException {
        String body = "# Title\n\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## One\n";
        Path file = dir.resolve("faq-baseline.json");
        Baseline.of(page(body).validate()).write(file);

        ValidationResult withoutCause = page(body).validate(q -> withSeverity(q, "IAL001", Severity.OFF));
        Baseline.Outcome outcome = Baseline.read(file).match(withoutCause);
        assertThat(outcome.fresh()).isEmpty();
        assertThat(outcome.baselined()).extracting(Finding::ruleId).containsExactly("TOC004");
    }

    private static ValidationRequest withSeverity(ValidationRequest q, String rule, Severity s) {
        return new ValidationRequest(
                q.contentDirectory(),
                q.includes(),
                q.excludes(),
                Map.of(rule, s),
                q.themeVersion(),
                q.options(),
                q.baseUrl(),
                q.checkExternal());
    }
}
