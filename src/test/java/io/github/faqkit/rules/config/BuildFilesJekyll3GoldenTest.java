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
