package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed read or write says why, not only which file. */
class IoFailuresTest {
    @TempDir
    Path dir;

    @Test
    void accessDeniedSaysPermissionDenied() {
        assertThat(IoFailures.describe(new AccessDeniedException("/ci/target/faq/report.json")))
                .isEqualTo("/ci/target/faq/report.json: permission denied");
    }

    @Test
    void theSystemsOwnReasonIsKept() {
        assertThat(IoFailures.describe(
                        new java.nio.file.FileSystemException("/ro/report.json", null, "Read-only file system")))
                .isEqualTo("/ro/report.json: Read-only file system");
    }

    @Test
    void aFileWhereTheFolderShouldBe() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("faq"), "not a folder");
        IOException e = catchThrowableOfType(
                IOException.class, () -> AtomicFiles.write(inTheWay.resolve("report.json"), new byte[] {1}));
        assertThat(IoFailures.describe(e))
                .startsWith(inTheWay.toString())
                .contains("a file of that name is in the way");
    }

    @Test
    void aReadOnlyFolderGivesPermissionDenied() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        assumeThat(System.getProperty("user.name"))
                .as("root may write anywhere")
                .isNotEqualTo("root");
        Path folder = Files.createDirectory(dir.resolve("faq"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            IOException e = catchThrowableOfType(
                    IOException.class, () -> AtomicFiles.write(folder.resolve("report.json"), new byte[] {1}));
            assertThat(IoFailures.describe(e)).contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
