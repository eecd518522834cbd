package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Include names as Jekyll reads them (liquid-golden include-cached-names, stop-include-cached-*, Jekyll 4.3.1 and
 * 3.10.0 on Liquid 4.0.4 with jekyll-include-cache 0.2.1): {@code include_cached} is Jekyll's include tag, and a name
 * made with outputs and text is rendered as Liquid.
 */
class IncludeNamesTest {
    @TempDir
    Path site;

    private Rendered render(String body) throws Exception {
        Files.createDirectories(site.resolve("_includes/parts"));
        Files.writeString(site.resolve("_includes/note.html"), "NOTE{{ include.x }}");
        Files.writeString(site.resolve("_includes/parts/x.html"), "PART");
        SiteConfig c = io.github.faqkit.core.TestConfigs.of(new ObjectMapper(new YAMLFactory()).readTree("{}"));
        return new LiquidEngine(site, c, SiteDrop.build(site, c, List.of()), List.of(body))
                .render(body, Map.of("inc", "note", "title", "T"), "");
    }

    @Test
    void includeCachedReadsItsNameAndParametersAsJekyllsInclude() throws Exception {
        Rendered r = render("{% include_cached note.html %}|{% include_cached note.html x=\"1\" %}|"
                + "{% include_cached note.html x=page.title %}|{% include_cached parts/x.html %}|"
                + "{% include_cached {{ page.inc }}.html x='2' %}|{%- include_cached note.html x=3 -%}");
        assertThat(r.text()).isEqualTo("NOTE|NOTE1|NOTET|PART|NOTE2|NOTE3");
        assertThat(r.opaque()).isFalse();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aMissingOrQuotedOrRefusedNameStopsTheBuild() throws Exception {
        assertThat(render("{% include_cached missing.html x=1 %}").problems())
                .extracting(LiquidProblem::kind, LiquidProblem::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LiquidProblem.Kind.INCLUDE_NOT_FOUND, "missing.html"));
        assertThat(render("{% include_cached \"note.html\" %}").problems())
                .extracting(LiquidProblem::name)
                .containsExactly("\"note.html\"");
        assertThat(render("{% include_cached ./note.html %}").problems())
                .extracting(LiquidProblem::kind)
                .containsExactly(LiquidProblem.Kind.SYNTAX);
        // near-miss: a missing name with a sequence Jekyll refuses is looked up first ("Could not locate")
        assertThat(render("{% include_cached ./missing.html %}").problems())
                .extracting(LiquidProblem::kind)
                .containsExactly(LiquidProblem.Kind.INCLUDE_NOT_FOUND);
    }

    @Test
    void anIncludeNameOfOutputsAndTextIsRenderedAsLiquid() throws Exception {
        // Liqp refused the spaces, and read '{{page.inc}}.html' as a name Jekyll refuses (a false build stop)
        Rendered r = render("{% include {{ page.inc }}.html x=1 %}|{% include {{page.inc}}.html %}");
        assertThat(r.text()).isEqualTo("NOTE1|NOTE");
        assertThat(r.problems()).isEmpty();
        assertThat(render("{% include {{ page.nothing }}.html %}").problems())
                .extracting(LiquidProblem::name)
                .containsExactly(".html");
    }

    @Test
    void anIncludeRelativeNameOfOutputsAndTextIsRenderedAsLiquid() throws Exception {
        // liquid-golden include-relative-output-name: Jekyll reads parts/one.md and parts/two.md, with and without
        // spaces inside the braces (was a false LIQ002 on the name as written)
        Files.createDirectories(site.resolve("parts"));
        Files.writeString(site.resolve("parts/note.md"), "REL");
        Rendered r =
                render("{% include_relative parts/{{page.inc}}.md %}|{% include_relative parts/{{ page.inc }}.md %}");
        assertThat(r.text()).isEqualTo("REL|REL");
        assertThat(r.problems()).isEmpty();
        assertThat(r.opaque()).isFalse();
        // near-miss: a name that renders to a file the site lacks is still one Jekyll cannot read
        assertThat(render("{% include_relative parts/{{ page.title }}.md %}").problems())
                .extracting(LiquidProblem::kind, LiquidProblem::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LiquidProblem.Kind.INCLUDE_NOT_FOUND, "parts/T.md"));
    }
}
