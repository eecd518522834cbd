package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads report.html in headless Chromium (Debian's {@code chromium}; .ci/run installs it) and reads the
 * DOM after the script ran. The screenshot stays in target/faq-html-report/ for a person to look at.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void chromiumRendersCountsFiltersAndFindings() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install -y chromium)");
        Path out = Path.of("target", "faq-html-report").toAbsolutePath();
        Files.createDirectories(out);
        Path html = out.resolve("report.html");
        new HtmlReportWriter().write(ReportFixture.result(dir.resolve("site")), html);

        String dom = chromium(html, "--dump-dom");

        assertThat(dom).contains("<dd id=\"count-error\">2</dd>", "<dd id=\"count-warning\">1</dd>");
        // filters exist only when the script ran: one checkbox per severity, a rule selector, a counter
        assertThat(dom)
                .contains(
                        "id=\"filter-error\"",
                        "id=\"filter-warning\"",
                        "id=\"filter-info\"",
                        "<select id=\"filter-rule\">",
                        "<option value=\"NAV001\">NAV001 (1)</option>",
                        "<span id=\"shown\">4 of 4 findings shown</span>");
        assertThat(dom).contains("parent 'Hom' matches no page title");
        assertThat(dom).doesNotContain("<b>&amp;");

        Path png = out.resolve("report.png");
        Files.deleteIfExists(png);
        chromium(html, "--screenshot=" + png, "--window-size=1280,1400", "--hide-scrollbars");
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private String chromium(Path html, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        cmd.add(html.toUri().toString());
        Path stdout = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("chromium.err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        assertThat(p.exitValue())
                .as(Files.readString(dir.resolve("chromium.err")))
                .isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
