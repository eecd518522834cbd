package io.github.faqkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatorSkipTest {
    private final File base = new File("/work/reactor");

    @Test
    void aggregatorWithItsBaseDirectoryAsContentIsSkipped() {
        assertThat(AbstractValidatingMojo.aggregatorWithDefaultContent("pom", List.of("kb", "docs"), base, base))
                .isTrue();
        assertThat(AbstractValidatingMojo.aggregatorWithDefaultContent(
                        "pom", List.of("kb"), new File(base, "./"), base))
                .isTrue();
    }

    @Test
    void aSiteOfItsOwnOrAModuleIsChecked() {
        assertThat(AbstractValidatingMojo.aggregatorWithDefaultContent(
                        "pom", List.of("kb"), new File(base, "site"), base))
                .as("content directory set")
                .isFalse();
        assertThat(AbstractValidatingMojo.aggregatorWithDefaultContent("pom", List.of(), base, base))
                .as("pom without modules")
                .isFalse();
        assertThat(AbstractValidatingMojo.aggregatorWithDefaultContent("jar", List.of("kb"), base, base))
                .isFalse();
    }
}
