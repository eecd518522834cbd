package io.github.faqkit.rules.kramdown;

import static io.github.faqkit.testing.SiteFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures per rule of the kramdown family: what triggers each rule, and near-misses that must stay silent. */
class KramdownRulesTest {
    @TempDir
    Path dir;

    private static final String FM = "title: Page";

    private int sites;

    /** Each call gets its own site folder, so configuration and pages never leak between fixtures. */
    private SiteFixture site() {
        return SiteFixture.in(dir.resolve("site" + sites++));
    }

    private ValidationResult run(String body) {
        return site().page("p.md", FM, body).validate(KramdownRules.all(), r -> r);
    }

    private ValidationResult run(String config, String body) {
        return site().file("_config.yml", config).page("p.md", FM, body).validate(KramdownRules.all(), r -> r);
    }

    @Test
    void seedPageReportsDetachedAttributeLinesAtElevenAndFifteen() throws IOException {
        byte[] seed = Files.readAllBytes(Paths.get("src/test/resources/seed/ai.md"));
        ValidationResult r = site().bytes("docs/gpt/ai.md", seed).validate(KramdownRules.all(), x -> x);
        List<Finding> ial = SiteFixture.of(r, "IAL001");
        assertThat(ial).extracting(Finding::line).containsExactly(11, 15);
        assertThat(ial).allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("docs/gpt/ai.md");
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(ial.get(0).message())
                .contains("heading '关于 AI 的小白 FAQ' at line 9")
                .contains("lands on heading '目录' at line 13");
        assertThat(ial.get(1).message())
                .contains("heading '目录' at line 13")
                .contains("lands on the TOC list at line 18");
        // TOC004 sees the same two mistakes (the title listed in the TOC, .text-delta on the list): one finding each
        assertThat(SiteFixture.of(r, "TOC004")).isEmpty();
        assertThat(ial)
                .allSatisfy(f -> assertThat(f.absorbed())
                        .extracting(a -> a.ruleId() + "@" + a.line())
                        .containsExactly("TOC004@" + f.line()));
        assertThat(SiteFixture.of(r, "TOC001")).isEmpty();
    }

    @Test
    void ial001DetachedLandsOnNextBlock() {
        Finding f = only(run("# Title\n\n{: .no_toc }\n\n## Next\n"), "IAL001");
        assertThat(f.file()).isEqualTo("p.md");
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.column()).isEqualTo(1);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("heading 'Title' at line 4").contains("lands on heading 'Next' at line 8");
    }

    @Test
    void ial001ConfiguredCalloutAboveTheBlockItStylesIsWhatTheWriterAsked() {
        String config = "callouts:\n  note:\n    color: purple\n  warning:\n    color: red\n";
        String body =
                "Step one.\n\n{: .note }\n\nThe note text.\n\nStep two.\n\n{: .warning-title }\n\n> Careful\n> text\n";
        assertThat(SiteFixture.of(run(config, body), "IAL001")).isEmpty();
    }

    @Test
    void ial001CalloutStillReportedWhenNotConfiguredMixedOrLandingOnAHeading() {
        String config = "callouts:\n  note:\n    color: purple\n";
        assertThat(SiteFixture.of(run(config, "Text.\n\n{: .tip }\n\nMore.\n"), "IAL001"))
                .hasSize(1);
        assertThat(SiteFixture.of(run(config, "Text.\n\n{: .note #id }\n\nMore.\n"), "IAL001"))
                .hasSize(1);
        assertThat(SiteFixture.of(run(config, "# Title\n\n{: .note }\n\n## Next\n"), "IAL001"))
                .hasSize(1);
        assertThat(SiteFixture.of(run("Text.\n\n{: .note }\n\nMore.\n"), "IAL001"))
                .hasSize(1);
    }

    @Test
    void ial001CalloutTheSiteStylesItselfForTheBlockBelowIsWhatTheWriterAsked() {
        // as on a real product site: 'p.important' in its own Sass, '{:.important}' above a paragraph, a blank
        // line between them; kramdown puts the class on that paragraph, which the stylesheet makes a callout
        String scss = "p.important {\n  border-left: 4px solid;\n}\nblockquote.note { }\n";
        assertThat(styled(scss, "- TOC\n{:toc}\n\n{:.important}\n\nThis article outlines.\n"))
                .isEmpty();
        assertThat(styled(scss, "Text.\n\n{: .note }\n\n> A quote\n")).isEmpty();
        // near-misses: styled for another element, a class the site does not style, a heading below, a class
        // that is styled only as part of another selector's name
        assertThat(styled(scss, "Text.\n\n{: .note }\n\nMore.\n")).hasSize(1);
        assertThat(styled(scss, "Text.\n\n{: .important .lead }\n\nMore.\n")).hasSize(1);
        assertThat(styled(scss, "# Title\n\n{: .important }\n\n## Next\n")).hasSize(1);
        assertThat(styled("p.important-box { }\n.p.important { }\n", "Text.\n\n{: .important }\n\nMore.\n"))
                .hasSize(1);
    }

    @Test
    void ial001CalloutVariantBesideItsCalloutIsWhatTheWriterAsked() {
        // as on a real wiki: '.info .info-icon' above a quote, the '-icon' classes made per callout by a Sass
        // loop ('.#{$name}-icon'); kramdown puts both on the quote below the blank line
        String config = "callouts:\n  info:\n    color: blue\n";
        assertThat(SiteFixture.of(run(config, "Text.\n\n{: .info .info-icon }\n\n> For more info.\n"), "IAL001"))
                .isEmpty();
        // near misses: the variant without its callout, a variant of a callout the line does not name
        assertThat(SiteFixture.of(run(config, "Text.\n\n{: .info-icon }\n\n> For more info.\n"), "IAL001"))
                .hasSize(1);
        assertThat(SiteFixture.of(run(config, "Text.\n\n{: .info .warning-icon }\n\n> Quote.\n"), "IAL001"))
                .hasSize(1);
    }

    @Test
    void ial001LineUnderARawHtmlBlockIsWrittenForTheBlockBelow() {
        // as on a real wiki page: each '<details>'/'<div markdown="block">' gets its classes from an attribute line
        // written above it between blank lines; an HTML block takes attributes in its own tag, so the line is not
        // meant for the block above, and kramdown applies it to the one below
        String body = "<details markdown=\"block\">\n\n  <summary>June 1</summary>\n\n{: .ml-5 .mb-2 }\n\n"
                + "  <div markdown=\"block\">\n  Official\n  </div>\n\n{: .ml-5 }\n\n  <div markdown=\"block\">\n"
                + "  Second\n  </div>\n\n</details>\n\n{: .mb-4 .ml-3 }\n\n<details markdown=\"block\">\n\n"
                + "  <summary>June 2</summary>\n\n</details>\n";
        assertThat(SiteFixture.of(run(body), "IAL001")).isEmpty();
        // near misses: a heading or a paragraph above, the line between blank lines
        assertThat(SiteFixture.of(
                        run("# Title\n\n{: .no_toc }\n\n<details markdown=\"block\">\n\nx\n\n</details>\n"), "IAL001"))
                .hasSize(1);
        assertThat(SiteFixture.of(run("Text.\n\n{: .ml-5 }\n\n<div markdown=\"block\">\nx\n</div>\n"), "IAL001"))
                .hasSize(1);
    }

    /** IAL001 findings of a page in a site whose own stylesheet is {@code scss}. */
    private List<Finding> styled(String scss, String body) {
        ValidationResult r = site().file("_sass/color_schemes/site.scss", scss)
                .page("p.md", FM, body)
                .validate(KramdownRules.all(), x -> x);
        return SiteFixture.of(r, "IAL001");
    }

    @Test
    void ial001NearMisses() {
        ValidationResult r =
                run("# Title\n{: .no_toc }\n\n{: .lead }\nIntro text\n\n```\n# x\n\n{: .no_toc }\n\n## y\n```\n"
                        + "\n<!--\n\n{: .no_toc }\n\n-->\n\nText with `{: .x}` code\n");
        assertThat(SiteFixture.of(r, "IAL001")).isEmpty();
        assertThat(SiteFixture.of(r, "IAL002")).isEmpty();
    }

    @Test
    void ial002AtEndOfFileAndAtStart() {
        ValidationResult r = run("{: .no_toc }\n\n## First\n\nText\n\n{: .no_toc }\n");
        assertThat(SiteFixture.of(r, "IAL002")).extracting(Finding::line).containsExactly(4, 10);
        assertThat(SiteFixture.of(r, "IAL002").get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(SiteFixture.of(r, "IAL001")).isEmpty();
    }

    @Test
    void ial002AfterBlankLinesFollowingFrontMatterIsStillDropped() {
        // Jekyll strips blank lines after the front matter: the IAL is the first body line, then a blank
        ValidationResult r = run("\n{: .no_toc }\n\n## First\n");
        assertThat(only(r, "IAL002").line()).isEqualTo(5);
    }

    @Test
    void ial002NotUnderADefinition() throws java.io.IOException {
        // kramdown keeps an attribute line directly under a link, footnote or abbreviation definition with the
        // definition and gives it to every use: ![tank] renders <img class="role-icon" ...> (golden
        // r03_ial_on_definitions)
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(
                        "src/test/resources/kramdown-golden/expected/r03_ial_on_definitions.html")))
                .contains("<img class=\"role-icon\" src=\"/assets/tank.png#tank\"")
                .contains("<abbr class=\"abbr\"");
        ValidationResult r = run("**![tank]Tank** reads HTML[^1].\n\n[tank]: /assets/tank.png#tank\n{: .role-icon }\n"
                + "*[HTML]: Hyper Text Markup Language\n{: .abbr }\n\n[^1]: A note.\n{: .note }\n");
        assertThat(SiteFixture.of(r, "IAL002")).isEmpty();
        assertThat(SiteFixture.of(r, "IAL001")).isEmpty();
        // near-misses: a blank line between definition and attribute line (it skips to the next block); an
        // attribute line at the end of the file after a definition and a blank line
        ValidationResult detached = run("Text ![tank]\n\n[tank]: /t.png\n\n{: .role-icon }\n\nMore.\n");
        assertThat(only(detached, "IAL001").line()).isEqualTo(8);
        ValidationResult end = run("Text ![tank]\n\n[tank]: /t.png\n\n{: .role-icon }\n");
        assertThat(only(end, "IAL002").line()).isEqualTo(8);
    }

    @Test
    void toc001BrokenMarkerForms() {
        assertThat(only(run("1. TOC\n\n{:toc}\n\n## A\n"), "TOC001").message()).contains("blank line");
        assertThat(only(run("1. TOC\n{:TOC}\n\n## A\n"), "TOC001").message()).contains("case-sensitive");
        assertThat(only(run("1. TOC\n{:.toc}\n\n## A\n"), "TOC001").message()).contains("CSS class");
        assertThat(only(run("1) TOC\n{:toc}\n\n## A\n"), "TOC001").message()).contains("'1)'");
        assertThat(only(run("1. TOC {:toc}\n\n## A\n"), "TOC001").message()).contains("same line");
        assertThat(only(run("* TOC\n  {:toc}\n\n## A\n"), "TOC001").message()).contains("indented");
        assertThat(only(run("Text\n\n{:toc}\n\n## A\n"), "TOC001").message()).contains("no list");
        Finding f = only(run("- TOC\n\n## A\n"), "TOC001");
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void toc001NearMisses() {
        assertThat(SiteFixture.of(run("1. TOC\n{:toc}\n\n## A\n"), "TOC001")).isEmpty();
        assertThat(SiteFixture.of(run("* Contents\n{: toc }\n\n## A\n"), "TOC001"))
                .isEmpty();
        assertThat(SiteFixture.of(run("```\n1. TOC\n\n{:toc}\n```\n\n## A\n"), "TOC001"))
                .isEmpty();
        assertThat(SiteFixture.of(run("A paragraph about the TOC.\n\n## A\n"), "TOC001"))
                .isEmpty();
    }

    @Test
    void toc002SecondMarker() {
        Finding f = only(run("1. TOC\n{:toc}\n\n## A\n\n* TOC\n{:toc}\n"), "TOC002");
        assertThat(f.line()).isEqualTo(10);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(SiteFixture.of(run("1. TOC\n{:toc}\n\n## A\n"), "TOC002")).isEmpty();
    }

    @Test
    void toc003EmptyToc() {
        Finding f = only(run("1. TOC\n{:toc}\n\n## Only\n{: .no_toc }\n"), "TOC003");
        assertThat(f.line()).isEqualTo(5);
        assertThat(only(run("kramdown:\n  toc_levels: 1..1\n", "1. TOC\n{:toc}\n\n## A\n"), "TOC003")
                        .line())
                .isEqualTo(5);
        assertThat(SiteFixture.of(run("1. TOC\n{:toc}\n\n## A\n"), "TOC003")).isEmpty();
    }

    @Test
    void toc004ConventionAndNearMiss() {
        ValidationResult r =
                run("# Title\n\n## Contents\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n{: .text-delta }\n\n## A\n");
        assertThat(SiteFixture.of(r, "TOC004")).extracting(Finding::line).containsExactly(4, 11);
        ValidationResult ok =
                run("# Title\n{: .no_toc }\n\n## Contents\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n\n## A\n");
        assertThat(SiteFixture.where(ok)).isEmpty();
    }

    @Test
    void toc004LeavesSectionsThatThePagePutsBeforeItsTocAlone() {
        // the TOC further down lists the sections above it on purpose (machinetranslate.org events: the day's
        // programme, then the TOC of the rest); only the title the page begins with and the TOC's own label
        // belong to the convention. Near-miss: the same sections under a title the page begins with, and a label
        // right above the list (with its attribute line and a blank line between)
        ValidationResult sections =
                run("Day 3\n\n### Workshops\n\nList.\n\n## Proceedings\n\nLink.\n\n1. TOC\n{:toc}\n\n## Call\n");
        assertThat(SiteFixture.of(sections, "TOC004")).isEmpty();
        ValidationResult titled = run("<!-- lead -->\n\n# Event\n\n## Proceedings\n\nLink.\n\n## Contents\n"
                + "{: .text-delta }\n\n1. TOC\n{:toc}\n\n## Call\n");
        assertThat(SiteFixture.of(titled, "TOC004"))
                .extracting(
                        f -> f.line() + " " + f.message().substring(f.message().lastIndexOf("links to ")))
                .containsExactly("6 links to the page title", "12 links to its own label");
    }

    @Test
    void toc004FollowsTocLevelsSetInThePage() {
        // kramdown applies {::options /} to the whole document, also when it comes after the TOC marker
        String body =
                "# Guide\n\nIntro.\n\n* TOC\n{:toc}\n\n{::options toc_levels=\"2..3\" /}\n\n## Part\n\n#### Deep\n";
        ValidationResult r = run(body);
        assertThat(SiteFixture.where(r)).isEmpty();
        assertThat(r.site().pageByPath("p.md").kramdown().toc().entries())
                .extracting(e -> e.id())
                .containsExactly("part");
        assertThat(only(run(body.replace("{::options toc_levels=\"2..3\" /}", "{::comment}x{:/comment}")), "TOC004")
                        .line())
                .isEqualTo(4);
    }

    @Test
    void hdr001EmptyId() {
        Finding f = only(run("## !!!\n\n## 全角（）\n"), "HDR001");
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(SiteFixture.of(run("## !!! {#bang}\n\n## 模型的参数越多越好吗？\n"), "HDR001"))
                .isEmpty();
    }

    @Test
    void hdr001AttributeLineOverASetextUnderlineIsHeadingText() {
        // after a blank line, '{: .note }' over '---' is a setext heading that shows '{: .note }': its id is
        // '-note-', not empty (kramdown-golden a38); a span IAL right after an element still styles it
        ValidationResult r = run("Para\n\n{: .note }\n---\n\n## {: .x }\n\n[n](#-note-) [x](#-x-)\n");
        assertThat(SiteFixture.where(r)).noneMatch(w -> w.endsWith("HDR001") || w.endsWith("HDR003"));
        assertThat(r.site().pageByPath("p.md").kramdown().headings())
                .extracting(h -> h.id())
                .containsExactly("-note-", "-x-");
        Finding f = only(run("## *a*{: .y}\n\n## _!_{: .z}\n"), "HDR001");
        assertThat(f.line()).isEqualTo(6);
    }

    @Test
    void hdr002DuplicateIdFromCounter() {
        Finding f = only(run("## FAQ\n\n## FAQ\n\n## FAQ 1\n"), "HDR002");
        assertThat(f.line()).isEqualTo(8);
        assertThat(f.message()).contains("'faq-1'").contains("line 6");
        assertThat(SiteFixture.of(run("## FAQ\n\n## FAQ\n\n## faq\n"), "HDR002"))
                .isEmpty();
    }

    @Test
    void hdr004NoSpace() {
        Finding f = only(run("Intro\n\n##NoSpace\n"), "HDR004");
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(SiteFixture.of(run("## Spaced\n\n    ##code\n\n`##x` and C# text\n"), "HDR004"))
                .isEmpty();
    }

    /**
     * A real page's '#\u00A0Tentativi versione 3' shows a space in every editor, yet kramdown GFM renders
     * '<p># Tentativi versione 3</p>' (kramdown golden c12_no_space_unicode): the message names the character.
     */
    @Test
    void hdr004NamesTheUnicodeSpaceThatLooksLikeASpace() {
        ValidationResult r = run("#\u00A0Tentativi\n\n##\u2003Em\n\n#\u3000Ideographic\n\n#\tTab\n\n##Plain\n");
        assertThat(SiteFixture.of(r, "HDR004"))
                .extracting(f ->
                        f.line() + " " + f.message().substring(0, f.message().indexOf(',')))
                .containsExactly(
                        "4 the hashes are followed by a no-break space (U+00A0)",
                        "6 the hashes are followed by an em space (U+2003)",
                        "8 the hashes are followed by an ideographic space (U+3000)",
                        "12 this line starts with '#' but has no space after the hashes: under Jekyll's GFM input it renders as paragraph text");
        assertThat(SiteFixture.of(r, "HDR004").get(0).hint())
                .isEqualTo("replace the character after the hashes with a plain space");
    }

    /** kramdown renders '#jekyll #docs' as the paragraph it is (platform golden url-details, docs/tags.md). */
    @Test
    void hdr004LeavesALineOfHashtagsAlone() {
        assertThat(SiteFixture.of(run("#jekyll #docs\n\n> #faq #accounts #2fa\n"), "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(run("#jekyll #docs\n\n#NoSpace\n\n##Setup #1\n"), "HDR004"))
                .as("one word, or two hashes, is still a heading without its space")
                .extracting(Finding::line)
                .containsExactly(6, 8);
    }

    /**
     * As on a real site (ESIPFed/data-help-desk): example tweets wrap so that a hashtag starts a line inside the
     * paragraph or list item ('Tweet to\n#DataHelpDesk during'); kramdown keeps it as text (kramdown golden
     * c12_no_space_continuation) and the writer meant a hashtag. Near-misses: two hashes on such a line, and one
     * hash where a paragraph starts, are still headings without their space.
     */
    @Test
    void hdr004LeavesAHashtagThatContinuesAParagraphAlone() {
        assertThat(SiteFixture.of(
                        run("Tweet your questions to\n#DataHelpDesk during the meeting.\n\n"
                                + "- Thanks for joining us at\n  #AGU21. Until then\n"),
                        "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(run("Text before\n##Setup\n\n#Heading\ntext after\n"), "HDR004"))
                .as("two hashes on a continued line, or one where the paragraph starts, is a heading without its space")
                .extracting(Finding::line)
                .containsExactly(5, 7);
    }

    /**
     * As on real sites (0xcf/decal-web, AcademySoftwareFoundation/tac): list items that name chat channels,
     * '#rebuild: discussion' or '#wg-ci Slack channel', are the text the writer meant, not headings.
     */
    @Test
    void hdr004LeavesChannelNamesAlone() {
        assertThat(SiteFixture.of(
                        run("* #rebuild: technical discussion\n* #decal-comm: training\n"
                                + "* #wg-ci Slack channel is now open\n\n#gsoc-2022 channel\n\n"
                                + "- #openshadinglanguage\n- #materialx.\n"),
                        "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(
                        run("#Setup: first steps\n\n##wg-ci\n\n#Getting-Started\n\n- #Openshadinglanguage\n\n"
                                + "##materialx\n\n#install steps\n"),
                        "HDR004"))
                .as("a capital, two hashes, or a second word is still a heading without its space")
                .extracting(Finding::line)
                .containsExactly(4, 6, 8, 10, 12, 14);
    }

    /**
     * As on a real site (a Russian JavaScript course listing DOM nodes): '- #text' names the node, and the space the
     * hint asks for would make a heading inside the list item (kramdown golden c12_no_space_list_item). One hash and
     * a lower-case word opening an item is left alone; two hashes (also on a later line of the item), a capital or the
     * same word outside a list are not.
     */
    @Test
    void hdr004LeavesANameOpeningAListItemAlone() {
        assertThat(SiteFixture.of(
                        run("- head\n- #text '\\n' - line break\n- body\n\n1. #include <stdio.h>\n\n"
                                + "* > #quoted name\n"),
                        "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(run("- #Setup\n- ##setup\n- text\n  ##continued here\n\n#text node\n"), "HDR004"))
                .extracting(Finding::line)
                .containsExactly(4, 5, 7, 9);
    }

    /**
     * As on a real lab wiki: '* #CS, SO/IO1, SI/IO0, VSS, VCC' lists a chip's pins, '#CS' the active-low chip select;
     * the space the hint asks for would make a heading inside the item. Near misses: a capitalised word and a comma
     * ('#Setup, part one'), two hashes, the same line outside a list.
     */
    @Test
    void hdr004LeavesAListOfPinNamesOpeningAListItemAlone() {
        assertThat(SiteFixture.of(run("* Flash pinouts\n  * #CS, SO/IO1, SI/IO0, VSS, VCC\n- #WP, #HOLD\n"), "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(run("- #Setup, part one\n- ##CS, SO\n\n#CS, SO/IO1\n"), "HDR004"))
                .extracting(Finding::line)
                .containsExactly(4, 5, 7);
    }

    /**
     * As on tang3cko/ReactiveSO-docs (trial27): '2. #L = 0の場合、…' compares the listener count shown in a column
     * '#L' with 0; the built page shows the item's text, which is what the writer meant, and the space the hint asks
     * for would make a heading inside the item. Near misses: a name without a comparison, two hashes, the same line
     * outside a list.
     */
    @Test
    void hdr004LeavesACountComparedWithAValueOpeningAListItemAlone() {
        assertThat(SiteFixture.of(run("1. #L = 0の場合、誰もいません\n2. #N>=3 items\n- #Ёмкость ≤ 5\n"), "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(run("- #Setup guide\n- ##L = 0\n\n#L = 0 outside\n"), "HDR004"))
                .extracting(Finding::line)
                .containsExactly(4, 5, 7);
    }

    /**
     * As on VzBoT3D/docs (trial27): '> {: .highlight }' then '>' opens a block quote; the built quote has no class.
     * The message names the block quote the line opens, not the page, which it does not open.
     */
    @Test
    void ial002AtTheStartOfABlockQuoteSaysItOpensTheBlockQuote() {
        Finding quoted = only(run("Intro.\n\n> {: .highlight }\n>\n> See the guide.\n"), "IAL002");
        assertThat(quoted.message()).contains("it opens its blockquote and a blank line follows");
        Finding top = only(run("{: .highlight }\n\nSee the guide.\n"), "IAL002");
        assertThat(top.message()).contains("it opens the page and a blank line follows");
    }

    @Test
    void ial001UnderAHeadingSaysRemoveTheBlankLineElsewhereDeleteIt() {
        Finding underHeading = only(run("# Title\n\n{: .no_toc }\n\n## Next\n"), "IAL001");
        assertThat(underHeading.hint()).startsWith("delete the blank line between heading 'Title'");
        Finding stray = only(run("Intro paragraph.\n\n{: .note }\n\nNext paragraph.\n"), "IAL001");
        assertThat(stray.hint())
                .startsWith("delete the line '{: .note }'")
                .contains("only if it is meant for the paragraph at line 8")
                .doesNotContain("blank line");
    }

    @Test
    void hdr004LeavesIssueNumbersAlone() {
        // changelog lines like '- #12 by someone': GitHub issue numbers, rendered as the text they are
        assertThat(SiteFixture.of(run("- #12 by someone\n- #7 and #8\n\n#3 was reopened\n"), "HDR004"))
                .isEmpty();
        assertThat(SiteFixture.of(run("- #12 by someone\n- ##Setup\n\n##2 Install\n"), "HDR004"))
                .extracting(Finding::line)
                .containsExactly(5, 7);
    }

    @Test
    void sampleSiteIsClean() {
        ValidationResult r = SiteFixture.in(Paths.get("sample-site")).validate(KramdownRules.all(), x -> x);
        assertThat(SiteFixture.where(r)).isEmpty();
    }
}
