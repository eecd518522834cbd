package io.github.faqkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.archiver.MavenArchiver;
import org.junit.jupiter.api.Test;

/** faq:package dates its entries exactly as maven-archiver would (the plugin no longer depends on it). */
class OutputTimestampTest {

    private static final List<String> VALUES = List.of(
            "2025-01-01T00:00:00Z",
            "2019-10-05T20:37:42+06:00",
            "2019-10-05T20:37:42.987654321-03:30",
            "1980-01-01T00:00:02Z",
            "0",
            "1",
            "10",
            "1700000000",
            "2099-12-31T23:59:59Z",
            "٣٣٣",
            "1970-01-01T00:00:00Z");

    @Test
    void parsesEveryValueAsMavenArchiver() {
        // SOURCE_DATE_EPOCH is whatever this environment holds: both read the same one
        List<String> values = new ArrayList<>(VALUES);
        values.add(null);
        values.add("");
        values.add("a");
        for (String v : values) {
            assertThat(OutputTimestamp.parse(v))
                    .as(String.valueOf(v))
                    .isEqualTo(MavenArchiver.parseBuildOutputTimestamp(v));
        }
    }

    @Test
    void unsetFallsBackToSourceDateEpoch() {
        assertThat(OutputTimestamp.parse(null, null)).isEmpty();
        assertThat(OutputTimestamp.parse("x", null)).isEmpty();
        assertThat(OutputTimestamp.parse("x", "1700000000")).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(OutputTimestamp.parse("7", null)).contains(Instant.ofEpochSecond(7));
        assertThat(OutputTimestamp.parse("2025-01-01T00:00:00.9Z", "5"))
                .isEqualTo(Optional.of(Instant.parse("2025-01-01T00:00:00Z")));
    }

    @Test
    void rejectsWhatMavenArchiverRejects() {
        for (String bad : List.of("yesterday", "2025-01-01", "2025-01-01T00:00:00", "12ab")) {
            assertThatThrownBy(() -> MavenArchiver.parseBuildOutputTimestamp(bad))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OutputTimestamp.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid project.build.outputTimestamp value '" + bad + "'");
        }
    }
}
