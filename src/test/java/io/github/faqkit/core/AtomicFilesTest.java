package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written atomically get the permissions of any new file, so reports are readable by CI users. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** What the umask gives a file created the ordinary way, here. */
    private Set<PosixFilePermission> ordinary;

    @BeforeEach
    void ordinaryPermissions() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        ordinary = Files.getPosixFilePermissions(plain);
    }

    @Test
    void writtenFileHasThePermissionsOfAnyNewFile() throws IOException {
        Path report = dir.resolve("faq/report.json");
        AtomicFiles.write(report, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(report)).isEqualTo("{}");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(ordinary);
    }

    @Test
    void streamedFileHasThePermissionsOfAnyNewFile() throws IOException {
        Path report = dir.resolve("report.html");
        try (OutputStream out = AtomicFiles.newOutputStream(report)) {
            out.write("<html>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(ordinary);
    }

    @Test
    void othersCanReadUnderTheDefaultUmask() throws IOException {
        // 0644 is what users expect of report files; only meaningful where the umask is the usual 022
        assumeThat(PosixFilePermissions.toString(ordinary)).isEqualTo("rw-r--r--");
        Path report = dir.resolve("checkstyle-result.xml");
        AtomicFiles.write(report, out -> out.write('x'));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void replacingAFileKeepsItsOwnPermissions() throws IOException {
        Path page = Files.writeString(dir.resolve("page.md"), "old");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.replaceKeepingPermissions(page, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(page)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        AtomicFiles.write(dir.resolve("a.json"), new byte[] {1});
        AtomicFiles.write(dir.resolve("a.json"), new byte[] {2});
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt", "a.json");
        }
    }
}
