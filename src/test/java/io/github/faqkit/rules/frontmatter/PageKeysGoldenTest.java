package io.github.faqkit.rules.frontmatter;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FM007 calls a key one nothing reads only where the real build's output never holds it: golden
 * {@code page-keys-golden/golden.txt}, recorded by {@code scripts/page-keys-golden/generate.sh} with Jekyll 4.3.1
 * (Liquid 5.4 and 4.0.4 agree). A layout, an include of a layout or the page's own Liquid that reads the page's keys
 * without naming them ({@code {% for field in page %}}, {@code page | jsonify}, {@code page[n]} over a data list) shows
 * the key; {@code page["title"]}, {@code page.card}, a loop over {@code site.pages} and a layout that reads only
 * {@code page.title} do not. Seen on CreditTools/CreditTools.org (trial28): 97 keys of its cards, one table row each.
 */
class PageKeysGoldenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/page-keys-golden");

    @TempDir
    Path dir;

    @Test
    void fm007ReportsExactlyTheKeysTheOutputNeverHolds() throws IOException {
        List<String> golden;
        try (Stream<String> lines = Files.lines(FIXTURE.resolve("golden.txt"))) {
            golden = lines.filter(l -> !l.startsWith("#")).toList();
        }
        SiteFixture fixture = SiteFixture.in(dir);
        try (Stream<Path> files = Files.walk(FIXTURE.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = FIXTURE.resolve("site").relativize(f).toString().replace('\\', '/');
                fixture.file(rel, Files.readString(f));
            }
        }
        ValidationResult r = fixture.validate();
        TreeSet<String> hidden = new TreeSet<>();
        for (String line : golden) {
            String[] cols = line.split("\t");
            if (!cols[2].equals("-")) { // '-': recorded without a Liquid 4.0.4 checkout
                assertThat(cols[1])
                        .as("Liquid 5.4 and 4.0.4 agree on %s", cols[0])
                        .isEqualTo(cols[2]);
            }
            if (cols[1].equals("hidden")) {
                hidden.add(cols[0]);
            }
        }
        TreeSet<String> reported = new TreeSet<>();
        for (Finding f : of(r, "FM007")) {
            if (f.message().startsWith("'card_type'")) {
                reported.add(f.file());
            }
        }
        assertThat(hidden).containsExactly("_cards/plaindoc.md", "pages.md", "plain.md", "quoted.md");
        assertThat(reported).containsExactlyElementsOf(hidden);
    }
}
