package io.github.faqkit.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.BuildFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.fix.FileFix;
import io.github.faqkit.fix.FixEngine;
import io.github.faqkit.fix.FixPlan;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.rules.frontmatter.FrontMatterInvalid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CFG001 and its fix agree with the real build: every configuration under {@code config-golden/cases} was built by
 * {@code scripts/config-golden/generate.sh} with Jekyll 4.3.1 in a site holding the Maven build's files, and
 * {@code golden.json} records which files the built site holds (or that Jekyll refused the configuration). The
 * rule names exactly the build files that were published; {@code faq:fix} turns each case into
 * {@code config-golden/fixed/<case>/_config.yml} byte for byte, and that configuration, built the same way,
 * publishes none of them. {@code -Dfaq.regenerateConfigGolden=true} rewrites the fixed files (then run the script).
 */
class BuildFilesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/config-golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The build files of {@link BuildFiles#defaults()}, as folders or files of the built site. */
    private static final List<String> BUILD_FILES =
            List.of("pom.xml", "mvnw", "mvnw.cmd", ".mvn", "target", "faq-baseline.json");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN.resolve("cases"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheBuildFilesTheRealBuildPublishes(String name) throws IOException {
        JsonNode golden = golden().path("cases").path(name);
        Path site = site(GOLDEN.resolve("cases").resolve(name).resolve(SiteConfigs.FILE));
        ValidationResult result = new Validator(List.of(new BuildFilesPublished(), new FrontMatterInvalid()))
                .validate(ValidationRequest.of(site));
        List<Finding> cfg = result.findings().stream()
                .filter(f -> f.ruleId().equals(ConfigRules.CFG001))
                .toList();
        if (golden.path("build").asText().equals("failed")) {
            assertThat(result.site().configProblem()).as("Jekyll refused it").isNotNull();
            assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("FM003");
            return;
        }
        Set<String> expected = publishedBuildFiles(golden.path("published"));
        Set<String> found = new TreeSet<>();
        BuildFiles.published(site, result.site().config(), BuildFiles.defaults())
                .forEach(p -> found.add(p.path()));
        assertThat(found).as("build files the real build published").isEqualTo(expected);
        assertThat(cfg).hasSize(expected.isEmpty() ? 0 : 1);
        for (String f : expected) {
            assertThat(cfg.get(0).message()).contains(f);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFixKeepsEveryBuildFileOutThatExcludeCanKeepOut(String name) throws IOException {
        Path site = site(GOLDEN.resolve("cases").resolve(name).resolve(SiteConfigs.FILE));
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(site));
        Path fixedFile = GOLDEN.resolve("fixed").resolve(name).resolve(SiteConfigs.FILE);
        FileFix config = plan.files().stream()
                .filter(f -> f.path().equals(SiteConfigs.FILE))
                .findFirst()
                .orElse(null);
        if (config == null || !config.changed()) {
            assertThat(fixedFile).as("no fix expected for " + name).doesNotExist();
            return;
        }
        plan.apply();
        byte[] after = Files.readAllBytes(site.resolve(SiteConfigs.FILE));
        String before = Files.readString(GOLDEN.resolve("cases").resolve(name).resolve(SiteConfigs.FILE));
        assertThat(config.applied()).hasSize(1);
        // the same settings, and exclude: as it was with the entries after it
        ObjectNode was = (ObjectNode) SiteConfigs.parse(before);
        ObjectNode now = (ObjectNode) SiteConfigs.parse(new String(after, StandardCharsets.UTF_8));
        List<String> oldList = new ArrayList<>();
        was.path("exclude").forEach(e -> oldList.add(e.asText()));
        List<String> newList = new ArrayList<>();
        now.path("exclude").forEach(e -> newList.add(e.asText()));
        assertThat(newList.subList(0, oldList.size())).isEqualTo(oldList);
        assertThat(newList.size()).isGreaterThan(oldList.size());
        was.remove("exclude");
        now.remove("exclude");
        assertThat(now).isEqualTo(was);
        if (Boolean.getBoolean("faq.regenerateConfigGolden")) {
            Files.createDirectories(fixedFile.getParent());
            Files.write(fixedFile, after);
        }
        assertThat(new String(after, StandardCharsets.UTF_8))
                .as("faq:fix output of " + name)
                .isEqualTo(Files.readString(fixedFile));
        JsonNode built = golden().path("fixed").path(name);
        assertThat(built.path("build").asText())
                .as("the fixed configuration builds")
                .isEqualTo("ok");
        Set<String> stillPublished = publishedBuildFiles(built.path("published"));
        Set<String> includedOnes = new TreeSet<>();
        BuildFiles.published(site, SiteConfigs.load(site, null).config(), BuildFiles.defaults())
                .forEach(p -> includedOnes.add(p.path()));
        assertThat(stillPublished)
                .as("what the fixed site still publishes is what include: forces")
                .isEqualTo(includedOnes);
        assertThat(built.path("published").toString()).contains("assets/logo.txt");
    }

    /** A site like the script's: the build files, index.md, and the case's configuration. */
    private Path site(Path config) throws IOException {
        Path site = Files.createTempDirectory(dir, "site");
        for (String line : Files.readAllLines(GOLDEN.resolve("build-files.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Path f = site.resolve(line);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "x\n");
        }
        Files.writeString(site.resolve("index.md"), "---\ntitle: Home\n---\nHello\n");
        Files.copy(config, site.resolve(SiteConfigs.FILE));
        return site;
    }

    /** The build files (top-level names) of which the built site holds the file or a file inside. */
    private static Set<String> publishedBuildFiles(JsonNode published) {
        Set<String> out = new TreeSet<>();
        for (JsonNode p : published) {
            for (String b : BUILD_FILES) {
                if (p.asText().equals(b) || p.asText().startsWith(b + "/")) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static JsonNode golden() throws IOException {
        return JSON.readTree(GOLDEN.resolve("golden.json").toFile());
    }
}
