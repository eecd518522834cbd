package io.github.faqkit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation only reads the content directory: nothing is created, changed or removed in it. */
class ContentUntouchedTest {

    @TempDir
    Path scratch;

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                out.put(
                        root.relativize(p).toString(),
                        (a.isDirectory() ? "dir" : a.size()) + " "
                                + a.lastModifiedTime().toMillis() + " "
                                + Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            }
        }
        return out;
    }

    private static void setWritable(Path root, boolean writable) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                for (PosixFilePermission w : new PosixFilePermission[] {
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE
                }) {
                    if (writable && w == PosixFilePermission.OWNER_WRITE) {
                        perms.add(w);
                    } else {
                        perms.remove(w);
                    }
                }
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    @Test
    void validatingAndReportingLeaveTheContentTreeAsItWas() throws IOException {
        Path root = scratch.resolve("site");
        SiteCopies.copySample(root, false);
        Files.writeString(root.resolve("docs/broken.md"), "---\ntitle: [x\n---\n");
        Path reports = scratch.resolve("target/faq");
        setWritable(root, false);
        try {
            Map<String, String> before = snapshot(root);
            ValidationResult r = new Validator().validate(ValidationRequest.of(root));
            Reports.writeAll(r, reports);
            assertThat(r.findings()).isNotEmpty();
            assertThat(r.notices()).isEmpty();
            assertThat(Files.exists(reports.resolve("report.json"))).isTrue();
            assertThat(snapshot(root)).isEqualTo(before);
        } finally {
            setWritable(root, true);
        }
    }
}
