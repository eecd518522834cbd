package io.github.faqkit.rules.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LIQ001 in the site's own layouts (liquid-golden stop-layout-liquid5-*, layout-liquid5-*, Jekyll 4.3.1 and 3.10.0 on
 * Liquid 4.0.4): a Liquid 5 tag in a layout a page uses stops the build, an untaken branch too; in an include only
 * where the layout certainly renders it; a layout no page uses is never parsed.
 */
class LayoutLiquid5Test {
    @TempDir
    Path dir;

    private SiteFixture site(String layout) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: T\n")
                .file("_layouts/default.html", layout)
                .file("_includes/head.html", "<meta>\n{% echo 'x' %}\n")
                .file("_includes/ok.html", "<meta>\n")
                .page("a.md", "title: A\nlayout: default", "# A\n")
                .page("b.md", "title: B\nlayout: default", "# B\n");
    }

    private static List<Finding> liq001(ValidationResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("LIQ001")).toList();
    }

    @Test
    void aLayoutsRenderInAnUntakenBranchStopsTheBuildOncePerLayout() {
        ValidationResult r = site("---\n---\n<html>\n{% if site.flag %}\n{% render 'x.html' %}{% render 'y' %}\n"
                        + "{% endif %}\n{{ content }}</html>\n")
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(liq001(r)).hasSize(1);
        Finding f = liq001(r).get(0);
        assertThat(f.file() + ":" + f.line() + ":" + f.column()).isEqualTo("_layouts/default.html:5:1");
        assertThat(f.message()).contains("a.md", "Unknown tag 'render'");
        assertThat(f.hint()).contains("{% include");
    }

    @Test
    void anIncludeTheLayoutCertainlyReachesStopsItAndOneAnUnknownValueDecidesDoesNot() {
        ValidationResult r = site("<html>\n<p>x</p>\n{% include head.html %}\n{{ content }}</html>\n")
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(liq001(r)).extracting(f -> f.file() + ":" + f.line()).containsExactly("_layouts/default.html:3");
        assertThat(liq001(r).get(0).message()).contains("head.html", "Unknown tag 'echo'");
        // near-misses: a branch only GitHub's metadata decides, one never taken, an include that parses
        for (String layout : List.of(
                "<html>{% if site.github.is_project_page %}{% include head.html %}{% endif %}{{ content }}</html>\n",
                "<html>{% if site.flag %}{% include head.html %}{% endif %}{{ content }}</html>\n",
                "<html>{% include ok.html %}{% raw %}{% render 'x' %}{% endraw %}{{ content }}</html>\n")) {
            assertThat(liq001(site(layout).validate(q -> q.withPlatform("github-pages"))))
                    .as(layout)
                    .isEmpty();
        }
    }

    @Test
    void aLayoutNoPageUsesIsNeverParsed() {
        ValidationResult r = site("<html>{{ content }}</html>\n")
                .file("_layouts/other.html", "<html>{% render 'x' %}{{ content }}</html>\n")
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(liq001(r)).isEmpty();
    }

    @Test
    void aRenderTagASitesPluginMayDefineIsNoStop() {
        ValidationResult r = site("<html>{% render 'x' %}{{ content }}</html>\n")
                .file("_plugins/render.rb", "Liquid::Template.register_tag('render', MyRender)\n")
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(liq001(r)).isEmpty();
        // the inline comment no plugin can define stops every Liquid 4 build
        ValidationResult c = site("<html>{%- # note -%}{{ content }}</html>\n")
                .file("_plugins/render.rb", "Liquid::Template.register_tag('render', MyRender)\n")
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(liq001(c)).extracting(Finding::file).containsExactly("_layouts/default.html");
    }
}
