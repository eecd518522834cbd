package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packed headings, their TOC view and id set are the same values as the plain lists they replace. */
class PackedHeadingsTest {

    private static final List<Heading> HEADINGS = List.of(
            new Heading(10, 1, 1, "关于 AI 的小白 FAQ 1", "关于-ai-的小白-faq-1", List.of("no_toc"), false, false),
            new Heading(13, 1, 2, "目录", "目录", List.of("no_toc", "text-delta"), false, false),
            new Heading(19, 1, 2, "问题 0：模型是什么？", "问题-0模型是什么", List.of(), false, true),
            new Heading(23, 1, 3, "`code` and *emphasis*", "custom", List.of(), true, true),
            new Heading(27, 4, 2, "Empty id", "", List.of(), false, false),
            new Heading(30, 1, 2, null, "no-text", List.of(), false, true),
            new Heading(33, 1, 2, "问题 0：模型是什么？", "问题-0模型是什么-1", List.of(), false, true));

    private static Toc toc() {
        return new Toc(
                16,
                17,
                "ol",
                List.of(),
                List.of(
                        new TocEntry(2, "问题-0模型是什么", "问题 0：模型是什么？", 19),
                        new TocEntry(3, "custom", "code and emphasis", 23),
                        new TocEntry(2, "no-text", null, 30),
                        new TocEntry(2, "问题-0模型是什么-1", "问题 0：模型是什么？", 33)),
                0,
                0);
    }

    private static KramdownModel model(List<Heading> headings, Toc toc) {
        Set<String> ids = new LinkedHashSet<>();
        headings.forEach(h -> {
            if (!h.id().isEmpty()) {
                ids.add(h.id());
            }
        });
        ids.add("markdown-toc");
        ids.add("a-block");
        return new KramdownModel(
                headings, List.of(), toc, List.of(), List.of(), List.of(), List.of(), Set.copyOf(ids), true, null);
    }

    @Test
    void packedModelEqualsThePlainOne() {
        KramdownModel packed = model(HEADINGS, toc());
        assertThat(packed.headings()).isInstanceOf(PackedHeadings.class);
        assertThat(packed.headings()).isEqualTo(HEADINGS);
        assertThat(new ArrayList<>(packed.headings())).containsExactlyElementsOf(HEADINGS);
        assertThat(packed.toc()).isEqualTo(toc());
        assertThat(packed.toc().entries()).isNotInstanceOf(ArrayList.class);
        assertThat(packed.ids())
                .isEqualTo(Set.of(
                        "关于-ai-的小白-faq-1",
                        "目录",
                        "问题-0模型是什么",
                        "custom",
                        "no-text",
                        "问题-0模型是什么-1",
                        "markdown-toc",
                        "a-block"))
                .hasSize(8);
        assertThat(packed.hasId("custom")).isTrue();
        assertThat(packed.hasId("a-block")).isTrue();
        assertThat(packed.hasId("markdown-toc-custom")).isTrue();
        assertThat(packed.hasId("")).isFalse();
        assertThat(packed.hasId("问题-0模型是什么-2")).isFalse();
        assertThat(packed.hasHeadingId("no-text")).isTrue();
        assertThat(packed.hasHeadingId("a-block")).isFalse();
        assertThat(packed.hasHeadingId("")).isTrue();
        assertThat(packed.withoutBlocks()).isEqualTo(packed);
    }

    @Test
    void aTocNotMadeOfTheHeadingsIsKeptAsItIs() {
        Toc other = new Toc(5, 6, "ul", List.of("x"), List.of(new TocEntry(2, "elsewhere", "Elsewhere", 99)), 1, 3);
        KramdownModel packed = model(HEADINGS, other);
        assertThat(packed.toc()).isEqualTo(other);
        assertThat(packed.toc().entries()).isEqualTo(List.of(new TocEntry(2, "elsewhere", "Elsewhere", 99)));
    }

    /** Generated ids are not kept as text but made again from the heading text: the same ids come back. */
    @Test
    void derivedIdsComeBackFromTheStoredForm() throws Exception {
        List<Heading> headings = List.of(
                new Heading(3, 1, 2, "Über Straße & Co.", "über-straße--co", List.of(), false, true),
                new Heading(5, 1, 2, "Über Straße & Co.", "über-straße--co-1", List.of(), false, true),
                // a suffix past what the packed form holds, and an id that is not the text's slug: kept as text
                new Heading(7, 1, 2, "Über Straße & Co.", "über-straße--co-64", List.of(), false, true),
                new Heading(9, 1, 2, "Setup", "setup-01", List.of(), false, true),
                new Heading(11, 1, 2, "Setup", "SETUP", List.of(), true, true),
                // a slug of nothing: kramdown-parser-gfm's id of "？", then its second
                new Heading(13, 1, 2, "？", "", List.of(), false, true),
                new Heading(15, 1, 2, "？", "-1", List.of(), false, true));
        KramdownModel packed = model(headings, null);
        assertThat(packed.headings()).isInstanceOf(PackedHeadings.class).isEqualTo(headings);
        for (Heading h : headings) {
            assertThat(packed.hasHeadingId(h.id())).as(h.id()).isTrue();
        }
        assertThat(packed.hasHeadingId("über-straße--co-2")).isFalse();
        assertThat(packed.hasHeadingId("über-straße--co-")).isFalse();
        assertThat(packed.hasHeadingId("über-straße--c")).isFalse();
        assertThat(packed.hasHeadingId("setup")).isFalse();

        // the page cache's binary form, which stores the text as raw bytes
        com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.dataformat.smile.databind.SmileMapper();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator out = mapper.createGenerator(bytes)) {
            KramdownSummary.write(out, packed);
        }
        try (com.fasterxml.jackson.core.JsonParser in = mapper.createParser(bytes.toByteArray())) {
            KramdownModel read = KramdownSummary.read(new io.github.faqkit.core.codec.SummaryReader(in));
            assertThat(read.headings()).isEqualTo(headings);
            assertThat(read.ids()).isEqualTo(packed.ids());
        }
    }

    /** A heading whose numbers do not fit the packed form leaves the page's headings as they are. */
    @Test
    void headingsPastThePackedNumbersStayUnpacked() {
        List<Heading> headings = List.of(
                new Heading(3, 1, 2, "A", "a", List.of(), false, true),
                new Heading(2_000_000, 1, 2, "B", "b", List.of(), false, true));
        KramdownModel model = model(headings, null);
        assertThat(model.headings()).isNotInstanceOf(PackedHeadings.class).isEqualTo(headings);
        assertThat(model.hasHeadingId("b")).isTrue();
        assertThat(KramdownSummary.storable(model)).isFalse();
        List<Heading> wide = List.of(new Heading(3, 5000, 2, "A", "a", List.of(), false, true));
        assertThat(model(wide, null).headings()).isNotInstanceOf(PackedHeadings.class);
    }

    @Test
    void noHeadingsStayAnEmptyList() {
        KramdownModel empty = KramdownModel.empty();
        assertThat(empty.headings()).isEmpty();
        assertThat(empty.ids()).isEmpty();
        assertThat(empty.hasId("x")).isFalse();
    }
}
