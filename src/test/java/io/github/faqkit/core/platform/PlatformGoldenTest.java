package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdicts agree with the real build: each fixture site under {@code platform-golden} was built by
 * {@code scripts/platform-golden/generate.sh} with Jekyll 4.3 and the GitHub Pages plugins (and without them),
 * and the golden files record which pages were rendered, their URLs, titles, heading ids, and whether each
 * link and image of the built HTML reaches a file of the built site. Links and images carry unique texts
 * ({@code L1 …}, {@code I1 …}) that name their source line.
 */
class PlatformGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/platform-golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IMAGE_RULES = Set.of("IMG001", "IMG002", "IMG003");

    static Stream<Arguments> builds() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            for (Path dir : dirs.sorted().toList()) {
                for (String mode : List.of("github-pages", "jekyll")) {
                    out.add(Arguments.of(dir.getFileName().toString(), mode));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("builds")
    void pagesUrlsTitlesAndIdsAreThoseOfTheRealBuild(String fixture, String mode) throws IOException {
        JsonNode golden = JSON.readTree(
                FIXTURES.resolve(fixture).resolve("golden-" + mode + ".json").toFile());
        ValidationResult result = validate(fixture, mode);
        assertThat(result.site().config().baseurl())
                .isEqualTo(golden.path("baseurl").asText());
        Map<String, String> expectedUrls = new TreeMap<>();
        Map<String, String> expectedTitles = new TreeMap<>();
        for (JsonNode p : golden.path("pages")) {
            expectedUrls.put(p.path("source").asText(), p.path("url").asText());
            expectedTitles.put(
                    p.path("source").asText(),
                    p.path("title").isNull() ? null : p.path("title").asText());
        }
        Map<String, String> urls = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        for (Page p : result.site().pages()) {
            urls.put(p.path(), p.url());
            titles.put(p.path(), p.title());
        }
        assertThat(urls).isEqualTo(expectedUrls);
        assertThat(titles).isEqualTo(expectedTitles);
        for (JsonNode p : golden.path("pages")) {
            Page page = result.site().pageByPath(p.path("source").asText());
            if (!page.entry().markdown()) {
                continue; // the ids of an .html page are its own HTML
            }
            // the output file holds the body of the page written last at that URL (golden url-collision)
            Page written =
                    io.github.faqkit.core.OverwrittenPages.of(result.site()).overwrittenBy(page);
            List<String> ids = new ArrayList<>();
            for (Heading h : (written != null ? written : page).kramdown().headings()) {
                if (!h.id().isEmpty()) {
                    ids.add(h.id());
                }
            }
            List<String> expectedIds = new ArrayList<>();
            p.path("ids").forEach(id -> expectedIds.add(id.asText()));
            assertThat(ids).as("heading ids of " + page.path()).isEqualTo(expectedIds);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("builds")
    void whatAFindingSaysAboutAPageRenderedWithoutFrontMatterIsWhatItGets(String fixture, String mode)
            throws IOException {
        JsonNode golden = JSON.readTree(
                FIXTURES.resolve(fixture).resolve("golden-" + mode + ".json").toFile());
        ValidationResult result = validate(fixture, mode);
        int checked = 0;
        for (JsonNode p : golden.path("pages")) {
            String source = p.path("source").asText();
            for (Finding f : result.findings()) {
                if (!f.file().equals(source) || !f.ruleId().equals("FM001")) {
                    continue;
                }
                checked++;
                // rendered by jekyll-optional-front-matter: the finding names the layout and the missing title
                assertThat(f.message())
                        .as(source + " as built")
                        .contains(p.path("layout").isNull() ? "without a layout" : "default layout");
                assertThat(p.path("title").isNull())
                        .as(source + " has no title when built")
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("builds")
    void linksAndImagesAreReportedExactlyWhenTheBuiltSiteMissesThem(String fixture, String mode) throws IOException {
        JsonNode golden = JSON.readTree(
                FIXTURES.resolve(fixture).resolve("golden-" + mode + ".json").toFile());
        ValidationResult result = validate(fixture, mode);
        Path site = FIXTURES.resolve(fixture).resolve("site");
        int checked = 0;
        for (JsonNode p : golden.path("pages")) {
            String source = p.path("source").asText();
            List<String> lines = Files.readAllLines(site.resolve(source));
            for (JsonNode l : p.path("links")) {
                checked += expect(
                        result,
                        source,
                        lines,
                        "[" + l.path("text").asText(),
                        Set.of("LNK001"),
                        l.path("resolved").asText());
            }
            for (JsonNode i : p.path("images")) {
                checked += expect(
                        result,
                        source,
                        lines,
                        "![" + i.path("alt").asText(),
                        IMAGE_RULES,
                        i.path("resolved").asText());
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    private static int expect(
            ValidationResult result,
            String source,
            List<String> lines,
            String marker,
            Set<String> rules,
            String resolved) {
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker + "]") || lines.get(i).contains(marker + " ")) {
                line = i + 1;
                break;
            }
        }
        if (line == 0) {
            return 0; // not written in this file's Markdown (e.g. a link of the layout)
        }
        int at = line;
        List<Finding> found = result.findings().stream()
                .filter(f -> f.file().equals(source) && f.line() == at && rules.contains(f.ruleId()))
                .toList();
        boolean broken = resolved.equals("not-found") || resolved.equals("outside-baseurl");
        assertThat(found)
                .as(source + ":" + at + " " + marker + " is " + resolved + " in the real build")
                .hasSize(broken ? 1 : 0);
        return 1;
    }

    private static ValidationResult validate(String fixture, String mode) throws IOException {
        return new Validator()
                .validate(ValidationRequest.of(FIXTURES.resolve(fixture).resolve("site"))
                        .withPlatform(mode));
    }
}
