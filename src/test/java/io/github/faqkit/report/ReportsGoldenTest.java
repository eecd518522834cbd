package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report of a site with many kinds of findings, byte for byte as the golden files under
 * {@code src/test/resources/io/github/faqkit/report/golden}: the writers are tuned for speed, and a tool
 * reading the reports must not see the difference. The site's location is replaced by {@code @SITE@}.
 * To look at a difference, set {@code -Dfaq.golden.out=DIR} and diff DIR against the golden files.
 */
class ReportsGoldenTest {
    @TempDir
    Path dir;

    @Test
    void everyReportIsByteIdenticalToTheGoldenFile() throws IOException {
        ValidationResult result = ManyFindingsFixture.result(dir.resolve("site"));
        assertThat(result.findings()).hasSizeGreaterThan(100);
        Path out = dir.resolve("out");
        List<Path> written = Reports.writeAll(result, out);

        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("report.json", "report.sarif", "checkstyle-result.xml", "TEST-faq.xml", "report.html");
        String site = dir.resolve("site").toAbsolutePath().toString();
        String siteUri =
                dir.resolve("site").toAbsolutePath().normalize().toUri().toString();
        String keep = System.getProperty("faq.golden.out");
        for (Path file : written) {
            if (keep != null) {
                Files.createDirectories(Path.of(keep));
                Files.writeString(
                        Path.of(keep, file.getFileName().toString()),
                        placeholders(file, site, siteUri),
                        StandardCharsets.UTF_8);
            }
        }
        for (Path file : written) {
            assertThat(placeholders(file, site, siteUri))
                    .as(file.getFileName().toString())
                    .isEqualTo(golden(file.getFileName().toString()));
        }
    }

    private static String placeholders(Path file, String site, String siteUri) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8)
                .replace(siteUri, "@SITE@/")
                .replace(site, "@SITE@");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ReportsGoldenTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
