package io.github.faqkit.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture site under {@code src/test/resources/orphan-golden/<name>/site} was built by
 * {@code scripts/orphan-golden/generate.sh} with Jekyll 4.3, and {@code shown.txt} lists the site's images that
 * some built page shows. IMG006 must name exactly the others: templates that put a value of {@code _config.yml},
 * {@code _data} or front matter between literal path parts ({@code img/team/{{ m.pic }}.jpg}) show the images
 * those values name, and no other image of that folder.
 */
class ImageOrphanGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/orphan-golden");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            List<String> names =
                    dirs.map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void orphansAreTheImagesNoBuiltPageShows(String fixture) throws IOException {
        Path site = FIXTURES.resolve(fixture).resolve("site");
        Set<String> shown =
                new TreeSet<>(Files.readAllLines(FIXTURES.resolve(fixture).resolve("shown.txt")));
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(Files::isRegularFile)
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.matches(".*\\.(png|jpg)"))
                    .filter(p -> !shown.contains(p))
                    .forEach(expected::add);
        }
        ValidationResult r = SiteFixture.in(site).validate();
        Set<String> orphans = new TreeSet<>();
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(ImageRules.IMG006)) {
                orphans.add(f.file());
            }
        }
        assertThat(orphans).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
    }
}
