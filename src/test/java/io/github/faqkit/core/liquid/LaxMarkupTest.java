package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tags read the lax way as Liquid 5.4 reads them after its warning (the cases of liquid-golden lax-tag and
 * stop-lax-*, measured with Jekyll 4.3.1), and the markup that stays as it is.
 */
class LaxMarkupTest {
    @TempDir
    Path site;

    private LiquidEngine engine;
    private Predicate<String> parses;

    @BeforeEach
    void setUp() throws Exception {
        SiteConfig c = io.github.faqkit.core.TestConfigs.of(new ObjectMapper(new YAMLFactory()).readTree("{}"));
        engine = new LiquidEngine(site, c, SiteDrop.build(site, c, List.of()), List.of());
        parses = markup -> {
            try {
                engine.parser().parse(markup);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private String render(String body) {
        Rendered r = engine.render(body, Map.of("title", "Tt", "list", List.of("a", "b"), "n", 2), "");
        assertThat(r.problems()).as(body).isEmpty();
        return r.text();
    }

    private String stop(String body) {
        Rendered r = engine.render(body, Map.of("title", "Tt"), "");
        assertThat(r.map()).as(body).isNull();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0).detail();
    }

    @Test
    void aComparisonWithoutRightSideComparesWithNil() {
        assertThat(render("[{% if page.title == %}Y{% else %}N{% endif %}]")).isEqualTo("[N]");
        assertThat(render("[{% if page.title != %}Y{% else %}N{% endif %}]")).isEqualTo("[Y]");
        assertThat(render("[{% unless page.x == %}Y{% else %}N{% endunless %}]"))
                .isEqualTo("[N]");
        assertThat(render("[{% if page.n > %}Y{% else %}N{% endif %}]")).isEqualTo("[N]");
        assertThat(render("[{% if page.x %}Y{% elsif page.x == %}B{% endif %}]"))
                .isEqualTo("[B]");
    }

    @Test
    void whatFollowsTheFirstComparisonIsIgnored() {
        assertThat(render("[{% if page.title == 'Tt' junk %}Y{% else %}N{% endif %}]"))
                .isEqualTo("[Y]");
        assertThat(render("[{% if page.title | upcase == 'TT' %}Y{% else %}N{% endif %}]"))
                .isEqualTo("[Y]");
        assertThat(render("[{% if (page.n == 2) %}Y{% else %}N{% endif %}]")).isEqualTo("[N]");
        assertThat(render("[{% if page.title %}Y{% else junk %}N{% endif %}{% if page.x %}{% endif junk %}]"))
                .isEqualTo("[Y]");
    }

    @Test
    void loopsCasesAndCapturesKeepWhatTheLaxParserReads() {
        assertThat(render("[{% for x in page.list reversed junk %}{{ x }}{% endfor %}]"))
                .isEqualTo("[ba]");
        assertThat(render("[{% for x in page.list limit:1, offset:1 %}{{ x }}{% endfor %}]"))
                .isEqualTo("[b]");
        assertThat(render("[{% case page.n == 2 %}{% when true %}T{% when 2 %}two{% endcase %}]"))
                .isEqualTo("[two]");
        assertThat(render("[{% case page.n %}{% when 1 and 2 %}one{% else %}E{% endcase %}]"))
                .isEqualTo("[E]");
        assertThat(render("[{% capture y junk %}abc{% endcapture %}{{ y }}]")).isEqualTo("[abc]");
        assertThat(render("[{% cycle 'a' 'b' %}]")).isEqualTo("[a]");
    }

    /**
     * As on a real site (Simply007/os-guidelines): GitHub Actions expressions shown in a page,
     * {@code if: ${{!github.event.release.prerelease}}}. Ruby's strict lexer refuses the '!', the lax reading looks the
     * name up without it and the build goes on; Liqp took the first such output and refused the second, which read as
     * a build that stops (liquid-golden lax-output o21–o26). Near-miss: '!=' is a comparison, read as before.
     */
    @Test
    void aBangBeforeANameIsSkippedAsTheLaxReadingSkipsIt() {
        assertThat(render("x {{!github.event.release.prerelease}} y {{!page.title}} z"))
                .isEqualTo("x  y Tt z");
        assertThat(render("[{{ !page.title | upcase }}] [{{ !!page.title }}] [{{ ! }}]"))
                .isEqualTo("[TT] [Tt] []");
        assertThat(render("[{{ page.title != 'a' }}] [{{ 'a!' }}]")).isEqualTo("[Tt] [a!]");
    }

    @Test
    void emptyOutputsShowNothing() {
        assertThat(render("[{{}}] [{{ }}]")).isEqualTo("[] []");
        assertThat(render("a {{-}} b {{--}} c {{- -}} d")).isEqualTo("abcd");
    }

    @Test
    void markupTheLaxParserRefusesStopsTheBuildWithLiquidsWords() {
        assertThat(stop("{% if page.title = 'A' %}Y{% endif %}"))
                .startsWith("'{% if page.title = 'A' %}': Liquid error: Unknown operator =")
                .contains("compare with '=='");
        assertThat(stop("{% if page.title == 'A' or %}Y{% endif %}")).contains("Syntax Error in tag 'if'");
        assertThat(stop("{% for x in %}Y{% endfor %}")).contains("Syntax Error in 'for loop'");
        assertThat(stop("{% case page.n %}{% when 1 %}one{% else x %}E{% endcase %}"))
                .contains("Valid else condition");
        assertThat(stop("{% include i.html p= %}"))
                .contains("Invalid syntax for include tag: p=")
                .contains("give each parameter a value");
        assertThat(stop("{% raw junk %}{{ x }}{% endraw %}")).contains("Syntax Error in 'raw'");
    }

    @Test
    void anIncludeIsReadTheLaxWayToo() throws Exception {
        java.nio.file.Files.createDirectories(site.resolve("_includes"));
        java.nio.file.Files.writeString(
                site.resolve("_includes/tip.html"),
                "{% if include.kind == %}plain{% else %}{{ include.kind }}{% endif %}");
        java.nio.file.Files.writeString(site.resolve("_includes/bad.html"), "{% if include.kind = 'a' %}x{% endif %}");
        assertThat(render("[{% include tip.html kind=\"note\" %}]")).isEqualTo("[note]");
        Rendered r = engine.render("{% include bad.html %}", Map.of(), "");
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.detail())
                        .startsWith("the include bad.html has a Liquid error: Liquid error: Unknown operator =")
                        .contains("compare with '=='"));
    }

    /** Liquid raises "Unknown operator" when it evaluates the condition (liquid-golden lax-operator-untaken). */
    @Test
    void anUnknownOperatorStopsTheBuildOnlyWhereItIsEvaluated() throws Exception {
        // near misses: branches never taken, conditions cut short, loops over nothing, includes not rendered
        assertThat(render("[{% if false %}{% if page.title = 'A' %}Y{% endif %}{% endif %}]"))
                .isEqualTo("[]");
        assertThat(render("[{% if true %}T{% elsif page.title = 'A' %}E{% endif %}]"))
                .isEqualTo("[T]");
        assertThat(render(
                        "[{% case 2 %}{% when 1 %}{% if page.title = 'A' %}Y{% endif %}{% when 2 %}two{% endcase %}]"))
                .isEqualTo("[two]");
        assertThat(
                        render(
                                "[{% if false and page.title = 'A' %}Y{% endif %}{% if true or page.title = 'A' %}O{% endif %}]"))
                .isEqualTo("[O]");
        assertThat(render("[{% for x in page.nothing %}{% if x = 1 %}Y{% endif %}{% endfor %}]"))
                .isEqualTo("[]");
        assertThat(render("[{% unless true %}{% unless page.title = 'A' %}Y{% endunless %}{% endunless %}]"))
                .isEqualTo("[]");
        java.nio.file.Files.createDirectories(site.resolve("_includes"));
        java.nio.file.Files.writeString(
                site.resolve("_includes/cond.html"),
                "{% if include.on %}{% if include.k = 'a' %}x{% endif %}{% endif %}in");
        assertThat(render("[{% if false %}{% include cond.html on=true %}{% endif %}{% include cond.html %}]"))
                .isEqualTo("[in]");
        // taken: the build stops at the tag whose condition has the unknown operator
        Rendered r = engine.render(
                "Text.\n\n{% if false %}\nE\n{% elsif page.title = 'A' %}\nY\n{% endif %}\n", Map.of(), "");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.detail()).startsWith("'{% elsif page.title = 'A' %}': Liquid error: Unknown operator =");
        });
        assertThat(stop("{% if true %}\n{% if page.title = 'A' %}{% endif %}{% if page.title =< 'B' %}{% endif %}"
                        + "{% endif %}"))
                .startsWith("'{% if page.title = 'A' %}'");
        assertThat(stop("{% if page.title == 'B' %}{% elsif page.title =< 'B' %}{% endif %}"))
                .startsWith("'{% elsif page.title =< 'B' %}': Liquid error: Unknown operator =<");
        assertThat(stop("{% if true and page.title = 'A' %}Y{% endif %}")).contains("Unknown operator =");
        Rendered taken = engine.render("{% include cond.html on=true %}", Map.of(), "");
        assertThat(taken.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.detail())
                        .startsWith("the include cond.html has a Liquid error: Liquid error: Unknown operator ="));
    }

    /** A tag read the lax way is rewritten onto one line; what follows keeps the lines of the source. */
    @Test
    void findingsAfterAMultiLineTagReadTheLaxWayKeepTheirLines() {
        Rendered r = engine.render(
                "{% if page.title\n   ==\n   %}Y{% endif %}\nline 4\n  {% include nothere.html %}\n", Map.of(), "");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LiquidProblem.Kind.INCLUDE_NOT_FOUND);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(3);
        });
        // the same after a tag Liqp parses but reads otherwise ('case' with more than its value), then an error
        Rendered e = engine.render(
                "{% case page.n\n more\n %}{% when 1 %}one{% endcase %}\n\nx {% endif %}\n", Map.of(), "");
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    /** {@code liquid: error_mode: strict}: the strict parser refuses the page where it parses it (stop-strict-*). */
    @Test
    void aStrictSiteStopsWhereverTheStrictParserRefuses() throws Exception {
        SiteConfig c = io.github.faqkit.core.TestConfigs.of(
                new ObjectMapper(new YAMLFactory()).readTree("liquid:\n  error_mode: strict\n"));
        LiquidEngine strict = new LiquidEngine(site, c, SiteDrop.build(site, c, List.of()), List.of());
        Rendered r = strict.render(
                "Text.\n\n{% if false %}\n{% if page.title = 'A' %}Y{% endif %}\n{% endif %}", Map.of(), "");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.detail()).startsWith("'{% if page.title = 'A' %}': ").contains("error_mode: strict");
        });
        assertThat(strict.render("x {{ 'a' + 'b' }}", Map.of(), "").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.detail()).startsWith("'{{ 'a' + 'b' }}': "));
        // near misses: well-formed markup, and an include never rendered is never parsed
        java.nio.file.Files.createDirectories(site.resolve("_includes"));
        java.nio.file.Files.writeString(site.resolve("_includes/bad.html"), "{% if include.k = 'a' %}x{% endif %}");
        Rendered fine = strict.render(
                "{% if page.title == 'A' or page.n > 1 %}Y{% endif %}{% if false %}{% include bad.html %}{% endif %}",
                Map.of("title", "A"), "");
        assertThat(fine.problems()).isEmpty();
        assertThat(fine.text()).isEqualTo("Y");
        assertThat(strict.render("{% include bad.html %}", Map.of(), "").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.detail()).contains("error_mode: strict"));
    }

    /**
     * A range in {@code for} or {@code tablerow} is passed to Liqp in another form (LoopRange): that is no lax reading,
     * so a strict site takes it, in a page and in an include, while a lax tag next to it still stops the build; lines
     * after the loop keep their place (liquid-golden for-ruby).
     */
    @Test
    void aLoopOverARangeIsNoLaxReading() throws Exception {
        SiteConfig c = io.github.faqkit.core.TestConfigs.of(
                new ObjectMapper(new YAMLFactory()).readTree("liquid:\n  error_mode: strict\n"));
        LiquidEngine strict = new LiquidEngine(site, c, SiteDrop.build(site, c, List.of()), List.of());
        java.nio.file.Files.createDirectories(site.resolve("_includes"));
        java.nio.file.Files.writeString(
                site.resolve("_includes/rows.html"), "{% tablerow i in (1..2) %}{{ i }}{% endtablerow %}");
        String body = "{% for i in (1..page.n) limit: 1 %}\n## H{{ i }}\n{% else %}\nnone\n{% endfor %}\n"
                + "{% include rows.html %}\nafter\n";
        Rendered r = strict.render(body, Map.of("n", 3), "");
        assertThat(r.problems()).isEmpty();
        assertThat(r.text())
                .contains("## H1")
                .doesNotContain("H2")
                .doesNotContain("none")
                .contains("col2\">2");
        assertThat(r.text()).endsWith("after\n");
        int after = r.map().sourceOffset(r.text().indexOf("after"));
        assertThat(body.substring(after)).startsWith("after");
        assertThat(strict.render("{% for i in (1..0) %}x{% else %}{% if a = 1 %}{% endif %}{% endfor %}", Map.of(), "")
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.detail()).contains("error_mode: strict"));
        // a limit nothing here knows (a plugin's value) leaves the loop's output unknown, not empty
        Rendered unknown =
                engine.render("{% for i in (1..3) limit: page.k %}{{ i }}{% endfor %}", Map.of("k", "\uFFFC"), "");
        assertThat(unknown.opaque()).isTrue();
    }

    @Test
    void includeParametersAsJekyllChecksThem() {
        assertThat(LaxMarkup.badIncludeParameters("i.html p=")).isEqualTo("p=");
        assertThat(LaxMarkup.badIncludeParameters("x.md p='a' junk")).isEqualTo("p='a' junk");
        assertThat(LaxMarkup.badIncludeParameters("i.html p=1 q")).isEqualTo("p=1 q");
        // near misses: what Jekyll accepts
        assertThat(LaxMarkup.badIncludeParameters("i.html")).isNull();
        assertThat(LaxMarkup.badIncludeParameters(" i.html p=\"a b\" q='c' r=page.title "))
                .isNull();
        assertThat(LaxMarkup.badIncludeParameters("i.html p=page[\"my-key\"]")).isNull();
        assertThat(LaxMarkup.badIncludeParameters("{{ page.kind }}.html p=\"x\""))
                .isNull();
    }

    @Test
    void wellFormedMarkupStaysAsItIs() {
        String text = "{% if page.title == 'a' and page.n > 1 %}{% for x in page.list limit: 2 %}{{ x | upcase }}"
                + "{% endfor %}{% elsif page.x %}{% case page.n %}{% when 1, 2 %}{% else %}{% endcase %}{% endif %}"
                + "{% include i.html p=\"a\" %}{% capture c %}x{% endcapture %}{% raw %}{% if %}{% endraw %}";
        LaxMarkup.Result r = LaxMarkup.rewrite(text, parses, true);
        assertThat(r.text()).isNull();
        assertThat(r.stopAt()).isEqualTo(-1);
        assertThat(LaxMarkup.rewrite(text, parses, false).text()).isNull();
    }

    @Test
    void aRewriteMapsBackToTheTagItReplaced() {
        String text = "ab {% if page.title == %}Y{% endif %} cd {{ x }}";
        LaxMarkup.Result r = LaxMarkup.rewrite(text, parses, true);
        assertThat(r.text()).isEqualTo("ab {% if page.title==nil%}Y{% endif %} cd {{ x }}");
        int after = r.text().indexOf("cd");
        assertThat(r.map().original(after)).isEqualTo(text.indexOf("cd"));
        assertThat(r.map().original(r.text().indexOf("nil"))).isEqualTo(text.indexOf("if"));
    }

    @Test
    void expressionsAsRubyParsesThem() {
        assertThat(LaxTags.expression("page.title")).isEqualTo("page.title");
        assertThat(LaxTags.expression("(page.n")).isEqualTo("page.n");
        assertThat(LaxTags.expression("2)")).isEqualTo("nil");
        assertThat(LaxTags.expression("'a'")).isEqualTo("'a'");
        assertThat(LaxTags.expression("(1..3)")).isEqualTo("(1..3)");
        assertThat(LaxTags.expression("page[\"my-key\"]")).isEqualTo("page[\"my-key\"]");
        assertThat(LaxTags.expression(null)).isEqualTo("nil");
    }
}
