package io.github.faqkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core, rules, reports, packaging and fixer stay free of Maven: only the mojos adapt to it. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/faqkit");

    @Test
    void noMavenImportOutsideTheMavenPackage() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !SOURCES.relativize(p).startsWith("maven"))
                    .filter(ArchitectureTest::importsMaven)
                    .map(Path::toString)
                    .collect(Collectors.toList());
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsMaven(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import org.apache.maven."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
