package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which image sources jekyll-spaceship's media-processor turns into a player, as the real build does
 * ({@code scripts/spaceship-golden/generate.sh}: Jekyll 4.3.1 with jekyll-spaceship 0.10.2).
 */
class SpaceshipMediaGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/spaceship-golden/golden.tsv");

    @Test
    void everySourceIsAPlayerExactlyWhenTheRealBuildEmbedsIt() throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines) {
            String[] f = line.split("\t");
            assertThat(f[2]).as("without the media-processor " + f[0]).isEqualTo("img");
            assertThat(SpaceshipMedia.isMedia(f[0]))
                    .as(f[0] + " is built as <" + f[1] + ">")
                    .isEqualTo(!f[1].equals("img"));
        }
    }
}
