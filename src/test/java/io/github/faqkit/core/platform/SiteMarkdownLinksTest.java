package io.github.faqkit.core.platform;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own plugin that rewrites {@code .md} links (Asya-Yesayan/as8x-docs: 4,388 '.md' links reported as 404s
 * that its {@code :pre_render} hook turns into working '.html' links; platform-golden site-plugin-md-links).
 */
class SiteMarkdownLinksTest {
    @TempDir
    Path dir;

    private static final String HOOK = "Jekyll::Hooks.register [:pages, :documents], :pre_render do |page, _|\n"
            + "  page.content.gsub!(/\\]\\(([^)]+)\\.md\\)/) { \"](#{$1}.html)\" }\n"
            + "end\n";

    private boolean rewrites(String ruby) throws IOException {
        Path site = dir.resolve("p" + Integer.toHexString(ruby.hashCode()));
        Files.createDirectories(site.resolve("_plugins"));
        Files.writeString(site.resolve("_plugins/x.rb"), ruby);
        return SiteMarkdownLinks.in(SitePluginSources.read(site));
    }

    @Test
    void hooksGeneratorsAndConvertersThatSubstituteAnMdSuffixRewriteTheLinks() throws IOException {
        assertThat(rewrites(HOOK)).isTrue();
        assertThat(rewrites("Jekyll::Hooks.register :documents, :post_render do |d|\n"
                        + "  d.output = d.output.gsub(/href=\"([^\"]+)\\.md\"/, 'href=\"\\1.html\"')\nend\n"))
                .isTrue();
        assertThat(rewrites("class MdLinks < Jekyll::Generator\n  def generate(site)\n"
                        + "    site.pages.each { |p| p.content = p.content.gsub('.md)', '.html)') }\n  end\nend\n"))
                .isFalse(); // '.md)' is no bare suffix: the pattern looks for \.md, '.md' or ".md"
        assertThat(rewrites("class MdLinks < Generator\n  def generate(site)\n"
                        + "    site.pages.each { |p| p.content.gsub!(/\\.md\\b/, '.html') }\n  end\nend\n"))
                .isTrue();
    }

    @Test
    void aFilterAPluginWithoutSubstitutionOrOneWithoutMdChangesNoLink() throws IOException {
        // a Liquid filter runs only where a template calls it, not on the page's Markdown links
        assertThat(rewrites("module MdFilter\n  def md_to_html(input)\n    input.sub(/\\.md$/, '.html')\n"
                        + "  end\nend\nLiquid::Template.register_filter(MdFilter)\n"))
                .isFalse();
        assertThat(rewrites("Jekyll::Hooks.register :pages, :post_init do |p|\n"
                        + "  p.data['source_md'] = File.extname(p.path) == '.md'\nend\n"))
                .isFalse();
        assertThat(rewrites(
                        "Jekyll::Hooks.register :pages, :pre_render do |p|\n" + "  p.content.gsub!('TODO', '')\nend\n"))
                .isFalse();
    }

    @Test
    void mdLinksToPagesCountAsReachedWhenTheSitesPluginRewritesThem() {
        ValidationResult r = site().file("_plugins/md_links.rb", HOOK).validate(q -> q.withPlatform("jekyll"));
        List<Finding> lnk = of(r, "LNK001");
        // the missing page stays a 404 whatever the plugin rewrites it to; the two pages are reached
        assertThat(lnk).as(lnk.toString()).hasSize(1);
        assertThat(lnk.get(0).message())
                .contains("missing.md")
                .contains("the site's own _plugins")
                .doesNotContain("jekyll-relative-links");
        assertThat(of(r, "HDR003"))
                .as("the fragment is looked for on the page the link reaches")
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("#nowhere");
    }

    @Test
    void withoutThePluginOrOnGitHubPagesTheLinksAreWhatTheBuildMakesOfThem() {
        // near-miss 1: plain Jekyll, no plugin: every '.md' link is a 404
        ValidationResult plain = site().validate(q -> q.withPlatform("jekyll"));
        assertThat(of(plain, "LNK001")).hasSize(4);
        // near-miss 2: a plugin that only defines a filter
        ValidationResult filter = site().file(
                        "_plugins/f.rb",
                        "module F\n  def md_to_html(s)\n    s.sub(/\\.md$/, '.html')\n  end\nend\n"
                                + "Liquid::Template.register_filter(F)\n")
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(of(filter, "LNK001")).hasSize(4);
        // near-miss 3: GitHub Pages loads no _plugins; jekyll-relative-links still reaches the pages
        ValidationResult pages =
                site().file("_plugins/md_links.rb", HOOK).validate(q -> q.withPlatform("github-pages"));
        assertThat(of(pages, "LNK001"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("jekyll-relative-links");
    }

    @Test
    void aMarkdownSuffixLinkIsLeftAsWrittenByAPluginThatNamesOnlyMd() {
        // platform-golden site-plugin-md-links L7: the hook's /\.md/ does not match 'long.markdown', the page is built
        // to long.html, and the link stays a 404
        ValidationResult r = site().page("guide/long.markdown", "title: Long", "# Long\n")
                .page("long.md", "title: L", "[e](guide/long.markdown)\n")
                .file("_plugins/md_links.rb", HOOK)
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(of(r, "LNK001"))
                .extracting(f -> f.file() + ": " + f.hint())
                .containsExactlyInAnyOrder(
                        "index.md: link to an existing .md file, relative to this file's folder",
                        "long.md: the site's own _plugins rewrite '.md' links, not '.markdown' ones: link to the page"
                                + " URL ('.html'), or rename the file to '.md'");
        // near-misses: a plugin that names the suffix too; jekyll-relative-links, which rewrites any page's path
        ValidationResult both = site().page("guide/long.markdown", "title: Long", "# Long\n")
                .page("long.md", "title: L", "[e](guide/long.markdown)\n")
                .file(
                        "_plugins/md_links.rb",
                        HOOK.replace(
                                "end\n",
                                "  page.content.gsub!(/\\]\\(([^)]+)\\.markdown\\)/) { \"](#{$1}.html)\" }\nend\n"))
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(of(both, "LNK001")).extracting(Finding::file).containsExactly("index.md");
        ValidationResult pages = site().page("guide/long.markdown", "title: Long", "# Long\n")
                .page("long.md", "title: L", "[e](guide/long.markdown)\n")
                .file("_plugins/md_links.rb", HOOK)
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(of(pages, "LNK001")).extracting(Finding::file).containsExactly("index.md");
    }

    private SiteFixture site() {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page(
                        "index.md",
                        "title: Home",
                        "[a](other.md)\n\n[b](missing.md)\n\n[c](guide/sub.md#part)\n\n"
                                + "[d](guide/sub.md#nowhere)\n")
                .page("other.md", "title: Other", "# Other\n")
                .page("guide/sub.md", "title: Sub", "# Sub\n\n## Part\n");
    }
}
