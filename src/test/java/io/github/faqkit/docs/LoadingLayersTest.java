package io.github.faqkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Loading a site is core's job: the site model, packaging and the reruns sit on it without the rules
 * depending back on them.
 */
class LoadingLayersTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/faqkit");

    private static List<String> importing(String fromPackage, String importedPackage) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(fromPackage))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> imports(p, "import io.github.faqkit." + importedPackage + "."))
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
    }

    private static boolean imports(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void packagingLoadsTheSiteWithoutTheRules() throws IOException {
        assertThat(importing("pack", "rules")).isEmpty();
    }

    @Test
    void coreDependsOnNoOtherPackageOfThePlugin() throws IOException {
        for (String other : List.of("rules", "report", "pack", "fix", "rerun", "maven")) {
            assertThat(importing("core", other)).as("core importing " + other).isEmpty();
        }
    }

    @Test
    void onlyTheMojosUseTheReruns() throws IOException {
        for (String other : List.of("core", "rules", "report", "pack", "fix")) {
            assertThat(importing(other, "rerun")).as(other + " importing rerun").isEmpty();
        }
    }
}
