package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language builds of a jekyll-polyglot site as the real build writes them: golden
 * {@code polyglot-golden/golden.txt}, recorded by {@code scripts/polyglot-golden/generate.sh} with Jekyll 4.3.1 and
 * polyglot 1.13.0 (translations paired by URL and by {@code page_id}, fallbacks, {@code lang-exclusive} as a list and
 * as text, a {@code lang} none of the languages, a language written in capitals, a collection's documents, and two
 * pages a build writes to one URL).
 */
class PolyglotGoldenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/polyglot-golden");

    @TempDir
    Path dir;

    @Test
    void eachPageIsInTheBuildsPolyglotWritesItIn() throws IOException {
        List<String> golden;
        try (Stream<String> lines = Files.lines(FIXTURE.resolve("golden.txt"))) {
            golden = lines.filter(l -> !l.startsWith("#")).toList();
        }
        SiteFixture fixture = SiteFixture.in(dir);
        try (Stream<Path> files = Files.walk(FIXTURE.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = FIXTURE.resolve("site").relativize(f).toString().replace('\\', '/');
                fixture.file(rel, Files.readString(f));
            }
        }
        Site site = fixture.loadSite();

        List<String> predicted = new ArrayList<>();
        for (Page p : site.pages()) {
            for (String lang : site.languages().buildsOf(p)) {
                predicted.add(lang + "\t" + p.path() + "\t" + output(p.url()));
            }
        }
        assertThat(site.languages().split()).isTrue();
        assertThat(new TreeSet<>(predicted)).containsExactlyElementsOf(new TreeSet<>(golden));
    }

    /** The file a page's URL is written to within its build (polyglot puts each other build under /<lang>/). */
    private static String output(String url) {
        String path = url.endsWith("/") ? url + "index.html" : url;
        return path.substring(1);
    }
}
