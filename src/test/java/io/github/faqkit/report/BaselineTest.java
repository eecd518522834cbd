package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private SiteFixture site() {
        return SiteFixture.in(dir.resolve("site"))
                .page("index.md", "title: Home", "# Home\n")
                .page("a.md", "title: A\nparent: Hom", "text\n");
    }

    @Test
    void baselinedFindingsSurviveEditsAboveThemAndOnlyNewOnesRemain() throws IOException {
        ValidationResult before = site().validate();
        assertThat(SiteFixture.where(before)).containsExactly("a.md:3:9 NAV001");
        Path file = dir.resolve("faq-baseline.json");
        Baseline.of(before).write(file);
        assertThat(Files.readString(file))
                .contains("\"rule\" : \"NAV001\"", "\"file\" : \"a.md\"")
                .doesNotContain("\"line\"");

        // lines added above the finding, and a new defect on another page
        ValidationResult after = site().page("a.md", "title: A\nnav_order: 2\nparent: Hom", "text\n")
                .page("b.md", "title: B\nparent: Hme", "")
                .validate();
        assertThat(SiteFixture.where(after)).containsExactly("a.md:4:9 NAV001", "b.md:3:9 NAV001");

        Baseline.Outcome outcome = Baseline.read(file).match(after);
        assertThat(outcome.baselined())
                .extracting(f -> f.file() + ":" + f.line())
                .containsExactly("a.md:4");
        assertThat(outcome.fresh()).extracting(f -> f.file() + ":" + f.line()).containsExactly("b.md:3");
        assertThat(outcome.fixed()).isEmpty();
        assertThat(Baseline.onlyNew(after, outcome).findings()).hasSize(1);
    }

    @Test
    void fixedFindingsAreListedAndAChangedLineIsNew() throws IOException {
        Path file = dir.resolve("faq-baseline.json");
        Baseline.of(site().validate()).write(file);

        ValidationResult changed =
                site().page("a.md", "title: A\nparent: Homme", "text\n").validate();
        Baseline.Outcome outcome = Baseline.read(file).match(changed);
        assertThat(outcome.fresh())
                .extracting(f -> f.message())
                .singleElement()
                .asString()
                .contains("'Homme'");
        assertThat(outcome.fixed())
                .extracting(Baseline.Entry::rule, Baseline.Entry::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NAV001", "a.md"));
    }

    @Test
    void aSecondCopyOfABaselinedDefectIsNew() {
        ValidationResult one = site().validate();
        Baseline b = Baseline.of(one);
        assertThat(b.match(one).fresh()).isEmpty();
        var f = one.findings().get(0);
        ValidationResult twice = new ValidationResult(one.site(), java.util.List.of(f, f), java.util.List.of(), 0);
        Baseline.Outcome outcome = b.match(twice);
        assertThat(outcome.baselined()).hasSize(1);
        assertThat(outcome.fresh()).hasSize(1);
    }

    @Test
    void fingerprintIgnoresNumbersInTheMessageButNotTheSourceLine() {
        assertThat(Baseline.fingerprint("parent: Hom", "line 3 of 10"))
                .isEqualTo(Baseline.fingerprint("parent: Hom", "line 4 of 10"))
                .isNotEqualTo(Baseline.fingerprint("parent: Home", "line 3 of 10"))
                .isNotEqualTo(Baseline.fingerprint("parent: Hom", "column 3 of 10"));
    }

    @Test
    void unusableFileIsAnErrorNamingTheFix() throws IOException {
        Path file = dir.resolve("faq-baseline.json");
        Files.writeString(file, "{\"findings\": 3}");
        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("mvn faq:baseline");
        Files.writeString(file, "{oops");
        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("not valid JSON");
    }
}
