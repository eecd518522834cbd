package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the configuration of {@code jekyll build --config LIST} to what the real Jekyll 4.3.1 built
 * (scripts/config-golden/merge.sh, whose three files this test writes again): later files win, mappings merge key by
 * key, lists are replaced, an empty value keeps the earlier one, _config.yml is read only when named.
 */
class ConfigMergeGoldenTest {
    @TempDir
    Path repo;

    private static final String MAIN =
            "title: main\nbaseurl: /main\nnested: {a: 1, b: {c: 2, d: 3}}\nexclude: [one.md]\nkept: from-main\n";
    private static final String SECOND =
            "title: second\nbaseurl: /second\nnested: {b: {d: 4, e: 5}, f: 6}\nexclude: [two.md]\nkept:\n";
    private static final String THIRD = "baseurl: \"\"\n";

    private static String text(JsonNode raw, String key) {
        JsonNode n = raw.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    @Test
    void theMergedSettingsAreThoseTheRealBuildShowed() throws IOException {
        List<String> rows =
                Files.readAllLines(Path.of("src/test/resources/config-golden/merge.tsv"), StandardCharsets.UTF_8);
        int checked = 0;
        for (String row : rows) {
            if (row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t", -1);
            Path site = Files.createTempDirectory(repo, "site");
            Files.createDirectories(site.resolve(".git"));
            Files.writeString(site.resolve("_config.yml"), MAIN);
            Files.writeString(site.resolve("second.yml"), SECOND);
            Files.writeString(site.resolve("third.yml"), THIRD);
            if (!cols[0].equals("-")) {
                Path wf = site.resolve(".github/workflows/deploy.yml");
                Files.createDirectories(wf.getParent());
                Files.writeString(
                        wf,
                        "steps:\n  - run: bundle exec jekyll build --config " + cols[0]
                                + "\n  - uses: peaceiris/actions-gh-pages@v4\n");
            }
            SiteConfigs.Loaded loaded = SiteConfigs.load(site, null);
            JsonNode raw = loaded.config().raw();
            if (cols[1].equals("FAILS")) {
                // Jekyll stops; the plugin says so and checks with _config.yml
                assertThat(loaded.notice()).as(row).contains("missing.yml is not in the repository");
                assertThat(text(raw, "title")).isEqualTo("main");
            } else {
                assertThat(List.of(
                                text(raw, "title"),
                                text(raw, "baseurl"),
                                raw.get("nested").toString(),
                                raw.get("exclude").get(0).asText(),
                                text(raw, "kept")))
                        .as(row)
                        .containsExactly(cols[1], cols[2], cols[3], cols[4].split(" ")[0], cols[5]);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7);
    }
}
