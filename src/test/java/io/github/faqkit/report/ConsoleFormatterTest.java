package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleFormatterTest {

    @Test
    void specFormatWithPathRelativeToTheProject() {
        ConsoleFormatter f = new ConsoleFormatter(Path.of("/p"), Path.of("/p/docs"));
        Finding finding = Finding.of(
                "NAV001",
                "parent-not-found",
                Severity.ERROR,
                "gpt/ai.md",
                3,
                9,
                "parent 'GTP' matches no page title",
                "did you mean 'GPT'?");
        assertThat(f.format(finding))
                .isEqualTo("docs/gpt/ai.md:3:9: error: NAV001 parent-not-found: parent 'GTP' matches no page title "
                        + "[did you mean 'GPT'?]");
    }

    @Test
    void wholeFileFindingsHaveNoPositionAndEmptyHintsNoBrackets() {
        ConsoleFormatter f = new ConsoleFormatter(Path.of("/p"), Path.of("/p"));
        Finding finding = Finding.of("IMG006", "image-orphan", Severity.WARNING, "pics/x.png", 0, 0, "unused", "");
        assertThat(f.format(finding)).isEqualTo("pics/x.png: warning: IMG006 image-orphan: unused");
    }
}
