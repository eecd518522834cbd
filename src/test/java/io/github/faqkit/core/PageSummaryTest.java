package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** Pages written to hold what the corpus files rarely do, each part of the summary at least once. */
    private static final List<String> RARE = List.of(
            "---\ntitle: A\ntitle: B\nnav_order: 3000000000\ntags: [x, {y: z}]\nempty:\n---\n# T\n",
            "---\ntitle: ''\nnav_exclude: true\nhas_children: no\nnav_order: 2.5\nlayout: \"3\"\nbig: 1e400\n"
                    + "when: 2024-01-02\n---\n",
            "---\ntitle: [unclosed\n---\nbody\n",
            "---\ntitle: never closed\n",
            "\uFEFF---\ntitle: behind a byte order mark\n---\n",
            "---\ntitle: S\n---\n<!-- faq-disable IMG005 -->\n![](a.png)\n<!-- faq-enable -->\n"
                    + "<!-- faq-disable-next-line -->\n[x](y.md#frag \"title\")\n<a id=\"here\"></a>\n",
            "---\ntitle: L\n---\n{% for p in site.pages %}{{ p.title }}{% endfor %}\n##NoSpace\n\n"
                    + "* a\n{:toc}\n\n* b\n{:toc}\n\n1. x\n{: toc}\n\n## H {#own}\n{: .c}\n");

    @Test
    void pagesWithRareFactsReadBackAsTheSamePage() throws IOException {
        PageParser parser = new PageParser(SiteConfig.of(JsonNodeFactory.instance.objectNode()));
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String source : RARE) {
            Path file = Path.of("rare.md");
            SourceEntry entry = new SourceEntry("rare.md", file, true, null, null, true);
            byte[] bytes = source.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Page page = parser.parse(entry, bytes).withoutText();
            assertThat(PageSummary.storable(page)).as(source).isTrue();
            Page back = PageSummary.read(SMILE, PageSummary.write(SMILE, page), entry);
            assertThat(facts(back)).as(source).isEqualTo(facts(page));
            seen.addAll(rareFacts(page));
        }
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        "duplicate",
                        "problem",
                        "status " + FrontMatter.Status.INVALID,
                        "status " + FrontMatter.Status.UNTERMINATED,
                        "status " + FrontMatter.Status.MISSING_BOM,
                        "suppression",
                        "loop variable",
                        "no-space heading",
                        "marker problem or extra marker",
                        "reference title",
                        "anchor",
                        "attribute line");
        // invalid UTF-8 is remembered by its position
        byte[] broken = "---\ntitle: X\n---\nok\n\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        broken[broken.length - 2] = (byte) 0xFF;
        SourceEntry entry = new SourceEntry("bad.md", Path.of("bad.md"), true, null, null, true);
        Page page = parser.parse(entry, broken).withoutText();
        assertThat(page.source().invalidLine()).isPositive();
        assertThat(facts(PageSummary.read(SMILE, PageSummary.write(SMILE, page), entry)))
                .isEqualTo(facts(page));
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

    /** Where a summary keeps the checksum of its kramdown model, and the model's own document after it. */
    private static final int KRAMDOWN_CHECKSUM = 10;

    private static final int KRAMDOWN = 11;

    @Test
    void theKramdownModelIsDecodedWhenFirstAskedForAndItsDamageIsFoundWhenTheSummaryIsRead() throws IOException {
        SourceEntry entry = new SourceEntry("k.md", Path.of("k.md"), true, null, null, true);
        Page page = new PageParser(SiteConfig.of(JsonNodeFactory.instance.objectNode()))
                .parse(entry, "---\ntitle: K\n---\n# One\n\n## Two {#two}\n".getBytes(StandardCharsets.UTF_8))
                .withoutText();
        byte[] bytes = PageSummary.write(SMILE, page);
        com.fasterxml.jackson.databind.node.ArrayNode tree =
                (com.fasterxml.jackson.databind.node.ArrayNode) SMILE.readTree(bytes);
        byte[] model = tree.get(KRAMDOWN).binaryValue();
        assertThat(PageSummary.read(SMILE, bytes, entry).kramdown().headings())
                .extracting(h -> h.id())
                .containsExactly("one", "two");

        // one byte of the model changed: the checksum finds it, and the page is parsed instead
        byte[] flipped = model.clone();
        flipped[flipped.length / 2] ^= 0x20;
        tree.set(KRAMDOWN, com.fasterxml.jackson.databind.node.BinaryNode.valueOf(flipped));
        byte[] damaged = SMILE.writeValueAsBytes(tree);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageSummary.read(SMILE, damaged, entry))
                .isInstanceOf(IOException.class);

        // bytes that are no model under a checksum that fits them (only a bug writes that): the page reads,
        // since its model is not decoded until a rule asks for it, and asking fails
        byte[] garbage = "not a model".getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(garbage);
        tree.set(KRAMDOWN, com.fasterxml.jackson.databind.node.BinaryNode.valueOf(garbage));
        tree.set(KRAMDOWN_CHECKSUM, com.fasterxml.jackson.databind.node.LongNode.valueOf(crc.getValue()));
        Page lazy = PageSummary.read(SMILE, SMILE.writeValueAsBytes(tree), entry);
        assertThat(lazy.title()).isEqualTo("K");
        org.assertj.core.api.Assertions.assertThatThrownBy(lazy::kramdown)
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    private static List<String> rareFacts(Page p) {
        List<String> out = new ArrayList<>();
        FrontMatter fm = p.frontMatter();
        if (!fm.duplicates().isEmpty()) {
            out.add("duplicate");
        }
        if (fm.problem() != null) {
            out.add("problem");
        }
        if (fm.status() != FrontMatter.Status.OK) {
            out.add("status " + fm.status());
        }
        if (!p.suppressions().ranges().isEmpty()) {
            out.add("suppression");
        }
        if (!p.loopVariables().isEmpty()) {
            out.add("loop variable");
        }
        if (!p.kramdown().noSpaceHeadings().isEmpty()) {
            out.add("no-space heading");
        }
        if (!p.kramdown().brokenMarkers().isEmpty()
                || !p.kramdown().extraMarkers().isEmpty()) {
            out.add("marker problem or extra marker");
        }
        if (!p.kramdown().attributeLines().isEmpty()) {
            out.add("attribute line");
        }
        for (io.github.faqkit.core.refs.Reference r : p.references()) {
            if (r.title() != null) {
                out.add("reference title");
            }
            if (r.kind() == io.github.faqkit.core.refs.Reference.Kind.ANCHOR) {
                out.add("anchor");
            }
        }
        return out;
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
