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

    @Test
    void noHeadingsStayAnEmptyList() {
        KramdownModel empty = KramdownModel.empty();
        assertThat(empty.headings()).isEmpty();
        assertThat(empty.ids()).isEmpty();
        assertThat(empty.hasId("x")).isFalse();
    }
}
