package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.PlatformPages;
import io.github.faqkit.core.platform.PluginPages;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** FM001: without a front matter block Jekyll copies the Markdown file raw instead of rendering it. */
public final class FrontMatterMissing extends Rule {
    public FrontMatterMissing() {
        super(
                FrontMatterRules.FM001,
                "front-matter-missing",
                Severity.ERROR,
                "A Markdown page has no front matter, so Jekyll copies it raw (also when a UTF-8 BOM hides it).");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.entry().published()) {
            // documents of a collection without output: true are never written, raw or rendered
            return;
        }
        FrontMatter.Status s = page.frontMatter().status();
        if ("posts".equals(page.entry().collection())) {
            // Jekyll reads a dated file of _posts as a post, front matter or not (its status says so), and an
            // undated one not at all: nothing of it is copied (platform-golden/documents-titles-and-posts)
            return;
        }
        if (s == FrontMatter.Status.MISSING) {
            if (page.source().utf16Bom()) {
                out.report(
                        page,
                        1,
                        1,
                        "the file is saved as UTF-16, so Jekyll cannot see its front matter and "
                                + "copies it to the site as a raw file",
                        "save the file as UTF-8 without BOM");
                return;
            }
            if (site.derived(
                            io.github.faqkit.core.liquid.RelativeIncludes.class,
                            x -> io.github.faqkit.core.liquid.RelativeIncludes.NONE)
                    .paths()
                    .contains(page.path())) {
                // a piece of the pages that pull it in with include_relative, which reads it front matter and
                // all: a front matter block would show on those pages as a rule and text (liquid-golden
                // include-relative-fragment)
                return;
            }
            if (page.renderedByPlugin()) {
                String message = PlatformPages.withoutFrontMatter(page, site);
                if (message != null) {
                    out.report(
                            page,
                            1,
                            1,
                            message,
                            "start the file with a heading ('# Title') or a front matter " + "block with 'title: …'");
                }
                return;
            }
            if (!io.github.faqkit.core.Publishing.writesStatic(site.config(), page.path())) {
                // defaults: give it published: false: Jekyll does not copy it either, so nothing reaches readers
                return;
            }
            com.fasterxml.jackson.databind.JsonNode renderPlain =
                    site.config().raw().path("optional_front_matter").path("enabled");
            if (renderPlain.isBoolean() && !renderPlain.booleanValue()) {
                // the site switched jekyll-optional-front-matter off: Markdown without front matter is published
                // raw on purpose (slide sources a browser fetches, files offered for download)
                return;
            }
            out.report(
                    page,
                    1,
                    1,
                    "no front matter: " + site.platform().platform().displayName() + " copies this file to the "
                            + "site as raw Markdown instead of rendering it as a page, and it is missing from the navigation",
                    PluginPages.leftRaw(page.path(), site.config().include())
                            ? "if this repository file is not meant for readers, add it to 'exclude:' in "
                                    + site.config().file() + "; "
                                    + "otherwise start it with a front matter block ('---', 'title: …', '---')"
                            : "start the file with a front matter block: a line '---', 'title: …', and a closing '---'");
        } else if (s == FrontMatter.Status.MISSING_BOM) {
            out.report(
                    page,
                    1,
                    1,
                    "the file starts with a UTF-8 byte order mark (BOM) before '---', so Jekyll does "
                            + "not see the front matter and copies the file raw instead of rendering it",
                    "save the file as UTF-8 without BOM (most editors: 'UTF-8' rather than 'UTF-8 with BOM')");
        }
    }
}
