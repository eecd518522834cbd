package io.github.faqkit.rules.frontmatter;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FM003 on a data file exactly where Jekyll stops the build over it: data-golden/verdicts.tsv, recorded by
 * scripts/data-golden/generate.sh with a real {@code jekyll build}. Where Debian's loader and the released one
 * disagree (yaml-loaders/verdicts.tsv: Ruby symbols), the released Jekyll decides, as for {@code _config.yml}.
 */
class DataFilesGoldenTest {
    private static final Path VERDICTS = Paths.get("src/test/resources/data-golden/verdicts.tsv");
    private static final Path LOADERS = Paths.get("src/test/resources/yaml-loaders/verdicts.tsv");
    /** Texts Jekyll stops on that SnakeYAML reads (an alias never defined; a '//' line before JSON): misses. */
    private static final java.util.Set<String> KNOWN_MISSES =
            java.util.Set.of("x: *undefined", "// comment\\n{\"a\": 1}");

    @TempDir
    Path dir;

    static Stream<String> rows() throws IOException {
        return Files.readAllLines(VERDICTS).stream().filter(l -> !l.startsWith("#") && !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void fm003WhereJekyllStopsOnTheDataFile(String row) throws IOException {
        String[] cols = columns(row);
        String file = "_data/x." + cols[0];
        boolean refused = releasedVerdicts().getOrDefault(cols[1], cols[2]).equals("fails");
        if (KNOWN_MISSES.contains(cols[1])) {
            assertThat(refused)
                    .as("a known miss that Jekyll now reads: drop it from KNOWN_MISSES")
                    .isTrue();
            refused = false;
        }
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\n")
                .file(file, cols[1].replace("\\n", "\n").replace("\\t", "\t"))
                .page("index.md", "title: Home", "Hello\n")
                .validate();
        List<Finding> fm003 = of(r, FrontMatterRules.FM003);
        assertThat(fm003).as("%s: %s", file, cols[1]).hasSize(refused ? 1 : 0);
        if (refused) {
            assertThat(fm003.get(0).file()).isEqualTo(file);
            assertThat(fm003.get(0).message()).contains("so Jekyll stops building the site");
        }
    }

    /**
     * The same YAML as a page's front matter (the "page" column): FM003 exactly where Jekyll drops the block (it
     * keeps it with tabs after a key or inside brackets and with '\/' in quotes: libyaml reads them).
     */
    @ParameterizedTest
    @MethodSource("rows")
    void fm003WhereJekyllDropsTheFrontMatter(String row) throws IOException {
        String[] cols = columns(row);
        if (cols[3].equals("-")) {
            return; // not a YAML case
        }
        boolean dropped = releasedVerdicts().getOrDefault(cols[1], cols[3]).equals("dropped");
        if (KNOWN_MISSES.contains(cols[1])) {
            dropped = false;
        }
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\n")
                .page("a.md", "title: Kept\n" + cols[1].replace("\\n", "\n").replace("\\t", "\t"), "Hello\n")
                .validate();
        assertThat(of(r, FrontMatterRules.FM003))
                .as("front matter with %s", cols[1])
                .hasSize(dropped ? 1 : 0);
        assertThat(of(r, FrontMatterRules.FM005))
                .as("title kept with %s", cols[1])
                .isEmpty();
    }

    /** extension, text (it may hold a tab), data file verdict, page verdict. */
    private static String[] columns(String row) {
        String[] c = row.split("\t");
        int n = c.length;
        String text = String.join("\t", java.util.Arrays.copyOfRange(c, 1, n - 2));
        return new String[] {c[0], text, c[n - 2], c[n - 1]};
    }

    /** The position is the quote or the bracket left open; files Jekyll never reads are not judged. */
    @Test
    void pointsAtTheErrorAndLeavesUnreadFilesAlone() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\n")
                .file("_data/team/people.yml", "- name: Ann\n  pic: ann.png\n- name: Bo\n  role: [lead\n")
                .file("_data/.draft.yml", "a: [\n")
                .file("_data/sizes.csv", "name,size\n\"Set, large\",\"40\"\"\"\nTV,5\" screen\n")
                .file("_data/ok.tsv", "name\tnote\n\"Ann\tB\"\t\"said \"\"hi\"\"\"\n")
                .file("_data/notes.txt", "a: [\n")
                .file("_data/OLD.YML", "a: [\n")
                .file("_drafts/data.yml", "a: [\n")
                .page("index.md", "title: Home", "Hello\n")
                .validate();
        assertThat(SiteFixture.where(r))
                .containsExactly("_data/sizes.csv:3:5 FM003", "_data/team/people.yml:4:9 FM003");
    }

    /** The value the released Jekyll gives a YAML text where Debian's package reads it differently. */
    private static Map<String, String> releasedVerdicts() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String l : Files.readAllLines(LOADERS)) {
            String[] c = l.split("\t");
            if (!l.startsWith("#") && c.length == 4 && !c[1].equals(c[3])) {
                out.put(c[0], c[3]);
            }
        }
        return out;
    }
}
