package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A container's source is a view over pieces of the page and lines of its own: it must read exactly as the
 * joined text the block parser was handed before (each line followed by a newline).
 */
class SrcTest {
    private static final String PAGE = "> > first\n> second line\n>\n> <div\n> id=\"x\">\n";

    /** The lines of the outer quote without "> ", plus a line of its own in the middle. */
    private static Src quote() {
        Src page = new Src(PAGE, 1);
        Src.Lines lines = new Src.Lines();
        Line view = new Line();
        for (int i = 0; i < 2; i++) {
            page.view(view, page.pos);
            lines.add(view, view.from + 2);
            page.skip();
        }
        lines.add("\town line");
        while (!page.eos()) {
            page.view(view, page.pos);
            lines.add(view, view.from + Math.min(2, view.length()));
            page.skip();
        }
        return lines.src(0, lines.count(), 1);
    }

    private static final String JOINED = "> first\nsecond line\n\town line\n\n<div\nid=\"x\">\n";

    @Test
    void readsAsTheJoinedLines() {
        Src src = quote();
        assertThat(src.length()).isEqualTo(JOINED.length());
        assertThat(src.toString()).isEqualTo(JOINED);
        for (int i = 0; i < JOINED.length(); i++) {
            assertThat(src.charAt(i)).as("char %d", i).isEqualTo(JOINED.charAt(i));
        }
        // backwards too: the segment cursor must find a line behind it
        for (int i = JOINED.length() - 1; i >= 0; i--) {
            assertThat(src.charAt(i)).isEqualTo(JOINED.charAt(i));
        }
        assertThat(src.subSequence(3, 30)).isEqualTo(JOINED.substring(3, 30));
    }

    @Test
    void searchesAcrossLinesAsTheJoinedText() {
        Src src = quote();
        for (String s : new String[] {"\n", "<div\nid", "id=", "own", "\n\n", "x\">\n", "missing"}) {
            for (int from = 0; from <= JOINED.length(); from += 3) {
                assertThat(src.indexOf(s, from)).as("%s from %d", s, from).isEqualTo(JOINED.indexOf(s, from));
            }
        }
        for (int from = 0; from <= JOINED.length(); from++) {
            assertThat(src.indexOf('>', from)).isEqualTo(JOINED.indexOf('>', from));
            assertThat(HtmlTag.indexOf(src, '\n', from)).isEqualTo(JOINED.indexOf('\n', from));
        }
        assertThat(src.startsWith("line\n\town", 8)).isEqualTo(JOINED.startsWith("line\n\town", 8));
        assertThat(src.startsWith("line\n\town", 15)).isTrue();
    }

    @Test
    void movesLineByLineAndCountsLines() {
        Src src = quote();
        Line view = new Line();
        StringBuilder seen = new StringBuilder();
        int lines = 0;
        while (!src.eos()) {
            assertThat(src.line).isEqualTo(1 + lines);
            seen.append(src.view(view, src.pos)).append('|');
            assertThat(src.line()).isEqualTo(view.toString());
            assertThat(view.text().charAt(view.to)).isEqualTo('\n');
            src.skip();
            lines++;
        }
        assertThat(seen).hasToString("> first|second line|\town line||<div|id=\"x\">|");
        assertThat(lines).isEqualTo(6);

        Src again = quote();
        again.advanceTo(JOINED.indexOf("id="));
        assertThat(again.line).isEqualTo(6);
        assertThat(again.lineEnd(again.pos)).isEqualTo(JOINED.length() - 1);
    }

    @Test
    void readsATagThatSpansTheLinesOfAQuote() {
        Src src = quote();
        int lt = JOINED.indexOf("<div");
        HtmlTag tag = HtmlTag.read(src, lt);
        assertThat(tag).isNotNull();
        assertThat(tag.attrs).containsEntry("id", "x");
        assertThat(tag.end).isEqualTo(HtmlTag.read(JOINED, lt).end);
    }

    @Test
    void aPageWithoutAFinalNewlineGetsOne() {
        Src src = new Src("a\nb", 1);
        assertThat(src.toString()).isEqualTo("a\nb\n");
        assertThat(src.page()).isEqualTo("a\nb\n");
        assertThat(quote().page()).isNull();
    }
}
