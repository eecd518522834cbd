package io.github.faqkit.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code {% link %}} as the real Jekyll 4.3.1 and the link tag of Jekyll 3.10.0 (GitHub Pages' Jekyll) build it
 * ({@code scripts/link-golden/generate.sh}): Jekyll 3 gives the URL without the baseurl, Jekyll 4 with it, and a
 * path with spaces, a '+' or a '&' names its file in both (no LIQ001: the markup is the tag's, as written). The fixture is checked as a build of its own whose Gemfile.lock locks
 * that Jekyll; a link is reported exactly when the built site misses it.
 */
class LinkTagGoldenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/link-golden");
    private static final Set<String> RULES = Set.of("LNK001", "LIQ002", "LIQ001");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "Jekyll {0}")
    @ValueSource(ints = {3, 4})
    void linksAreReportedExactlyWhenTheBuiltSiteMissesThem(int major) throws IOException {
        JsonNode golden = new ObjectMapper()
                .readTree(FIXTURE.resolve("golden-jekyll" + major + ".json").toFile());
        Path site = dir.resolve("site");
        copy(FIXTURE.resolve("site"), site);
        Files.writeString(site.resolve("Gemfile"), "source \"https://rubygems.org\"\ngem \"jekyll\"\n");
        Files.writeString(
                site.resolve("Gemfile.lock"),
                "GEM\n  specs:\n    jekyll (" + (major == 3 ? "3.10.0" : "4.3.1") + ")\n\nDEPENDENCIES\n  jekyll\n");
        ValidationResult result =
                new Validator().validate(ValidationRequest.of(site).withPlatform("jekyll"));
        int checked = 0;
        for (JsonNode p : golden.path("pages")) {
            String source = p.path("source").asText();
            List<String> lines = Files.readAllLines(site.resolve(source));
            for (JsonNode l : p.path("links")) {
                String marker = "[" + l.path("text").asText() + "]";
                int line = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith(marker)) {
                        line = i + 1;
                    }
                }
                if (line == 0) {
                    continue; // a link of the layout
                }
                int at = line;
                List<Finding> found = result.findings().stream()
                        .filter(f -> f.file().equals(source) && f.line() == at && RULES.contains(f.ruleId()))
                        .toList();
                String resolved = l.path("resolved").asText();
                boolean broken = resolved.equals("not-found") || resolved.equals("outside-baseurl");
                assertThat(found)
                        .as(source + ":" + at + " " + marker + " is " + resolved + " under Jekyll " + major)
                        .hasSize(broken ? 1 : 0);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
