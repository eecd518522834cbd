package io.github.faqkit.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.fix.FileFix;
import io.github.faqkit.fix.FixEngine;
import io.github.faqkit.fix.FixPlan;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.rules.frontmatter.FrontMatterInvalid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CFG001's fix on a site Jekyll 3 builds, against Jekyll 3.10.0's own configuration code
 * ({@code scripts/config-golden/jekyll3.sh} records the exclude: list it makes of each configuration under
 * {@code config-golden/jekyll3}). Jekyll 3 replaces its default list with the site's, so a first {@code exclude:}
 * that named only the build files would publish the Gemfile and read {@code vendor/bundle/} as pages: the fix must
 * leave every entry Jekyll 3 had excluded excluded, and add the build files. {@code
 * -Dfaq.regenerateConfigGolden=true} rewrites {@code fixed/} (then run the script).
 */
class BuildFilesJekyll3GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/config-golden/jekyll3");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN.resolve("cases"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theDefaultsTheFixRestoresAreJekyll3s() throws IOException {
        assertThat(strings(golden().path("cases").path("none"))).isEqualTo(ExcludeEntries.JEKYLL3_DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFixedConfigurationExcludesWhatJekyll3ExcludedAndTheBuildFiles(String name) throws IOException {
        Path site = site(GOLDEN.resolve("cases").resolve(name).resolve(SiteConfigs.FILE));
        List<Finding> cfg = new Validator(List.of(new BuildFilesPublished()))
                .validate(ValidationRequest.of(site))
                .findings();
        assertThat(cfg).singleElement().satisfies(f -> assertThat(f.message()).contains("pom.xml"));
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(site));
        FileFix config = plan.files().stream()
                .filter(f -> f.path().equals(SiteConfigs.FILE))
                .findFirst()
                .orElseThrow();
        assertThat(config.changed()).isTrue();
        plan.apply();
        String after = Files.readString(site.resolve(SiteConfigs.FILE));
        Path fixedFile = GOLDEN.resolve("fixed").resolve(name).resolve(SiteConfigs.FILE);
        if (Boolean.getBoolean("faq.regenerateConfigGolden")) {
            Files.createDirectories(fixedFile.getParent());
            Files.writeString(fixedFile, after);
        }
        assertThat(after).as("faq:fix output of " + name).isEqualTo(Files.readString(fixedFile));

        List<String> before = strings(golden().path("cases").path(name));
        List<String> fixed = strings(golden().path("fixed").path(name));
        assertThat(fixed)
                .as("Jekyll 3.10's exclude: after the fix")
                .containsAll(before)
                .contains("pom.xml");
        assertThat(new Validator(List.of(new BuildFilesPublished()))
                        .validate(ValidationRequest.of(site))
                        .findings())
                .isEmpty();
    }

    static Stream<String> scalarCases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN.resolve("scalar"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * An exclude: that is text or empty: Jekyll 4 refuses to build (config-golden exclude-not-a-list, exclude-empty),
     * Jekyll 3 reads text as comma-separated entries and keeps its own list for an empty one (scalar/ in golden.json).
     * FM003 says the build stops only where Jekyll 4 certainly builds the site; on Jekyll 3 CFG001's hint names what
     * Jekyll 3 excluded, and faq:fix leaves the file to the writer rather than rewrite a value it does not list.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scalarCases")
    void anExcludeThatIsTextOrEmptyStopsOnlyJekyll4(String name) throws IOException {
        Path config = GOLDEN.resolve("scalar").resolve(name).resolve(SiteConfigs.FILE);
        Path jekyll3 = site(config);
        List<Finding> found = new Validator(List.of(new BuildFilesPublished(), new FrontMatterInvalid()))
                .validate(ValidationRequest.of(jekyll3))
                .findings();
        assertThat(found).extracting(Finding::ruleId).containsExactly("CFG001");
        List<String> excluded = strings(golden().path("scalar").path(name));
        if (name.equals("exclude-empty")) {
            assertThat(found.get(0).hint()).contains(excluded);
        }
        String before = Files.readString(jekyll3.resolve(SiteConfigs.FILE));
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(jekyll3));
        plan.apply();
        assertThat(Files.readString(jekyll3.resolve(SiteConfigs.FILE))).isEqualTo(before);

        Path jekyll4 = site(config);
        Files.writeString(jekyll4.resolve("Gemfile"), "gem \"jekyll\", \"~> 4.3\"\n");
        assertThat(new Validator(List.of(new FrontMatterInvalid()))
                        .validate(ValidationRequest.of(jekyll4))
                        .findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Jekyll 4 refuses to build"));

        Path guessed = site(config);
        Files.delete(guessed.resolve("Gemfile"));
        assertThat(new Validator(List.of(new FrontMatterInvalid()))
                        .validate(ValidationRequest.of(guessed))
                        .findings())
                .as("no Gemfile: GitHub Pages' Jekyll 3 may build it")
                .isEmpty();
    }

    /** A site Jekyll 3 builds (its Gemfile pins it) holding the POM, with the case's configuration. */
    private Path site(Path config) throws IOException {
        Path site = Files.createTempDirectory(dir, "site");
        Files.writeString(site.resolve("Gemfile"), "gem \"jekyll\", \"~> 3.10\"\n");
        Files.writeString(site.resolve("pom.xml"), "<project/>\n");
        Files.writeString(site.resolve("index.md"), "---\ntitle: Home\n---\nHello\n");
        Files.copy(config, site.resolve(SiteConfigs.FILE));
        return site;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static JsonNode golden() throws IOException {
        return new ObjectMapper().readTree(GOLDEN.resolve("golden.json").toFile());
    }
}
