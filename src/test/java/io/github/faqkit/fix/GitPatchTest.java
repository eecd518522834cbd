package io.github.faqkit.fix;

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

/** The patch of a dry run is what git applies, byte for byte, from the work tree or the folder it names. */
class GitPatchTest {
    @TempDir
    Path dir;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private record Change(String path, byte[] before, byte[] after) {}

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<Change> changes() {
        List<Change> c = new ArrayList<>();
        c.add(new Change(
                "site/docs/lf.md",
                utf8("---\ntitle: A\n---\n##Sizes\n\ntext\n"),
                utf8("---\ntitle: A\n---\n## Sizes\n\ntext\n")));
        c.add(new Change(
                "site/docs/crlf.md",
                utf8("---\r\nnav_order: \"10\"\r\n---\r\n1) TOC\r\n{:toc}\r\n\r\n## A\r\n"),
                utf8("---\r\nnav_order: 10\r\n---\r\n1. TOC\r\n{:toc}\r\n\r\n## A\r\n")));
        c.add(new Change("site/docs/no-eol.md", utf8("# T\n\n{: .no_toc}\n\nlast"), utf8("# T\n{: .no_toc}\n\nlast")));
        c.add(new Change("site/docs/no-eol-changed.md", utf8("# T\n\n##Last"), utf8("# T\n\n## Last")));
        c.add(new Change(
                "site/docs/目录 页.md",
                concat(BOM, utf8("# 关于 AI\n\n{: .no_toc}\n\n## 目录\n")),
                concat(BOM, utf8("# 关于 AI\n{: .no_toc}\n\n## 目录\n"))));
        return c;
    }

    private List<FileFix> write(Path root, List<Change> changes) throws IOException {
        List<FileFix> fixes = new ArrayList<>();
        for (Change c : changes) {
            Path f = root.resolve(c.path());
            Files.createDirectories(f.getParent());
            Files.write(f, c.before());
            fixes.add(new FileFix(
                    c.path(), f, c.before(), c.after(), List.<FileFix.Applied>of(), List.<FileFix.Skipped>of()));
        }
        return fixes;
    }

    @Test
    void gitAppliesThePatchFromASubfolderOfTheWorkTree() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        Path repo = dir.resolve("repo");
        Path project = repo.resolve("modules/faq");
        List<Change> changes = changes();
        List<FileFix> fixes = write(project, changes);
        git(repo, "init", "-q");
        assertThat(GitPatch.workTreeOf(project)).isEqualTo(repo.toAbsolutePath().normalize());

        byte[] patch = GitPatch.of(fixes, repo, true);
        Path file = project.resolve("target/faq/fix.patch");
        Files.createDirectories(file.getParent());
        Files.write(file, patch);
        assertThat(new String(patch, StandardCharsets.UTF_8))
                .contains("diff --git a/modules/faq/site/docs/lf.md b/modules/faq/site/docs/lf.md\n")
                .contains("\\ No newline at end of file\n")
                .doesNotContain("[INFO]");

        assertThat(git(project, "apply", "--check", "target/faq/fix.patch")).isZero();
        assertThat(git(project, "apply", "target/faq/fix.patch")).isZero();
        for (Change c : changes) {
            assertThat(Files.readAllBytes(project.resolve(c.path())))
                    .as(c.path())
                    .isEqualTo(c.after());
        }
    }

    @Test
    void withoutAWorkTreeThePathsAreRelativeToTheGivenFolder() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        Path project = dir.resolve("plain");
        List<Change> changes = changes();
        List<FileFix> fixes = write(project, changes);
        Path file = dir.resolve("fix.patch");
        Files.write(file, GitPatch.of(fixes, project, false));
        assertThat(Files.readString(file)).startsWith("--- a/site/docs/lf.md\n+++ b/site/docs/lf.md\n");

        assertThat(git(project, "apply", file.toString())).isZero();
        for (Change c : changes) {
            assertThat(Files.readAllBytes(project.resolve(c.path())))
                    .as(c.path())
                    .isEqualTo(c.after());
        }
    }

    @Test
    void namesWithSpacesOrNonAsciiAreQuotedAsGitQuotesThem() {
        assertThat(GitPatch.quoted("a/docs/x.md")).isEqualTo("a/docs/x.md");
        assertThat(GitPatch.quoted("a/my page.md")).isEqualTo("\"a/my page.md\"");
        assertThat(GitPatch.quoted("a/é.md")).isEqualTo("\"a/\\303\\251.md\"");
        assertThat(GitPatch.quoted("a/\"q\"\\.md")).isEqualTo("\"a/\\\"q\\\"\\\\.md\"");
    }

    @Test
    void unchangedFilesAreLeftOut() {
        byte[] same = utf8("# T\n");
        FileFix unchanged = new FileFix("a.md", dir.resolve("a.md"), same, same, List.of(), List.<FileFix.Skipped>of());
        assertThat(GitPatch.of(List.of(unchanged), dir, true)).isEmpty();
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int git(Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "core.safecrlf=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() != 0) {
            System.err.println("git " + String.join(" ", args) + ": " + out);
        }
        return p.exitValue();
    }
}
