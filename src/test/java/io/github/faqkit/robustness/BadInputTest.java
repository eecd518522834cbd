package io.github.faqkit.robustness;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.SourceReader;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile input. Every case must end in a finding or a one-line skip notice naming the file,
 * never in an exception, within a bounded time, and the ordinary page next to it must still get its
 * finding (FM005 on {@code docs/normal.md:1}).
 */
class BadInputTest {
    /** Generous: only a hang (catastrophic backtracking, alias expansion, link loop) should hit it. */
    private static final Duration HANG = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private SiteFixture site;

    @BeforeEach
    void normalPage() {
        site = SiteFixture.in(dir).page("docs/normal.md", "nav_order: 1", "# Normal\n");
    }

    private ValidationResult run(String label) {
        return run(label, SourceReader.FILES);
    }

    private ValidationResult run(String label, SourceReader reader) {
        ValidationResult r = assertTimeoutPreemptively(
                HANG, () -> Bounds.measure(label, () -> validate(reader)).value());
        assertThat(of(r, "FM005"))
                .as("the rest of the site is still checked")
                .anySatisfy(f -> assertThat(f.file() + ":" + f.line()).isEqualTo("docs/normal.md:1"));
        for (Finding f : r.findings()) {
            assertThat(RuleCatalog.byId()).containsKey(f.ruleId());
            assertThat(f.message()).doesNotContain("internal error");
        }
        return r;
    }

    private ValidationResult validate(SourceReader reader) {
        try {
            return new Validator(RuleCatalog.all(), reader).validate(ValidationRequest.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertFinding(ValidationResult r, String rule, String file, int line) {
        assertThat(SiteFixture.where(r))
                .anySatisfy(
                        w -> assertThat(w).startsWith(file + ":" + line + ":").endsWith(" " + rule));
    }

    private static void assertNotice(ValidationResult r, String file, String says) {
        assertThat(r.notices())
                .anySatisfy(n -> assertThat(n)
                        .startsWith(file + ": skipped")
                        .contains(says)
                        .doesNotContain("\n"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- encodings and line ends ------------------------------------------------------------------

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        site.bytes(
                "docs/latin1.md",
                concat(utf8("---\ntitle: Latin\n---\nok\nCaf"), new byte[] {(byte) 0xE9}, utf8(" au lait\n")));
        ValidationResult r = run("invalid UTF-8");
        assertThat(SiteFixture.where(r)).contains("docs/latin1.md:5:4 SRC001");
    }

    @Test
    void utf16WithBomIsAPageWithoutFrontMatter() {
        site.bytes("docs/be.md", "---\ntitle: Big endian\n---\nText\n".getBytes(StandardCharsets.UTF_16));
        site.bytes(
                "docs/le.md",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "---\ntitle: Little endian\n---\nText\n".getBytes(StandardCharsets.UTF_16LE)));
        ValidationResult r = run("UTF-16 with BOM");
        assertThat(SiteFixture.where(r))
                .contains("docs/be.md:1:1 FM001", "docs/le.md:1:1 FM001")
                .noneMatch(w -> w.contains("SRC001"));
        assertThat(of(r, "FM001")).allSatisfy(f -> assertThat(f.message()).contains("UTF-16"));
    }

    @Test
    void utf8BomWithCrlfHidesTheFrontMatter() {
        site.bytes(
                "docs/bom.md",
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8("---\r\ntitle: Bom\r\n---\r\nText\r\n")));
        ValidationResult r = run("UTF-8 BOM + CRLF");
        assertThat(SiteFixture.where(r)).contains("docs/bom.md:1:1 FM001");
    }

    @Test
    void crlfFrontMatterIsReadWithTheRightLines() {
        site.file("docs/crlf.md", "---\r\ntitle: A\r\nnav_order: 1\r\ntitle: B\r\n---\r\nText\r\n");
        ValidationResult r = run("CRLF");
        assertThat(SiteFixture.where(r)).contains("docs/crlf.md:4:1 FM004");
    }

    @Test
    void crOnlyLineEndsAreOneLineToJekyll() {
        site.file("docs/mac.md", "---\rtitle: Classic Mac\r---\rText\r");
        ValidationResult r = run("CR-only line ends");
        // Jekyll reads up to the first \n to find "---": there is none, so the file is copied raw.
        assertThat(SiteFixture.where(r)).contains("docs/mac.md:1:1 FM001");
    }

    @Test
    void nulBytesInFrontMatterAndBody() {
        site.file("docs/nul-yaml.md", "---\ntitle: A\u0000B\n---\nText\n");
        site.file("docs/nul-body.md", "---\nnav_order: 2\n---\nText\u0000with\u0000NUL\n");
        ValidationResult r = run("NUL bytes");
        assertFinding(r, "FM003", "docs/nul-yaml.md", 2);
        assertThat(SiteFixture.where(r)).contains("docs/nul-body.md:1:1 FM005");
    }

    // ---- size ---------------------------------------------------------------------------------------

    @Test
    void fiftyMegabytePage() {
        StringBuilder sb = new StringBuilder(52 * 1024 * 1024).append("---\nnav_order: 3\n---\n");
        String para = "Paste the screenshot ![image-20240614143241633](../../pics/image-20240614143241633.png) "
                + "and run `mvn faq:validate` 然后 检查 输出 {: .note }\n\n";
        while (sb.length() < 50 * 1024 * 1024) {
            sb.append(para);
        }
        site.file("docs/huge.md", sb.toString());
        sb = null;
        ValidationResult r = run("50 MB page");
        assertThat(SiteFixture.where(r)).contains("docs/huge.md:1:1 FM005");
    }

    @Test
    void hundredThousandLinePage() {
        StringBuilder sb = new StringBuilder("---\nnav_order: 4\n---\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 10 == 0 ? "## Heading " + i : "line " + i).append('\n');
        }
        site.file("docs/lines.md", sb.toString());
        ValidationResult r = run("100k-line page");
        assertThat(SiteFixture.where(r)).contains("docs/lines.md:1:1 FM005");
    }

    @Test
    void frontMatterOfTenThousandKeys() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append("key").append(i).append(": value ").append(i).append('\n');
        }
        sb.append("key42: again\n");
        site.page("docs/keys.md", sb.toString(), "Text\n");
        ValidationResult r = run("10k front matter keys");
        assertThat(SiteFixture.where(r)).contains("docs/keys.md:10002:1 FM004", "docs/keys.md:1:1 FM005");
        assertThat(of(r, "FM007")).hasSize(10_000);
    }

    @Test
    void extremelyLongLines() {
        String longLine = "word ".repeat(2_000_000);
        site.page("docs/long-body.md", "nav_order: 5", longLine + "\n");
        site.page("docs/long-title.md", "title: " + "T".repeat(1_000_000) + "\ntitle: again", longLine);
        site.page("docs/long-key.md", "title: Key\n" + "k".repeat(100_000) + ": v", "Text\n");
        ValidationResult r = run("10 MB lines");
        assertThat(SiteFixture.where(r)).contains("docs/long-body.md:1:1 FM005", "docs/long-title.md:3:1 FM004");
        assertFinding(r, "FM003", "docs/long-key.md", 3);
    }

    @Test
    void thousandsOfImagesInOnePage() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append("![shot ")
                    .append(i)
                    .append("](../pics/missing-")
                    .append(i)
                    .append(".png)\n")
                    .append("<img src=\"../pics/missing-")
                    .append(i)
                    .append(".png\" style=\"zoom:50%;\">\n\n");
        }
        site.page("docs/gallery.md", "nav_order: 6", sb.toString());
        ValidationResult r = run("10k image references");
        assertThat(SiteFixture.where(r)).contains("docs/gallery.md:1:1 FM005");
    }

    // ---- hostile YAML ---------------------------------------------------------------------------------

    @Test
    void billionLaughsIsNeverExpanded() {
        StringBuilder yaml = new StringBuilder(
                "title: Laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        site.page("docs/lol.md", yaml.toString(), "Text\n");
        site.file("_config.yml", yaml.toString());
        Bounds.Measured<ValidationResult> m =
                Bounds.measure("billion laughs (again, for the heap)", () -> run("billion laughs"));
        ValidationResult r = m.value();
        // Jackson reads an alias as the anchor's name, so nothing is expanded: the block is harmless data.
        assertThat(m.peakHeapMb()).isLessThan(512);
        assertThat(r.findings()).noneMatch(f -> f.file().equals("_config.yml"));
        assertThat(r.site().pageByPath("docs/lol.md").title()).isEqualTo("Laughs");
        assertThat(r.site().pageByPath("docs/lol.md").data().get("j").toString())
                .hasSizeLessThan(100);
    }

    @Test
    void deeplyNestedYamlIsAFinding() {
        StringBuilder block = new StringBuilder("title: Deep\n");
        for (int i = 0; i < 2_000; i++) {
            block.append("  ".repeat(i)).append("k:\n");
        }
        site.page("docs/deep-block.md", block.toString(), "Text\n");
        site.page("docs/deep-flow.md", "title: Deep\nk: " + "[".repeat(200_000) + "]".repeat(200_000), "Text\n");
        site.page("docs/deep-map.md", "title: Deep\nk: " + "{a: ".repeat(100_000) + "}".repeat(100_000), "Text\n");
        ValidationResult r = run("deeply nested YAML");
        assertThat(of(r, "FM003"))
                .extracting(Finding::file)
                .contains("docs/deep-block.md", "docs/deep-flow.md", "docs/deep-map.md");
        assertThat(of(r, "FM003")).allSatisfy(f -> assertThat(f.line()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void yamlTagsNeverInstantiateAnythingNorTouchTheNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            String gadget = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"" + url
                    + "\"]]]]";
            site.page("docs/gadget.md", "title: Gadget\nengine: " + gadget, "Text\n");
            site.page("docs/gadget-top.md", gadget, "Text\n");
            site.page(
                    "docs/canary.md",
                    "title: Canary\nbird: !!io.github.faqkit.robustness.YamlCanary [\"x\"]\n"
                            + "nest: !<tag:yaml.org,2002:io.github.faqkit.robustness.YamlCanary> {}",
                    "Text\n");
            site.file("_config.yml", "plugin: " + gadget + "\n");
            ValidationResult r = run("YAML gadget tags");

            server.setSoTimeout(500);
            boolean connected;
            try {
                server.accept().close();
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertThat(connected)
                    .as("a YAML tag made the validator open a connection")
                    .isFalse();
            assertThat(System.getProperty("faqkit.yamlCanary.initialised"))
                    .as("a YAML tag made the validator instantiate a class")
                    .isNull();
            // The tags are ignored: the values are plain data, or the block is refused as a whole.
            assertThat(r.findings()).anySatisfy(f -> assertThat(f.file()).isEqualTo("docs/gadget-top.md"));
            assertThat(SiteFixture.where(r))
                    .noneMatch(w -> w.startsWith("docs/gadget.md") && w.endsWith("FM005"))
                    .noneMatch(w -> w.startsWith("docs/canary.md") && w.endsWith("FM005"));
        }
    }

    // ---- regular expressions ---------------------------------------------------------------------------

    @Test
    void pathologicalInputsForEveryRegularExpression() {
        String slashes = "/".repeat(100_000);
        String spaces = " ".repeat(100_000);
        site.file(
                "_config.yml",
                String.join(
                        "\n",
                        "permalink: /:path" + slashes + "x/:basename",
                        "collections_dir: " + slashes + "x",
                        "exclude:",
                        "  - \"" + slashes + "x\"",
                        "  - \"" + "*".repeat(40) + "x\"",
                        "  - \"" + "*a".repeat(30) + "b\"",
                        "  - \"docs/[\"",
                        "include:",
                        "  - \"" + slashes + "x\"",
                        "  - \"_" + "*?".repeat(30) + "b\"",
                        "defaults:",
                        "  - scope: {path: \"" + slashes + "x\"}",
                        "    values: {nav_order: 1}",
                        "  - scope: {path: \"docs/" + "*a".repeat(30) + "b\"}",
                        "    values: {nav_order: 1}",
                        "  - scope: {path: \"docs/[\"}",
                        "    values: {nav_order: 1}",
                        "kramdown:",
                        "  toc_levels: \"1" + spaces + "x\"",
                        ""));
        String aaa = "a".repeat(200);
        site.page("docs/" + aaa + ".md", "title: Regex\nnav_order: \"" + "1".repeat(100_000) + "x\"", "Text\n");
        site.page(
                "docs/quoted.md",
                "title: Quoted\nnav_order: \"" + "1".repeat(50_000) + "." + "1".repeat(50_000) + "x\"\npermalink: \"/a"
                        + slashes + "b/\"",
                "Text\n");
        site.page("docs/yaml-error.md", "title: \"unterminated" + spaces + "\n" + spaces + "\nkey: x", "Text\n");
        site.page("docs/ruby.md", "---" + spaces + "x\n" + "---\n".repeat(1) + "---" + spaces, "");
        ValidationResult r = run("pathological regex inputs");
        assertFinding(r, "FM003", "docs/yaml-error.md", 2);
    }

    @Test
    void longRunsWithoutSpacesInPublishedFilesWithLiquid() {
        // a notebook's cell output holds its images as base64, 100,000 characters without a space, and its code
        // cells may hold "{{": the image paths a template builds around a Liquid output are looked for in one pass
        String base64 = "iVBORw0KGgo".repeat(20_000);
        site.file(
                "docs/plots.ipynb",
                "{\"cells\": [{\"source\": [\"print('{{ x }}')\"], \"outputs\": [{\"data\": {\"image/png\": \"" + base64
                        + "\"}}]}, {\"source\": [\"" + base64 + "{{ y }}\"]}]}\n");
        site.page(
                "docs/team.md",
                "title: Team",
                "<img src=\"{{ site.baseurl }}/img/{{ page.who }}-thumb.png\" alt=\"x\">\n");
        run("long runs of path characters around Liquid");
    }

    // ---- file system --------------------------------------------------------------------------------

    @Test
    void unreadableFile() throws IOException {
        site.page("docs/secret.md", "title: Secret", "Text\n");
        Path secret = dir.resolve("docs/secret.md");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            ValidationResult r = run("chmod 000 file");
            if (Files.isReadable(secret)) {
                // Running as root: permissions do not apply, so the file is simply checked.
                assertThat(r.site().pageByPath("docs/secret.md")).isNotNull();
            } else {
                assertNotice(r, "docs/secret.md", "permission");
            }
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void accessDeniedWhileReading() {
        site.page("docs/secret.md", "title: Secret", "Text\n");
        ValidationResult r = run("access denied", e -> {
            if (e.path().equals("docs/secret.md")) {
                throw new AccessDeniedException(e.file().toString());
            }
            return SourceReader.FILES.read(e);
        });
        assertNotice(r, "docs/secret.md", "permission");
        assertThat(r.notices()).noneMatch(n -> n.contains(dir.toString()));
    }

    @Test
    void fileDeletedBetweenScanAndRead() {
        site.page("docs/vanishing.md", "title: Gone soon", "Text\n");
        ValidationResult r = run("file deleted during the run", e -> {
            if (e.path().equals("docs/vanishing.md")) {
                Files.delete(e.file());
            }
            return SourceReader.FILES.read(e);
        });
        assertNotice(r, "docs/vanishing.md", "deleted");
    }

    @Test
    void danglingSymlink() throws IOException {
        Files.createSymbolicLink(dir.resolve("docs/dangling.md"), dir.resolve("docs/nowhere.md"));
        ValidationResult r = run("dangling symlink");
        assertNotice(r, "docs/dangling.md", "broken");
    }

    @Test
    void symlinkLoops() throws IOException {
        Files.createSymbolicLink(dir.resolve("docs/a.md"), dir.resolve("docs/b.md"));
        Files.createSymbolicLink(dir.resolve("docs/b.md"), dir.resolve("docs/a.md"));
        Files.createSymbolicLink(dir.resolve("docs/up"), dir);
        Files.createDirectories(dir.resolve("docs/self"));
        Files.createSymbolicLink(dir.resolve("docs/self/me"), dir.resolve("docs/self"));
        ValidationResult r = run("symlink loops");
        assertNotice(r, "docs/a.md", "looping");
        assertNotice(r, "docs/b.md", "looping");
        assertNotice(r, "docs/up", "folders");
        assertNotice(r, "docs/self/me", "folders");
    }

    @Test
    void symlinkOutOfTheContentDirectory(@TempDir Path outside) throws IOException {
        Path secret = outside.resolve("secret.md");
        Files.writeString(secret, "---\nnav_order: 1\n---\nSecret\n");
        Files.createSymbolicLink(dir.resolve("docs/escape.md"), secret);
        Files.createSymbolicLink(dir.resolve("docs/escape-dir"), outside);
        ValidationResult r = run("symlink out of the site");
        assertNotice(r, "docs/escape.md", "outside the content directory");
        assertNotice(r, "docs/escape-dir", "outside the content directory");
        assertThat(r.findings()).noneMatch(f -> f.file().contains("escape"));
    }

    @Test
    void folderNamedLikeAPageAndSpecialFiles() throws Exception {
        Files.createDirectories(dir.resolve("docs/folder.md"));
        site.page("docs/folder.md/inner.md", "nav_order: 1", "Text\n");
        Path fifo = dir.resolve("docs/pipe.md");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        ValidationResult r = run("folder named .md and a FIFO");
        assertThat(SiteFixture.where(r)).contains("docs/folder.md/inner.md:1:1 FM005");
        if (haveFifo) {
            assertThat(r.site().pageByPath("docs/pipe.md")).isNull();
        }
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() {
        site.file("docs/empty.md", "");
        site.file("docs/blank.md", "\n\n   \n");
        site.file("docs/dashes.md", "---");
        site.file("docs/open.md", "---\n");
        ValidationResult r = run("empty files");
        assertThat(SiteFixture.where(r))
                .contains(
                        "docs/empty.md:1:1 FM001",
                        "docs/blank.md:1:1 FM001",
                        "docs/dashes.md:1:1 FM001",
                        "docs/open.md:1:1 FM002");
    }

    @Test
    void brokenConfigStillChecksThePages() {
        site.bytes("_config.yml", concat(utf8("title: Site\nexclude: [\"a\"\n"), new byte[] {(byte) 0xFF, 0}));
        ValidationResult r = run("broken _config.yml");
        assertThat(of(r, "FM003")).extracting(Finding::file).contains("_config.yml");
    }

    static List<String> lines(ValidationResult r) {
        return SiteFixture.where(r);
    }
}
