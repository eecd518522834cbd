package io.github.faqkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.ValidationRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class ValidateMojoTest {
    @TempDir
    Path reports;

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    void defaults(ValidateMojo mojo) throws Exception {
        assertThat(mojo.failOn).isEqualTo("error");
        assertThat(mojo.themeVersion).isNull();
        assertThat(mojo.platform).isEqualTo("auto");
        assertThat(mojo.requiredKeys).containsExactly("title");
        assertThat(mojo.skip).isFalse();
        assertThat(mojo.checkExternal).isFalse();
        assertThat(mojo.contentDirectory.getCanonicalFile())
                .isEqualTo(new File("src/test/resources/unit/defaults").getCanonicalFile());
        assertThat(mojo.reportDirectory.toPath().endsWith(Path.of("target", "faq")))
                .isTrue();
        ValidationRequest request = mojo.buildRequest();
        assertThat(request.themeVersion()).as("read from the site").isNull();
        assertThat(request.platform()).isEqualTo("auto");
        assertThat(request.options().requiredKeys()).containsExactly("title");
        assertThat(request.severities()).isEmpty();
        assertThat(request.includes()).isEmpty();
    }

    @Test
    @Basedir("src/test/resources/unit/configured")
    @InjectMojo(goal = "validate")
    void configurationIsWired(ValidateMojo mojo) throws Exception {
        ValidationRequest request = mojo.buildRequest();
        assertThat(request.contentDirectory().getFileName().toString()).isEqualTo("site");
        assertThat(request.themeVersion()).isEqualTo(new ThemeVersion(0, 9, 1));
        assertThat(request.options().requiredKeys()).containsExactly("title", "description");
        assertThat(request.options().allowedKeys()).containsExactly("team");
        assertThat(request.includes()).containsExactly("docs/**");
        assertThat(request.excludes()).containsExactly("docs/old/**");
        assertThat(request.severities()).containsEntry("FM007", Severity.OFF).containsEntry("NAV005", Severity.ERROR);
        assertThat(request.baseUrl()).isEqualTo("/faq");
        assertThat(mojo.failOn).isEqualTo("warning");
    }

    @Test
    @Basedir("src/test/resources/unit/configured")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "excludes", value = "docs\\old\\**,drafts/**")
    void patternsMatchingNoFileAreAnErrorAndBackslashesAreSlashes(ValidateMojo mojo) {
        assertThatThrownBy(mojo::buildRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("[drafts/**]")
                .hasMessageContaining("match no file");
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "contentDirectory", value = "${basedir}/index.md")
    void contentDirectoryThatIsAFileIsAClearError(ValidateMojo mojo) {
        assertThatThrownBy(mojo::buildRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("is a file");
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "platform", value = "netlify")
    void unknownPlatformIsAClearError(ValidateMojo mojo) {
        assertThatThrownBy(mojo::buildRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("auto, github-pages or jekyll");
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "rulesProperty", value = "fm007=off, NAV005:error")
    void rulesFromTheCommandLine(ValidateMojo mojo) throws Exception {
        assertThat(mojo.buildRequest().severities())
                .containsEntry("FM007", Severity.OFF)
                .containsEntry("NAV005", Severity.ERROR);
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "rulesProperty", value = "FM999=off")
    void unknownRuleIdIsAClearConfigurationError(ValidateMojo mojo) {
        mojo.reportDirectory = reports.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Unknown rule id 'FM999'")
                .hasMessageContaining("FM007");
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "sometimes")
    void invalidFailOnIsAClearConfigurationError(ValidateMojo mojo) {
        mojo.reportDirectory = reports.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("failOn");
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "themeVersion", value = "latest")
    void invalidThemeVersionIsAClearConfigurationError(ValidateMojo mojo) {
        assertThatThrownBy(mojo::buildRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("latest");
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.resolve("faq").toFile();
        mojo.execute();
        assertThat(reports.resolve("faq")).doesNotExist();
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    void failsOnErrorsAndStillWritesTheReport(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 error(s), 1 warning(s)")
                .hasMessageContaining("report.json");
        JsonNode report =
                new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(report.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(report.path("findings"))
                .extracting(f -> f.path("rule").asText() + " " + f.path("file").asText() + ":"
                        + f.path("line").asInt() + ":" + f.path("column").asInt())
                .containsExactly("NAV001 child.md:3:9", "FM007 typo.md:3:1");
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "never")
    void failOnNeverPasses(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        mojo.execute();
        assertThat(reports.resolve("report.json")).exists();
    }

    /** 'none' and 'off' mean never too: read as a severity they are below every finding, which failed every build. */
    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "none")
    void failOnNoneAndOffPassAsNeverDoes(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        mojo.execute();
        mojo.failOn = "off";
        mojo.execute();
        assertThat(reports.resolve("report.json")).exists();
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOn", value = "warning")
    @MojoParameter(name = "rulesProperty", value = "NAV001=off")
    void failOnWarningFailsOnWarnings(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0 error(s), 1 warning(s)");
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "rulesProperty", value = "NAV001=warning")
    void warningsAloneDoNotFailByDefault(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        mojo.execute();
        assertThat(Files.readString(reports.resolve("report.json"))).contains("\"warnings\" : 2");
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    void neverWritesIntoTheContentDirectory(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        List<String> before;
        try (var s = Files.walk(mojo.contentDirectory.toPath())) {
            before = s.map(Path::toString).sorted().toList();
        }
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        try (var s = Files.walk(mojo.contentDirectory.toPath())) {
            assertThat(s.map(Path::toString).sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    @Basedir("src/test/resources/unit/defects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "incremental", value = "false")
    void reportsThatCannotBeWrittenSayWhy(ValidateMojo mojo) throws Exception {
        Path inTheWay = Files.writeString(reports.resolve("faq"), "a file where the report folder should be");
        mojo.reportDirectory = inTheWay.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Cannot write the reports to " + inTheWay + ": " + inTheWay)
                .hasMessageContaining("Not a directory");
    }

    @Test
    @Basedir("src/test/resources/unit/published")
    @InjectMojo(goal = "validate")
    void theBuildFilesOfTheProjectArePublishedUnlessExcluded(ValidateMojo mojo) throws Exception {
        mojo.reportDirectory = reports.toFile();
        assertThat(mojo.buildFiles())
                .extracting(c -> c.path().getFileName().toString() + " " + c.kind())
                .contains("pom.xml FILE", "target OUTPUT", "mvnw FILE", ".mvn FOLDER", "faq-baseline.json FILE");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        JsonNode report =
                new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(report.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("rule").asText()).isEqualTo("CFG001");
            assertThat(f.path("file").asText()).isEqualTo("_config.yml");
            // target/ does not exist yet: the reports this build writes there would be published
            assertThat(f.path("message").asText()).contains("pom.xml, target/");
        });
    }

    @Test
    @Basedir("src/test/resources/unit/no-config")
    @InjectMojo(goal = "validate")
    void aContentDirectoryWithoutConfigIsAClearError(ValidateMojo mojo) {
        mojo.reportDirectory = reports.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("has no _config.yml")
                .hasMessageContaining("contentDirectory");
        assertThat(reports.resolve("report.json")).doesNotExist();
    }

    @Test
    @Basedir("src/test/resources/unit/no-pages")
    @InjectMojo(goal = "validate")
    void aSiteWithoutPagesIsAClearError(ValidateMojo mojo) {
        mojo.reportDirectory = reports.toFile();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("holds no page Jekyll renders");
    }
}
