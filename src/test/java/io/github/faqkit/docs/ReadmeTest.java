package io.github.faqkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table and first commands stay in step with the code. */
class ReadmeTest {
    private static final Path README = Path.of("README.md");

    @Test
    void everyRuleHasARowWithItsNameAndDefaultSeverity() throws IOException {
        String text = Files.readString(README);
        for (Rule r : RuleCatalog.all()) {
            assertThat(text)
                    .as(r.id())
                    .contains("| [" + r.id() + "](docs/rules/" + r.id() + ".md) | " + r.name() + " | "
                            + r.defaultSeverity().label() + " |");
            assertThat(Path.of("docs/rules/" + r.id() + ".md")).exists();
        }
    }

    @Test
    void startsWithTheTwoNewcomerCommands() throws IOException {
        String head = Files.readString(README).lines().limit(15).reduce("", (a, b) -> a + b + "\n");
        assertThat(head).contains("./mvnw install").contains("./mvnw -f sample-site/pom.xml verify");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("./mvnw -B install");
    }
}
