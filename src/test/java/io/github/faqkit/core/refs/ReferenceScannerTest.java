package io.github.faqkit.core.refs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.testing.ThreadCpu;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceScannerTest {

    private static List<String> scan(String body) {
        return ReferenceScanner.scan(MarkdownBody.parse(body, 0)).stream()
                .map(r -> r.kind() + " " + r.target() + " @" + r.line() + ":" + r.column()
                        + (r.alt() == null ? "" : " alt=" + r.alt()) + (r.title() == null ? "" : " title=" + r.title()))
                .collect(Collectors.toList());
    }

    @Test
    void kramdownDestinations() {
        assertThat(scan("![a](pics/my image.png) ![b](x_(1).png) ![c](<y z.png> \"T\") ![d](w.png 'q')\n"))
                .containsExactly(
                        "IMAGE pics/my image.png @1:6 alt=a",
                        "IMAGE x_(1).png @1:30 alt=b",
                        "IMAGE y z.png @1:47 alt=c title=T",
                        "IMAGE w.png @1:66 alt=d title=q");
    }

    @Test
    void referenceDefinitionsAnywhereAndCaseInsensitive() {
        assertThat(scan("![one][Shot] and ![Shot][] and [link][p]\n\n[shot]: pics/a.png \"t\"\n[p]: page.html\n"))
                .containsExactly(
                        "IMAGE pics/a.png @1:1 alt=one title=t",
                        "IMAGE pics/a.png @1:18 alt=Shot title=t",
                        "LINK page.html @1:32");
    }

    /** kramdown-golden r01_duplicate_link_def: a repeated id keeps its last definition. */
    @Test
    void aReferenceDefinedTwiceUsesTheLastDefinition() {
        assertThat(scan("[to][guide] ![shot][pic] [once][only]\n\n[guide]: /first/\n[pic]: a.png\n[only]: /one/\n\n"
                        + "[GUIDE]: /second/\n[pic]: b.png\n"))
                .containsExactly("LINK /second/ @1:1", "IMAGE b.png @1:13 alt=shot", "LINK /one/ @1:26");
    }

    /** kramdown-golden r02_math_not_link: {@code $$…$$} is math, a single dollar is text. */
    @Test
    void bracketsInMathAreNoLink() {
        assertThat(scan("$$[a+b](c+d)$$ and [real](/x/)\n\n$$![i](m.png)$$ ![shot](s.png)\n\n$[single](/y/)$\n"))
                .containsExactly("LINK /x/ @1:27", "IMAGE s.png @3:25 alt=shot", "LINK /y/ @5:11");
    }

    @Test
    void htmlImagesSrcsetAndAnchors() {
        assertThat(scan("<div>\n<img src=\"{{ \"/a.png\" | relative_url }}\" srcset=\"b.png 1x, c.png 2x\">\n</div>\n"
                        + "text <a href=\"p.html#x\" id=\"me\">p</a>\n"))
                .containsExactly(
                        "IMAGE {{ \"/a.png\" | relative_url }} @2:11",
                        "IMAGE b.png @2:50",
                        "IMAGE c.png @2:60",
                        "ANCHOR me @4:29",
                        "LINK p.html#x @4:15");
    }

    @Test
    void nothingInCodeOrComments() {
        assertThat(
                        scan(
                                "`![a](x.png)` ``![b](`y`)`` <!-- ![c](z.png) -->\n\n```\n![d](d.png)\n```\n\n    ![e](e.png)\n"))
                .isEmpty();
    }

    @Test
    void nothingInCodeRawHtmlOrCommentBlocks() {
        String plain =
                "# T\n\n中文 ![a](x.png) <img src=\"y.png\"> <span>s</span> [l](p.html)\n\n- item\n  ![b](z.png)\n";
        assertThat(ReferenceScanner.scan(MarkdownBody.parse(plain, 0))).hasSize(4);
        for (String code : List.of(
                "```\n![d](d.png)\n```\n",
                "~~~\n![d](d.png)\n~~~\n",
                "para\n\n    ![d](d.png)\n",
                "-\tx\n\n\t\t![d](d.png)\n",
                "<DIV>\n![d](d.png)\n</DIV>\n",
                "<!--\n![d](d.png)\n-->\n",
                "> <details>\n> ![d](d.png)\n")) {
            assertThat(scan(code)).as(code).isEmpty();
        }
    }

    @Test
    void blocksAreWhatKramdownMakesOfThem() {
        // an unclosed fence is text; raw HTML runs to its end tag across blank lines; text after a block's end
        // tag or comment is Markdown; a script body is text even where it looks like HTML
        assertThat(scan("```\n![a](a.png)\n")).containsExactly("IMAGE a.png @2:6 alt=a");
        assertThat(scan("<div>\n\n![b](b.png)\n\n</div>\n")).isEmpty();
        assertThat(scan("<div>x</div> ![c](c.png)\n<!-- x --> ![d](d.png)\n"))
                .containsExactly("IMAGE c.png @1:19 alt=c", "IMAGE d.png @2:17 alt=d");
        assertThat(scan("<script>\nvar s = '<img src=\"s.png\">';\n</script>\n<div>\n<img src=\"e.png\">\n</div>\n"))
                .containsExactly("IMAGE e.png @5:11");
        assertThat(scan("<div markdown=\"1\">\n![f](f.png)\n</div>\n")).containsExactly("IMAGE f.png @2:6 alt=f");
    }

    @Test
    void scriptBodiesInsideParagraphsAndRawHtmlAreText() {
        // checked with kramdown 2.4: a script in a paragraph without an end tag takes the rest of the paragraph
        assertThat(scan("a ![a](a.png)\n<script>\n![b](b.png)\n\n![c](c.png)\n"))
                .containsExactly("IMAGE a.png @1:8 alt=a", "IMAGE c.png @5:6 alt=c");
        assertThat(scan("<div>\n<script>var s = '<img src=\"s.png\">';</script>\n<img src=\"d.png\">\n</div>\n"))
                .containsExactly("IMAGE d.png @3:11");
    }

    @Test
    void definitionsAreTheOnesKramdownReads() {
        // a definition cannot interrupt a paragraph; inside a blockquote it is one (checked with kramdown 2.4)
        assertThat(scan("Para\n[d]: in-para.png\n\n![x][d]\n\n> [q]: quoted.png\n\n![y][q]\n"))
                .containsExactly("IMAGE quoted.png @8:1 alt=y");
    }

    @Test
    void badgeInsideLinkAndSplitFragment() {
        List<Reference> refs = ReferenceScanner.scan(MarkdownBody.parse("[![b](b.svg)](p.html?x=1#Frag%20A)\n", 0));
        assertThat(refs).extracting(Reference::kind).containsExactly(Reference.Kind.LINK, Reference.Kind.IMAGE);
        assertThat(refs.get(0).path()).isEqualTo("p.html");
        assertThat(refs.get(0).fragment()).isEqualTo("Frag%20A");
    }

    @Test
    void pathologicalInputStaysFast() {
        String nasty = "![".repeat(20_000) + "(".repeat(20_000) + "`".repeat(1) + "<!--" + "[x](".repeat(20_000);
        assertThat(ThreadCpu.millis(() -> ReferenceScanner.scan(MarkdownBody.parse(nasty, 0))))
                .isLessThan(5_000);
    }
}
