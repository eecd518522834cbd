package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page of the test corpus (the kramdown golden cases, the golden sites, the sample site) comes back
 * from its stored summary as the same text-free page, and writing the page read back gives the same bytes.
 */
class PageSummaryTest {
    private static final ObjectMapper SMILE = new SmileMapper();

    @Test
    void everyPageOfTheCorpusReadsBackAsTheSamePage() throws IOException {
        PageParser parser = new PageParser(SiteConfig.of(JsonNodeFactory.instance.objectNode()));
        int stored = 0;
        int withHeadings = 0;
        int withToc = 0;
        int withAttributeLines = 0;
        List<String> unstorable = new ArrayList<>();
        for (Path file : corpus()) {
            SourceEntry entry = new SourceEntry(file.toString(), file, true, null, null, true);
            Page page = parser.parse(entry, Files.readAllBytes(file)).withoutText();
            if (!PageSummary.storable(page)) {
                unstorable.add(file.toString());
                continue;
            }
            byte[] bytes = PageSummary.write(SMILE, page);
            Page back = PageSummary.read(SMILE, bytes, entry);
            assertThat(facts(back)).as(file.toString()).isEqualTo(facts(page));
            assertThat(PageSummary.write(SMILE, back)).as(file.toString()).isEqualTo(bytes);
            stored++;
            withHeadings += page.kramdown().headings().isEmpty() ? 0 : 1;
            withToc += page.kramdown().toc() == null ? 0 : 1;
            withAttributeLines += page.kramdown().attributeLines().isEmpty() ? 0 : 1;
        }
        // the corpus exercises every part of the summary
        assertThat(stored).isGreaterThan(200);
        assertThat(withHeadings).isGreaterThan(100);
        assertThat(withToc).isGreaterThan(10);
        assertThat(withAttributeLines).isGreaterThan(20);
        assertThat(unstorable).hasSizeLessThan(stored / 20);
    }

    @Test
    void aDamagedSummaryIsAnIoExceptionNotAPage() throws IOException {
        Path file = Path.of("sample-site/docs").toAbsolutePath();
        Path page;
        try (Stream<Path> s = Files.walk(file)) {
            page = s.filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        SourceEntry entry = new SourceEntry("x.md", page, true, null, null, true);
        Page parsed = new PageParser(SiteConfig.of(JsonNodeFactory.instance.objectNode()))
                .parse(entry, Files.readAllBytes(page))
                .withoutText();
        byte[] bytes = PageSummary.write(SMILE, parsed);
        for (int cut : new int[] {0, 1, bytes.length / 3, bytes.length - 1}) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageSummary.read(SMILE, truncated, entry))
                    .isInstanceOf(IOException.class);
        }
    }

    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/test/resources", "sample-site")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                        .filter(p -> !p.toString().contains("/target/"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** What a text-free page holds, as comparable values. */
    private static List<Object> facts(Page p) {
        FrontMatter fm = p.frontMatter();
        SourceText s = p.source();
        return Arrays.asList(
                s.utf8Bom(),
                s.utf16Bom(),
                s.invalidLine(),
                s.invalidColumn(),
                fm.status(),
                fm.startLine(),
                fm.endLine(),
                List.copyOf(fm.entries().entrySet()),
                fm.duplicates(),
                fm.problem(),
                p.data(),
                p.url(),
                p.body().lineOffset(),
                Arrays.toString(p.body().lines().lineStarts()),
                p.body().lines().length(),
                p.kramdown(),
                p.kramdown().ids(),
                p.references(),
                p.suppressions().ranges(),
                p.loopVariables(),
                p.digest());
    }
}
