package io.github.faqkit.rules.nav;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NAV005 names nav_order as the writer wrote it, and what YAML makes of it when that differs: {@code nav_order: 020}
 * is the octal number 16, and the theme puts it beside a sibling with 16 (nav-golden/leading-zeros, built with every
 * theme version, shows the two side by side).
 */
class NavOrderAsWrittenTest {
    @TempDir
    Path dir;

    @Test
    void theGoldenSiteTieIsToldAsWritten() throws IOException {
        ValidationResult r = new Validator()
                .validate(ValidationRequest.of(Path.of("src/test/resources/nav-golden/leading-zeros/site")));
        Finding f = only(r, "NAV005");
        // whichever of the two is reported, both are named as written
        assertThat(f.message())
                .contains("020 (YAML reads a leading 0 as octal: the number 16)")
                .containsAnyOf("nav_order 16 is also used", "(guide/g.md)");
        assertThat(f.hint()).contains("without leading zeros");
    }

    private static SiteFixture siblings(Path dir, String a, String b, String more) {
        return SiteFixture.in(dir)
                .page("guide.md", "title: Guide", "# Guide\n")
                .page("a.md", "title: A\nparent: Guide\nnav_order: " + a + more, "# A\n")
                .page("b.md", "title: B\nparent: Guide\nnav_order: " + b + more, "# B\n");
    }

    @Test
    void anOctalNavOrderIsToldAsWrittenWhicheverYamlReaderReadsIt() {
        // a flow list makes the front matter go through the full YAML parser instead of the flat reader
        for (String more : new String[] {"", "\ntags: [x, y]"}) {
            ValidationResult r = siblings(dir.resolve("s" + more.length()), "020", "16", more)
                    .validate();
            Finding f = only(r, "NAV005");
            assertThat(f.message())
                    .as(more)
                    .contains("020 (YAML reads a leading 0 as octal: the number 16)")
                    .contains("16");
            assertThat(f.hint()).contains("without leading zeros");
        }
    }

    @Test
    void nearMissesSayNothingAboutHowTheNumberIsWritten() {
        // equal as written: nothing to explain
        Finding same = only(siblings(dir.resolve("a"), "3", "3", "").validate(), "NAV005");
        assertThat(same.message()).startsWith("nav_order 3 is also used by its sibling 'A' (a.md)");
        assertThat(same.message()).doesNotContain("octal").doesNotContain("written");
        assertThat(same.hint()).isEqualTo("give each sibling a distinct nav_order");
        // another decimal of the same number: a tie, told as written without a YAML lesson
        Finding decimal = only(siblings(dir.resolve("b"), "1.50", "1.5", "").validate(), "NAV005");
        assertThat(decimal.message()).doesNotContain("YAML").doesNotContain("octal");
        // 020 is 16, not 20: no tie at all
        assertThat(of(siblings(dir.resolve("c"), "020", "20", "").validate(), "NAV005"))
                .isEmpty();
    }
}
