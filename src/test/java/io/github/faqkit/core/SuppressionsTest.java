package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.kramdown.KramdownAnalyzer;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which faq-disable comments are directives: the ones kramdown's block structure leaves as comments. */
class SuppressionsTest {

    private static List<Integer> directiveLines(String text) {
        MarkdownBody body = MarkdownBody.parse(text, 0);
        return Suppressions.scan(
                        body, KramdownAnalyzer.parse(body, SiteConfig.empty()).spans())
                .ranges()
                .stream()
                .map(Suppressions.Range::line)
                .toList();
    }

    private static final String D = "<!-- faq-disable-next-line IMG001 -->\n";

    @Test
    void commentsInCodeBlocksAreText() {
        assertThat(directiveLines("```\n" + D + "```\n\n~~~\n" + D + "~~~\n\n    " + D + "\n> ```\n> " + D + "> ```\n"))
                .isEmpty();
        assertThat(directiveLines("- item\n\n      " + D + "\n" + D)).containsExactly(5);
    }

    @Test
    void aFenceThatIsNeverClosedIsNoCode() {
        // kramdown renders the ``` line as paragraph text and the comment as a comment
        assertThat(directiveLines("```\n" + D + "x\n")).containsExactly(2);
    }

    @Test
    void indentedLinesThatContinueAParagraphAreNoCode() {
        assertThat(directiveLines("Para\n    " + D)).containsExactly(2);
    }

    @Test
    void commentsInRawHtmlAreComments() {
        assertThat(directiveLines("<div>\n\n" + D + "\n</div>\n")).containsExactly(3);
    }

    @Test
    void scriptAndStyleBodiesAreText() {
        assertThat(directiveLines("<script>\n" + D + "</script>\n\n<style>\n" + D + "</style>\n" + D))
                .containsExactly(8);
    }
}
