package io.github.faqkit.robustness;

import io.github.faqkit.report.JsonReportWriter;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the sample site, and report.json as bytes, for the fuzzing and determinism tests. */
final class SiteCopies {
    static final Path SAMPLE_SITE = Path.of("sample-site");

    private SiteCopies() {}

    /** Relative paths of every file of a tree, sorted. */
    static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the sample site into {@code target}, creating the files in the given order. */
    static void copySample(Path target, boolean reverseOrder) {
        List<Path> files = files(SAMPLE_SITE);
        if (reverseOrder) {
            files = new ArrayList<>(files);
            java.util.Collections.reverse(files);
        }
        try {
            for (Path rel : files) {
                Path to = target.resolve(rel.toString());
                Files.createDirectories(to.getParent());
                Files.copy(SAMPLE_SITE.resolve(rel), to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] reportJson(ValidationResult result, Path scratch) {
        try {
            Path file = Files.createTempFile(scratch, "report", ".json");
            new JsonReportWriter().write(result, file);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
