package io.github.faqkit.rules.images;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageRulesTest {
    @TempDir
    Path dir;

    private SiteFixture site() {
        return SiteFixture.in(dir)
                .file("pics/a.png", "x")
                .file("pics/Image-2.png", "x")
                .file("pics/my image.png", "x");
    }

    private ValidationResult run(SiteFixture s) {
        return s.validate(ImageRules.all(), r -> r);
    }

    /** Findings other than orphans (the shared fixture images are not all used by every test). */
    private static List<String> where(ValidationResult r) {
        return SiteFixture.where(r).stream().filter(w -> !w.endsWith("IMG006")).toList();
    }

    @Test
    void trailingSlashPermalinkBreaksEditorPath() {
        ValidationResult r = run(site().page(
                        "docs/gpt/ai.md",
                        "title: AI\npermalink: /docs/gpt/ai/",
                        "# AI\n\nText ![shot](../../pics/a.png) more\n"));
        List<Finding> f = of(r, "IMG001");
        assertThat(where(r)).containsExactly("docs/gpt/ai.md:7:14 IMG001");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).message()).contains("/docs/pics/a.png").contains("resolves only from the source file");
        assertThat(f.get(0).hint())
                .contains("ends with '/'")
                .contains("1 folder deeper")
                .contains("'../../../pics/a.png'");
    }

    @Test
    void rightDepthIsSilentButPreviewBrokenWarns() {
        ValidationResult r = run(
                site().page("docs/gpt/ai.md", "title: AI\npermalink: /docs/gpt/ai/", "![shot](../../../pics/a.png)\n"));
        assertThat(where(r)).containsExactly("docs/gpt/ai.md:5:9 IMG004");
        assertThat(of(r, "IMG004").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aCollectionServesItsImagesAtItsUrlNotAtTheirSourcePath() {
        // collections_dir, a collection with permalink /:path/: guides/_ew/aai/boss/map.png is written to
        // /aai/boss/map.png (platform-golden/collection-static-files records the same without collections_dir)
        ValidationResult r = run(SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "collections_dir: guides\ncollections:\n  ew:\n    output: true\n    permalink: /:path/\n")
                .file("guides/_ew/aai/boss/map.png", "x")
                .page(
                        "guides/_ew/aai/boss.md",
                        "title: Boss",
                        "![root](/aai/boss/map.png)\n\n![from the page URL](map.png)\n\n"
                                + "![source path](/guides/_ew/aai/boss/map.png)\n"));
        // near-misses: the source path is not served; 'map.png' works on the site (page URL /aai/boss/) but not
        // from the source file guides/_ew/aai/boss.md, so editors show it broken
        assertThat(where(r))
                .containsExactly("guides/_ew/aai/boss.md:6:22 IMG004", "guides/_ew/aai/boss.md:8:16 IMG001");
    }

    /**
     * As on a real site (ophenix-maisonneuve/420-950-ma-site-web): '_notes/sdlc/owasp-samm.md' is served at
     * /notes/owasp-samm by its collection's 'permalink: /:collection/:name', so '../assets/…' works on the site but
     * not from the source file. The hint names the collection's permalink, not the site style ('date'), as what
     * makes the URL. Near-miss: a document of a collection without a permalink of its own is explained by the site
     * style.
     */
    @Test
    void theDepthHintNamesTheCollectionPermalinkThatMakesTheUrl() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "collections:\n  notes:\n    output: true\n    permalink: /:collection/:name\n"
                                + "  labs:\n    output: true\n")
                .file("assets/images/samm.png", "x")
                .page("_notes/sdlc/owasp-samm.md", "title: SAMM", "![diagram](../assets/images/samm.png)\n")
                .page("_labs/a/b/lab.md", "title: Lab", "![diagram](../../../../assets/images/samm.png)\n"));
        assertThat(where(r)).containsExactly("_labs/a/b/lab.md:4:12 IMG004", "_notes/sdlc/owasp-samm.md:4:12 IMG004");
        assertThat(of(r, "IMG004").get(1).hint())
                .contains("served at /notes/owasp-samm")
                .contains("the permalink '/:collection/:name' of the collection 'notes' in _config.yml")
                .doesNotContain("site permalink style");
        assertThat(of(r, "IMG004").get(0).hint()).contains("the site permalink style 'date'");
    }

    @Test
    void rootRelativeUnderBaseurlIs404() {
        ValidationResult r = run(site().file("_config.yml", "baseurl: /kb\n")
                .page(
                        "index.md",
                        "title: Home",
                        "![logo](/pics/a.png)\n![b]({{ site.baseurl }}/pics/a.png)\n![c]({{ \"/pics/a.png\" | relative_url }})\n"
                                + "![d]({% link pics/a.png %})\n"));
        assertThat(where(r)).containsExactly("index.md:4:9 IMG001");
        assertThat(of(r, "IMG001").get(0).hint())
                .contains("{{ site.baseurl }}/pics/a.png")
                .contains("relative_url");
    }

    @Test
    void caseMismatchNamesRealFile() {
        ValidationResult r = run(site().page("a.md", "title: A", "![x](pics/image-2.png)\n"));
        assertThat(where(r)).containsExactly("a.md:4:6 IMG002");
        assertThat(of(r, "IMG002").get(0).hint()).contains("pics/Image-2.png");
    }

    /** A browser stops '..' at the host root (platform golden url-details): only a baseurl can be climbed out of. */
    @Test
    void climbingAboveTheHostRootStopsThereAboveTheBaseurlIsOutside() {
        ValidationResult r = run(site().page("a.md", "title: A", "![x](../pics/a.png)\n"));
        assertThat(where(r))
                .as("the site shows it; only the source file misses it")
                .containsExactly("a.md:4:6 IMG004");
        ValidationResult kb =
                run(site().file("_config.yml", "baseurl: /kb\n").page("a.md", "title: A", "![x](../pics/a.png)\n"));
        assertThat(where(kb)).containsExactly("a.md:4:6 IMG003");
    }

    @Test
    void altMissingAndDecorative() {
        ValidationResult r = run(site().page(
                        "a.md",
                        "title: A",
                        "![](pics/a.png)\n<img src=\"pics/a.png\">\n<img src=\"pics/a.png\" alt=\"\">\n"));
        assertThat(where(r)).containsExactly("a.md:4:5 IMG005", "a.md:5:11 IMG005");
    }

    @Test
    void altIsFileNameAndPortability() {
        ValidationResult r = run(site().page(
                        "a.md",
                        "title: A",
                        "![Image-2](pics/Image-2.png)\n![ok](pics/my image.png)\n![ok](pics/my%20image.png)\n"));
        assertThat(where(r)).containsExactly("a.md:4:12 IMG009", "a.md:5:7 IMG008");
        assertThat(of(r, "IMG008").get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void liquidThatCannotBeEvaluated() {
        ValidationResult r = run(site().page("a.md", "title: A", "![x]({{ page.pic }})\n"));
        assertThat(where(r)).containsExactly("a.md:4:6 IMG007");
    }

    @Test
    void theHintForLiquidInAnImagePathFollowsTheJekyllThatBuildsTheSite() {
        // a tag Liquid cannot parse (LIQ001) leaves the page unrendered and the image path unevaluated
        String body = "{% if %}\n\n![x]({{ page.pic }})\n";
        assertThat(SiteFixture.only(run(site().page("a.md", "title: A", body)), ImageRules.IMG007)
                        .hint())
                .contains("absolute_url or {% link path %}");
        // Jekyll 3's {% link %} leaves the baseurl out: alone it would break the image on a project site
        assertThat(SiteFixture.only(
                                run(site().file("Gemfile", "gem \"github-pages\"\n")
                                        .page("a.md", "title: A", body)),
                                ImageRules.IMG007)
                        .hint())
                .contains("absolute_url or {{ site.baseurl }}{% link path %}");
    }

    @Test
    void liquidLoopVariableIsDataNotAPathToCheck() {
        // one image per item of site data: there is no single static path the writer could fix
        String body = "{% for member in site.data.team %}\n"
                + "<img src=\"{{ member.photo }}\" alt=\"{{ member.name }}\">\n{% endfor %}\n\n![x]({{ page.pic }})\n";
        ValidationResult r = run(site().page("a.md", "title: A", body));
        assertThat(where(r)).containsExactly("a.md:8:6 IMG007");
    }

    @Test
    void orphansCountLayoutsConfigAndStyles() {
        ValidationResult r = run(site().file("_config.yml", "logo: /assets/logo.png\n")
                .file("assets/logo.png", "x")
                .file("assets/bg.png", "x")
                .file("assets/unused.png", "x")
                .file("_sass/custom.scss", ".x { background: url(\"../bg.png\"); }")
                .file("_layouts/default.html", "<img src=\"{{ '/pics/Image-2.png' | relative_url }}\">")
                .page("a.md", "title: A", "![shot](pics/a.png) ![shot](<pics/my%20image.png>)\n"));
        assertThat(SiteFixture.where(r)).containsExactly("assets/unused.png:0:0 IMG006");
    }

    /** A layout that cannot be read may show any image: no orphan is claimed, and a notice says why. */
    @Test
    void noOrphanWhenALayoutCannotBeRead() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(
                        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews())
                .contains("posix");
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("user.name"))
                .as("root reads anything")
                .isNotEqualTo("root");
        SiteFixture s = site().file("assets/logo.png", "x")
                .file("_layouts/default.html", "<img src=\"/assets/logo.png\">")
                .page("a.md", "title: A", "Text\n");
        Path layout = dir.resolve("_layouts/default.html");
        java.nio.file.Files.setPosixFilePermissions(layout, java.util.Set.of());
        try {
            ValidationResult r = run(s);
            assertThat(SiteFixture.where(r)).noneMatch(w -> w.endsWith("IMG006"));
            assertThat(r.notices()).anyMatch(n -> n.contains("no image is reported unreferenced"));
        } finally {
            java.nio.file.Files.setPosixFilePermissions(
                    layout, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        // near-miss: readable again, the unreferenced image is reported
        java.nio.file.Files.writeString(layout, "<p>no image</p>");
        assertThat(SiteFixture.where(run(s))).contains("assets/logo.png:0:0 IMG006");
    }

    /**
     * The baseline (and a report.json) list findings whose messages name images; nothing shows those images, so
     * they stay orphans, whatever the file is called. A JSON data file naming an image still counts.
     */
    @Test
    void theBaselineAndReportsOfThePluginAreNoReferences() throws Exception {
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .file("pics/old.png", "x")
                .file("pics/data.png", "x")
                .file("assets/gallery.json", "{\"images\": [\"/pics/data.png\"]}\n")
                .page("a.md", "title: A", "Text\n");
        ValidationResult first = run(s);
        assertThat(SiteFixture.where(first)).containsExactly("pics/old.png:0:0 IMG006");
        io.github.faqkit.report.Baseline.of(first).write(dir.resolve("faq-baseline.json"));
        java.nio.file.Files.createDirectories(dir.resolve("config"));
        io.github.faqkit.report.Baseline.of(first).write(dir.resolve("config/accepted.json"));
        assertThat(java.nio.file.Files.readString(dir.resolve("faq-baseline.json")))
                .contains("pics/old.png");
        java.nio.file.Files.createDirectories(dir.resolve("reports"));
        new io.github.faqkit.report.JsonReportWriter().write(first, dir.resolve("reports/report.json"));
        assertThat(SiteFixture.where(run(s))).containsExactly("pics/old.png:0:0 IMG006");
    }

    /**
     * A real site's reveal.js slides (a static .html file) show {@code data-background-image="1D lattice.svg"}:
     * a file name with a space, quoted, is a reference; so is its percent-encoded form. A file whose name only
     * ends like a named one, or that sits in another folder, stays an orphan.
     */
    /**
     * As on a real site (JabRef's developer docs): screenshots sit inside the block tag of a plugin that cannot
     * run here ({@code {% figure %}…{% endfigure %}}, jekyll-figure renders its body). What the tag makes of them is
     * unknown, so they are not orphans; an image no page names at all still is, and so is one named only by a
     * page whose output is fully known.
     */
    @Test
    void imagesInsideAPluginsBlockTagAreNoOrphans() {
        SiteFixture s = SiteFixture.in(dir)
                .file("docs/shot.png", "x")
                .file("docs/other.png", "x")
                .file("docs/unused.png", "x")
                .page(
                        "docs/a.md",
                        "title: A",
                        "{% figure caption:\"Start\" %}\n![Start window](shot.png)\n{% endfigure %}\n")
                .page("docs/b.md", "title: B", "Text `other.png` in code.\n");
        assertThat(SiteFixture.where(run(s)))
                .filteredOn(w -> w.endsWith("IMG006"))
                .containsExactlyInAnyOrder("docs/other.png:0:0 IMG006", "docs/unused.png:0:0 IMG006");
    }

    /**
     * As on a real site (hyperledger/toc): each year's folder links 'emoticons -> ../emoticons'. One file is
     * published under every year; a page of 2022 showing 'emoticons/sad.svg' uses it under all of them, and an
     * icon no page shows is reported once, at the file itself (deleting a path through the link is no fix).
     */
    @Test
    void imagesOfALinkedFolderAreOneFile() throws Exception {
        SiteFixture s = SiteFixture.in(dir)
                .file("reports/emoticons/sad.svg", "x")
                .file("reports/emoticons/wink.svg", "x")
                .page("reports/2022/q4.md", "title: Q4", "![a sad face](emoticons/sad.svg)\n");
        java.nio.file.Files.createDirectories(dir.resolve("reports/2021"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("reports/2022/emoticons"), Path.of("../emoticons"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("reports/2021/emoticons"), Path.of("../emoticons"));
        assertThat(SiteFixture.where(run(s))).containsExactly("reports/emoticons/wink.svg:0:0 IMG006");
    }

    /**
     * As on a real site (Digitale-Waermewende): a page embeds a clickable SVG with
     * {@code <object data="{{ '/assets/images/x.svg' | relative_url }}">}; {@code <embed src>} embeds the same way.
     * The browser loads the file: it is no orphan. Near-misses: an SVG nothing embeds is still one, and an
     * {@code <object>} whose file is missing is a broken link.
     */
    @Test
    void anObjectOrEmbedUsesTheFileItLoads() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("_config.yml", "baseurl: /kb\n")
                .file("assets/images/diagram.svg", "<svg/>")
                .file("assets/images/plan.svg", "<svg/>")
                .file("assets/images/unused.svg", "<svg/>")
                .page(
                        "docs/svg.md",
                        "title: SVG",
                        "<object data=\"{{ '/assets/images/diagram.svg' | relative_url }}\" type=\"image/svg+xml\">\n"
                                + "</object>\n\n<embed src=\"../assets/images/plan.svg\">\n\n"
                                + "<object data=\"../assets/images/gone.svg\"></object>\n"));
        assertThat(SiteFixture.where(r))
                .containsExactly("assets/images/unused.svg:0:0 IMG006", "docs/svg.md:9:15 LNK001");
    }

    @Test
    void orphansCountQuotedNamesWithSpacesAndPercentEncodedNames() {
        ValidationResult r = run(site().file("slides/1D lattice.svg", "x")
                .file("slides/2D lattice.svg", "x")
                .file("slides/my shot.png", "x")
                .file("slides/other/3D lattice.svg", "x")
                .file("slides/old lattice.svg", "x")
                .file(
                        "slides/deck.html",
                        "<!doctype html>\n<section data-background-image=\"1D lattice.svg\" data-x='y'>\n"
                                + "<section data-background-image='2D lattice.svg#top'>\n"
                                + "<img src=\"my%20shot.png?v=2\" alt=\"the old lattice.svg\">\n"
                                + "<p>3D lattice.svg</p>\n")
                .page("a.md", "title: A", "Text\n"));
        assertThat(SiteFixture.where(r))
                .filteredOn(w -> w.startsWith("slides/"))
                .containsExactlyInAnyOrder(
                        "slides/other/3D lattice.svg:0:0 IMG006", "slides/old lattice.svg:0:0 IMG006");
    }

    /**
     * A page's own CSS shows images too: {@code style="background-image: url('…')"} and a {@code <style>} element
     * resolve against the page, like {@code <img src>}. Such images are no orphans; a missing one is IMG001. A font,
     * a {@code data:} URL and an SVG filter ({@code url(#f)}) are not images of the site.
     */
    @Test
    void imagesOfAPagesInlineCssAreReferences() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("pics/hero.jpg", "x")
                .file("pics/banner.png", "x")
                .file("pics/unused.png", "x")
                .page(
                        "docs/p.md",
                        "title: P",
                        "<div class=\"hero\" style=\"background-image: url('../pics/hero.jpg')\">Hi</div>\n\n"
                                + "<style>\n.banner { background: url(\"/pics/banner.png\"); }\n"
                                + ".x { background: url(/pics/gone.png), url(data:image/png;base64,AAAA); "
                                + "filter: url(#f); }\n@font-face { src: url(/fonts/a.woff2); }\n</style>\n"));
        assertThat(SiteFixture.where(r)).containsExactly("docs/p.md:8:22 IMG001", "pics/unused.png:0:0 IMG006");
    }

    /**
     * The picture a video shows before it plays ({@code <video poster>}) is an image of the page: no orphan when it
     * exists, IMG001 when it does not; alt text is no concern of a poster.
     */
    @Test
    void aVideoPosterIsAnImageOfThePage() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("pics/thumb.png", "x")
                .file("pics/unused.png", "x")
                .file("media/clip.mp4", "x")
                .page(
                        "docs/p.md",
                        "title: P",
                        "<video controls poster=\"/pics/thumb.png\">\n  <source src=\"/media/clip.mp4\" type=\"video/mp4\">\n"
                                + "</video>\n\n<video poster=\"/pics/gone.png\" src=\"/media/clip.mp4\"></video>\n"));
        assertThat(SiteFixture.where(r)).containsExactly("docs/p.md:8:16 IMG001", "pics/unused.png:0:0 IMG006");
    }

    /**
     * The files of {@code <video src>}, {@code <audio src>}, a media element's {@code <source src>}, {@code <track src>}
     * and {@code <iframe src>} are loaded by the browser like a link's target: a missing one is LNK001, and an image
     * shown only through a frame is no orphan. A {@code <picture>}'s {@code <source srcset>} stays an image of the
     * page. Near-misses: files that exist, a video on another host, an image nothing shows.
     */
    @Test
    void mediaAndFramesLoadTheFilesTheyName() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("media/clip.mp4", "x")
                .file("media/talk.mp3", "x")
                .file("media/talk.vtt", "x")
                .file("pics/wide.webp", "x")
                .file("pics/diagram.png", "x")
                .file("pics/unused.png", "x")
                .file("demo/index.html", "<p>demo</p>")
                .page(
                        "docs/p.md",
                        "title: P",
                        "<video controls>\n  <source src=\"/media/clip.mp4\" type=\"video/mp4\">\n"
                                + "  <track src=\"/media/talk.vtt\" kind=\"captions\">\n</video>\n\n"
                                + "<audio src=\"../media/talk.mp3\"></audio>\n\n"
                                + "<picture><source srcset=\"/pics/wide.webp\"><img src=\"/pics/gone.png\" alt=\"x\">"
                                + "</picture>\n\n"
                                + "<iframe src=\"/demo/\"></iframe>\n\n<iframe src=\"/pics/diagram.png\"></iframe>\n\n"
                                + "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n\n"
                                + "<video src=\"/media/gone.mp4\"></video>\n\n<audio><source src=\"gone.ogg\"></audio>\n\n"
                                + "<iframe src=\"/demo/missing.html\"></iframe>\n"));
        assertThat(SiteFixture.where(r))
                .containsExactly(
                        "docs/p.md:11:53 IMG001",
                        "docs/p.md:19:13 LNK001",
                        "docs/p.md:21:21 LNK001",
                        "docs/p.md:23:14 LNK001",
                        "pics/unused.png:0:0 IMG006");
    }

    /**
     * As on a real site (ESIPFed/data-help-desk): an address that wraps onto the next line keeps its line break in
     * kramdown's output, and the browser drops it (URL Standard). The image whose address is whole without it shows;
     * one that is missing either way is still reported.
     */
    @Test
    void aLineBreakInsideAnImageAddressIsDroppedByTheBrowser() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("pics/a.png", "x")
                .page("docs/p.md", "title: P", "Shot ![one](/pics/a\n.png) and ![two](/pics/b\n.png)\n"));
        assertThat(SiteFixture.where(r)).containsExactly("docs/p.md:5:18 IMG001");
        assertThat(of(r, "IMG001").get(0).message())
                .as("one line, the break shown where the page has it")
                .contains("no image at /pics/b.png")
                .contains("'/pics/b\u23CE.png'")
                .doesNotContain("\n");
    }

    /**
     * As on a real site (wmpjrufg/FEA0063): pages written on Windows give {@code <img src="assets\\images\\a.png">}.
     * Jekyll keeps the backslashes, and the browser reads each as '/' in an http(s) URL: the image shows and is no
     * orphan. Near-misses: a backslash path to a missing file, and one that differs in letter case, are still
     * reported; a path on the writer's disk ({@code C:\\…}) still is too.
     */
    @Test
    void backslashesInAnImagePathAreSlashesToTheBrowser() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("assets/images/aula_01/fig_01.png", "x")
                .file("assets/images/aula_01/Fig_02.png", "x")
                .page(
                        "docs/aula.md",
                        "title: Aula",
                        "<img src=\"..\\assets\\images\\aula_01\\fig_01.png\" alt=\"one\">\n\n"
                                + "![two](..\\assets\\images\\aula_01\\fig_02.png)\n\n"
                                + "![three](..\\assets\\images\\aula_01\\fig_03.png)\n\n"
                                + "![four](C:\\Users\\me\\four.png)\n"));
        assertThat(SiteFixture.where(r))
                .containsExactly("docs/aula.md:6:8 IMG002", "docs/aula.md:8:10 IMG001", "docs/aula.md:10:9 IMG001");
        assertThat(of(r, "IMG001").get(0).message()).contains("no image at /assets/images/aula_01/fig_03.png");
        assertThat(of(r, "IMG001").get(1).message()).contains("a path on the writer's computer");
    }

    /**
     * A copied WordPress page names its featured image only in a script's JSON, with its slashes escaped
     * ({@code "\/wp-content\/uploads\/a.jpg"}): that is a reference. Another image of the folder stays an orphan.
     */
    @Test
    void orphansCountImagesNamedInJsonWithEscapedSlashes() {
        ValidationResult r = run(site().file("wp-content/uploads/featured-1024x576.jpg", "x")
                .file("wp-content/uploads/featured-300x169.jpg", "x")
                .file(
                        "features/grpc/index.html",
                        "<!DOCTYPE html>\n<script>var d = {\"post\":{\"featuredImage\":"
                                + "\"\\/wp-content\\/uploads\\/featured-1024x576.jpg\"}};</script>\n")
                .page("a.md", "title: A", "Text\n"));
        assertThat(SiteFixture.where(r))
                .filteredOn(w -> w.startsWith("wp-content/"))
                .containsExactly("wp-content/uploads/featured-300x169.jpg:0:0 IMG006");
    }

    /**
     * As on a real site (PREDICT-EPFL/piqp): a page embeds a notebook of assets/ with a plugin's tag, and the
     * notebook's Markdown cells show figures kept next to it. A published notebook names its images; one in an
     * excluded folder (near-miss) publishes nothing, and an image no file names stays an orphan.
     */
    @Test
    void orphansCountImagesThatAPublishedNotebookShows() {
        ValidationResult r = run(site().file("_config.yml", "exclude: [drafts/]\n")
                .file(
                        "assets/mpc.ipynb",
                        "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": [\"![masses](masses.svg)\\n\"]}]}\n")
                .file("assets/masses.svg", "x")
                .file("drafts/old.ipynb", "{\"cells\": [{\"source\": [\"![kkt](../assets/kkt.svg)\"]}]}\n")
                .file("assets/kkt.svg", "x")
                .file("assets/unused.svg", "x")
                .page("index.md", "title: Home", "Text\n"));
        assertThat(SiteFixture.where(r))
                .filteredOn(w -> w.startsWith("assets/"))
                .containsExactlyInAnyOrder("assets/kkt.svg:0:0 IMG006", "assets/unused.svg:0:0 IMG006");
    }

    /**
     * A real project keeps its site in {@code docs/} and its repository README shows the logo from
     * {@code docs/assets/brand/}: deleting that "orphan" would break the README on GitHub. Paths count from each
     * file's folder or, with a leading '/', from the repository root. An image that no file names, one named only
     * by a path outside the site folder, and names in files of skipped folders (node_modules) stay orphans; without
     * a repository around the site nothing outside it is read.
     */
    @Test
    void orphansCountImagesTheRepositorysOwnMarkdownShows() throws Exception {
        Path repo = dir.resolve("repo");
        java.nio.file.Files.createDirectories(repo.resolve(".git"));
        java.nio.file.Files.createDirectories(repo.resolve("specs/ui"));
        java.nio.file.Files.createDirectories(repo.resolve("node_modules/pkg"));
        java.nio.file.Files.writeString(
                repo.resolve("README.md"),
                "<picture>\n  <source srcset=\"docs/assets/brand/logo-dark.svg\">\n"
                        + "  <img alt=\"logo\" src=\"docs/assets/brand/logo-ink.svg\">\n</picture>\n\n"
                        + "![shot](/docs/assets/shots/main%20window.png) ![elsewhere](assets/brand/logo-white.svg)\n");
        java.nio.file.Files.writeString(repo.resolve("specs/ui/plan.md"), "![gui](../../docs/assets/shots/gui.png)\n");
        java.nio.file.Files.writeString(
                repo.resolve("node_modules/pkg/README.md"), "![x](../../docs/assets/brand/logo-light.svg)\n");
        // another Jekyll site of the repository: its pages are its own, and its folder is not walked
        java.nio.file.Files.createDirectories(repo.resolve("blog"));
        java.nio.file.Files.writeString(repo.resolve("blog/_config.yml"), "title: Blog\n");
        java.nio.file.Files.writeString(repo.resolve("blog/post.md"), "![x](../docs/assets/brand/logo-light.svg)\n");
        SiteFixture s = SiteFixture.in(repo.resolve("docs"))
                .file("assets/brand/logo-dark.svg", "x")
                .file("assets/brand/logo-ink.svg", "x")
                .file("assets/brand/logo-white.svg", "x")
                .file("assets/brand/logo-light.svg", "x")
                .file("assets/shots/main window.png", "x")
                .file("assets/shots/gui.png", "x")
                .page("index.md", "title: Home", "Text\n");
        assertThat(SiteFixture.where(run(s)))
                .containsExactlyInAnyOrder(
                        "assets/brand/logo-white.svg:0:0 IMG006", "assets/brand/logo-light.svg:0:0 IMG006");
        java.nio.file.Files.delete(repo.resolve(".git"));
        assertThat(SiteFixture.where(run(s))).hasSize(6);
    }

    /**
     * A site at the repository root keeps its README out of the build ({@code exclude:}), and GitHub shows the README
     * with the site's screenshots (trial21: opentimeseries.github.io, {@code <img src="/assets/images/screenshots/
     * Datasets.png">}; PromptAI/promptdialog, {@code ./image/main.png}). Deleting those images breaks the README. A
     * published page is not read again as a repository file: an image only in its HTML comment stays an orphan, and
     * so does one no file names.
     */
    @Test
    void orphansCountImagesTheSitesExcludedReadmeShows() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve(".git"));
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yml", "exclude: [README.md]\n")
                .file(
                        "README.md",
                        "# Tool\n\n<img src=\"/assets/shots/Data Sets.png\" alt=\"Data\">\n\n![main](./image/main.png)\n")
                .file("assets/shots/Data Sets.png", "x")
                .file("image/main.png", "x")
                .file("assets/shots/old.png", "x")
                .file("assets/unused.png", "x")
                .page("index.md", "title: Home", "Text\n\n<!-- ![old](assets/shots/old.png) -->\n");
        assertThat(SiteFixture.where(run(s)))
                .filteredOn(w -> w.endsWith("IMG006"))
                .containsExactlyInAnyOrder("assets/shots/old.png:0:0 IMG006", "assets/unused.png:0:0 IMG006");
    }

    /**
     * Markdown without front matter that Jekyll publishes raw is read by whatever fetches it (reveal.js slides, a
     * repository viewer): its images are used. An image named only by an excluded file stays an orphan.
     */
    @Test
    void orphansCountImagesOfMarkdownPublishedRaw() {
        ValidationResult r = run(site().file(
                        "_config.yml",
                        "baseurl: /handbook\noptional_front_matter:\n  enabled: false\nexclude: [drafts/]\n")
                .file(
                        "slides/intro.md",
                        "# Intro\n\n![diagram](img/flow.png)\n\n"
                                + "<!-- .slide: data-background-image=\"/handbook/slides/img/bg.png\" -->\n")
                .file("slides/img/flow.png", "x")
                .file("slides/img/bg.png", "x")
                .file("drafts/old.md", "![old](/assets/old.png)\n")
                .file("assets/old.png", "x")
                .file("assets/unused.png", "x")
                .page("index.md", "title: Home", "Text\n"));
        assertThat(SiteFixture.where(r))
                .filteredOn(w -> w.startsWith("assets/") || w.startsWith("slides/"))
                .containsExactlyInAnyOrder("assets/old.png:0:0 IMG006", "assets/unused.png:0:0 IMG006");
    }

    /** Editors paste the image's path on the writer's disk; readers' browsers cannot load it. */
    @Test
    void anImagePathOnTheWritersComputerIsNotFound() {
        ValidationResult r = run(site().file("assets/x.png", "x")
                .page(
                        "a.md",
                        "title: A",
                        "![shot](D:\\Projects\\site\\assets\\images\\shot.png)\n\n"
                                + "<img src=\"file:///C:/Users/me/b.png\" alt=\"b\">\n\n"
                                + "![web](https://example.com/c.png) ![here](assets/x.png)\n"));
        assertThat(SiteFixture.of(r, "IMG001"))
                .extracting(f ->
                        f.line() + " " + f.message().substring(0, f.message().indexOf("' is")))
                .containsExactly("4 'D:\\Projects\\site\\assets\\images\\shot.png", "6 'file:///C:/Users/me/b.png");
    }

    /**
     * As on a real site (andre-ye/uni): a link to a {@code file:} URL or a drive path opens nothing for readers: LNK001.
     * Near-misses: a link to the web, a link to a page of the site, a word with a colon that is no drive.
     */
    @Test
    void aLinkToAFileOnTheWritersComputerIsNotFound() {
        ValidationResult r = run(site().page("b.md", "title: B", "B\n")
                .page(
                        "a.md",
                        "title: A",
                        "[notes](file:///C:/Users/me/notes.pdf) and [draft](C:\\Users\\me\\draft.docx)\n\n"
                                + "<a href=\"FILE:///home/me/x.html\">x</a>\n\n"
                                + "[web](https://example.com/c.pdf), [b](b.md), [mail](mailto:a@b.c), [c](c:d)\n"));
        assertThat(SiteFixture.of(r, "LNK001"))
                .extracting(f -> f.line() + ":" + f.column() + " " + f.hint())
                .containsExactly(
                        "4:9 put notes.pdf into the site and link to it relative to this page, or link to its "
                                + "address on the web",
                        "4:52 put draft.docx into the site and link to it relative to this page, or link to its "
                                + "address on the web",
                        "6:10 put x.html into the site and link to it relative to this page, or link to its address "
                                + "on the web");
    }

    /** An include or layout may have any extension ({@code {% include hello.markdown %}}): all of them count. */
    @Test
    void orphansCountIncludesWhateverTheirExtension() {
        ValidationResult r = run(site().file("assets/me.JPG", "x")
                .file("assets/in-layout.png", "x")
                .file("assets/unused.png", "x")
                .file("_includes/hello.markdown", "![me](/assets/me.JPG)\n")
                .file("_layouts/post.txt", "<img src=\"/assets/in-layout.png\" alt=\"x\">")
                .page("a.md", "title: A", "{% include hello.markdown %}\n"));
        assertThat(SiteFixture.where(r))
                .filteredOn(w -> w.startsWith("assets/"))
                .containsExactly("assets/unused.png:0:0 IMG006");
    }

    @Test
    void nearMissesStaySilent() {
        ValidationResult r = run(
                site().page(
                                "docs/a.md",
                                "title: A",
                                "![t](../pics/a.png \"title\")\n![r][ref]\n`![code](nowhere.png)`\n<!-- ![c](nowhere.png) -->\n"
                                        + "```\n![f](nowhere.png)\n```\n\n    ![i](nowhere.png)\n\n"
                                        + "![w](https://example.com/x.png) ![d](data:image/png;base64,AAAA)\n"
                                        + "![p](../pics/a.png?v=1#frag) ![n](<../pics/my%20image.png>)\n\n[ref]: ../pics/a.png\n"));
        assertThat(where(r)).isEmpty();
    }

    /**
     * A real site keeps copied HTML pages (no front matter) such as {@code contact-us/index.html} and links to
     * {@code /contact-us}: the host redirects to {@code /contact-us/} and serves the file, as it serves
     * {@code /pricing} from {@code pricing.html}. A folder without an index.html, or a name that only starts like
     * a served file, stays a 404.
     */
    @Test
    void linksReachCopiedHtmlFilesAsTheHostServesThem() {
        ValidationResult r = run(site().file("contact-us/index.html", "<!DOCTYPE html>\n<title>Contact</title>\n")
                .file("pricing.html", "<!DOCTYPE html>\n<title>Pricing</title>\n")
                .file("downloads/tool.zip", "x")
                .page(
                        "docs/a.md",
                        "title: A",
                        "[c](/contact-us) [c2](/contact-us/) [c3](../contact-us) [p](/pricing)\n\n"
                                + "[d](/downloads) [e](/contact) [f](/pricing/)\n"));
        assertThat(where(r)).containsExactly("docs/a.md:6:5 LNK001", "docs/a.md:6:21 LNK001", "docs/a.md:6:35 LNK001");
    }

    @Test
    void linksToPagesAndMarkdownFiles() {
        ValidationResult r = run(site().page(
                        "docs/a.md",
                        "title: A",
                        "[b](b.md) [b2](b.html) [b3](/docs/b) [x](missing.md) [y](nope.html)\n")
                .page("docs/b.md", "title: B", "[a](a.md) [home](../) [dir](/docs/)\n")
                .page("index.md", "title: H", "hi\n")
                .page("docs/index.md", "title: D", "hi\n"));
        assertThat(where(r)).containsExactly("docs/a.md:4:42 LNK001", "docs/a.md:4:58 LNK001");
    }

    /**
     * As on a real site: '[home](/index)' and '/docs/index' reach the index pages (whose URLs are '/' and
     * '/docs/'): the host answers '/index' with 'index.html'. A folder with no index page stays a 404, and so does
     * 'index' after a page name.
     */
    @Test
    void extensionlessIndexLinksReachTheFolderIndexPage() {
        ValidationResult r = run(site().page("index.md", "title: H", "hi\n")
                .page("docs/index.md", "title: D", "hi\n")
                .page(
                        "docs/a.md",
                        "title: A",
                        "[h](/index) [d](/docs/index) [r](index) [u](../index)\n\n"
                                + "[x](/guide/index) [y](/docs/a/index)\n"));
        assertThat(where(r)).containsExactly("docs/a.md:6:5 LNK001", "docs/a.md:6:23 LNK001");
    }

    /**
     * As on a real site (AdvancedSolverCluster/advancedsolvercluster.github.io): a collection with
     * {@code permalink: /:collection/:path} gives {@code _guide/slurm/index.md} the URL {@code /guide/slurm/index},
     * which Jekyll writes to {@code guide/slurm/index.html}; pages link to the folder, {@code /guide/slurm}, and the
     * host redirects that to {@code /guide/slurm/} and serves the file (the real build has no
     * {@code guide/slurm.html}). The same holds for a page whose permalink ends in {@code /index} or
     * {@code /index.html}. Near-misses: a page written to {@code guide/b.html} has no folder, so {@code /guide/b/}
     * stays a 404, and so do {@code /guide/slurm/index/} and a folder no page is written to.
     */
    @Test
    void folderLinksReachPagesWhoseUrlEndsInIndex() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("_config.yml", "collections:\n  guide:\n    output: true\n    permalink: /:collection/:path\n")
                .page("_guide/slurm/index.md", "title: Slurm", "hi\n")
                .page("_guide/b.md", "title: B", "hi\n")
                .page("tools/index.md", "title: Tools\npermalink: /tools/index.html", "hi\n")
                .page(
                        "_guide/a.md",
                        "title: A",
                        "[s](slurm) [s2](/guide/slurm/) [s3](slurm/index.html) [s4](slurm/index) [t](/tools) "
                                + "[t2](/tools/index)\n\n"
                                + "[x](/guide/b/) [y](slurm/index/) [z](/guide/none)\n"));
        assertThat(where(r))
                .containsExactly("_guide/a.md:6:5 LNK001", "_guide/a.md:6:20 LNK001", "_guide/a.md:6:38 LNK001");
    }

    /**
     * As on a real site (BU-CompLing/lx394-f26-syllabus, from the just-the-class template): README.md and index.md
     * both have {@code permalink: /:path/}, so both are written to index.html; Jekyll writes index.md last (pages in
     * name order), and README's links to deleted pages are on no page of the site. A document is written after
     * every page and replaces it (golden platform-golden/url-collision). Near-misses: the surviving page's broken
     * link is reported, and so are both pages of a pair whose order is not sure (one file name in two folders).
     */
    @Test
    void linksOfAPageAnotherPageWritesOverAreNotOnTheSite() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("_config.yml", "collections:\n  notes:\n    output: true\n")
                .page("README.md", "title: Readme\npermalink: /:path/", "[a](announcements.html)\n")
                .page("index.md", "title: Home\npermalink: /:path/", "[m](missing.html)\n")
                .page("zed.md", "title: Zed\npermalink: /same/", "[z](gone.html)\n")
                .page("_notes/alpha.md", "title: Note\npermalink: /same/", "[n](/nowhere/)\n")
                .page("a/x.md", "title: X\npermalink: /twin/", "[t](gone.html)\n")
                .page("b/x.md", "title: Y\npermalink: /twin/", "[u](gone.html)\n"));
        assertThat(where(r))
                .containsExactlyInAnyOrder(
                        "index.md:5:5 LNK001", "_notes/alpha.md:5:5 LNK001", "a/x.md:5:5 LNK001", "b/x.md:5:5 LNK001");
    }

    /**
     * As on a real site: a page moved under 'monocle/' keeps 'redirect_from: [/building-apps]', and other pages
     * still link to '/building-apps'. jekyll-redirect-from writes 'building-apps.html' there (measured with the
     * real plugin: url '/building-apps'), so the link works; '/building-apps/' has no page and stays a 404, and so
     * does every such link when the build does not run the plugin.
     */
    @Test
    void redirectFromPagesAreLinkTargetsWhereThePluginRuns() {
        SiteFixture s = site().page(
                        "monocle/building-apps.md",
                        "title: Building\nredirect_from:\n  - /building-apps\n  - old/guide/",
                        "# Building\n")
                .page("one.md", "title: One\nredirect_from: /first", "hi\n")
                .page(
                        "index.md",
                        "title: H",
                        "[b](/building-apps) [g](/old/guide/) [f](/first) [f2](first.html)\n\n[x](/building-apps/)\n");
        ValidationResult without = run(s);
        assertThat(where(without)).hasSize(5);
        ValidationResult with = run(s.file("_config.yml", "plugins:\n  - jekyll-redirect-from\n"));
        assertThat(where(with)).containsExactly("index.md:6:5 LNK001");
    }

    @Test
    void baseurlInFrontOfLinkTagIsExplainedAsDoubled() {
        // Jekyll 4's {% link %} applies relative_url itself; the Jekyll 3 idiom doubles the baseurl
        ValidationResult r = run(site().file("_config.yml", "baseurl: /kb\npermalink: pretty\n")
                .page(
                        "docs/a.md",
                        "title: A",
                        "[b]({{ site.baseurl }}{% link docs/b.md %}) [c]({% link docs/b.md %})\n")
                .page("docs/b.md", "title: B", "hi\n"));
        assertThat(where(r)).containsExactly("docs/a.md:4:5 LNK001");
        Finding f = of(r, "LNK001").get(0);
        assertThat(f.message()).contains("twice").contains("/kb/kb/docs/b/");
        assertThat(f.hint()).contains("remove '{{ site.baseurl }}'");
    }

    /**
     * Jekyll 3 (GitHub Pages' github-pages gem, or a Gemfile.lock that locks jekyll 3.x) returns the page URL from
     * {@code {% link %}} without the baseurl: there '{{ site.baseurl }}{% link … %}' is right, and a bare
     * {@code {% link %}} misses the baseurl (trial8: RobotComponents documentation, jekyll 3.8.6).
     */
    @Test
    void underJekyll3TheLinkTagGivesTheUrlWithoutTheBaseurl() {
        SiteFixture s = site().file("_config.yml", "baseurl: /kb\npermalink: pretty\n")
                .file("Gemfile", "source \"https://rubygems.org\"\ngem \"jekyll\"\n")
                .file("Gemfile.lock", "GEM\n  specs:\n    jekyll (3.8.6)\n      addressable (~> 2.4)\n")
                .page(
                        "docs/a.md",
                        "title: A",
                        "[b]({{ site.baseurl }}{% link docs/b.md %}) [c]({% link docs/b.md %})\n")
                .page("docs/b.md", "title: B", "hi\n");
        ValidationResult r = run(s);
        assertThat(where(r)).containsExactly("docs/a.md:4:49 LNK001");
        assertThat(of(r, "LNK001").get(0).message()).contains("baseurl '/kb'");
        // near-miss: the same pages locked to Jekyll 4 double the baseurl of the first link instead
        ValidationResult four =
                run(s.file("Gemfile.lock", "GEM\n  specs:\n    jekyll (4.3.2)\n      addressable (~> 2.4)\n"));
        assertThat(where(four)).containsExactly("docs/a.md:4:5 LNK001");
    }

    /**
     * As on a real site (ESIPFed/data-help-desk, github-pages gem, Jekyll 3.10): a page without front matter, which
     * jekyll-optional-front-matter renders, writes '{{ site.baseurl }}{% link … %}'. Its Liquid is read without
     * the page renderer, still with Jekyll 3's link tag: no baseurl twice. Near-miss: a Jekyll 4 build with that
     * plugin in its Gemfile does double it.
     */
    @Test
    void underJekyll3TheLinkTagOfAPageWithoutFrontMatterGivesNoBaseurl() {
        SiteFixture s = site().file("_config.yml", "baseurl: /kb\n")
                .file("docs/plain.md", "# Plain\n\nSee [b]({{ site.baseurl }}{% link docs/b.md %}).\n")
                .page("docs/b.md", "title: B", "hi\n");
        ValidationResult three = run(
                s.file("Gemfile", "source \"https://rubygems.org\"\ngem \"github-pages\", group: :jekyll_plugins\n"));
        assertThat(of(three, "LNK001")).isEmpty();
        ValidationResult four = run(s.file(
                        "Gemfile",
                        "source \"https://rubygems.org\"\ngem \"jekyll\"\n"
                                + "group :jekyll_plugins do\n  gem \"jekyll-optional-front-matter\"\nend\n")
                .file("Gemfile.lock", "GEM\n  specs:\n    jekyll (4.3.2)\n"));
        assertThat(of(four, "LNK001"))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("twice");
    }

    /**
     * A {@code {% link %}} to a file whose folders or name hold spaces: Jekyll takes the path as written, so the
     * build finds it (trial8: RobotComponents documentation, 'docs/Code Generation/…').
     */
    @Test
    void linkTagPathWithSpacesNamesTheFile() {
        SiteFixture s = site().file("_config.yml", "permalink: pretty\n")
                .page("docs/Code Generation/Joint Target.md", "title: J", "hi\n")
                .page("docs/a.md", "title: A", "[j]({% link docs/Code Generation/Joint Target.md %})\n");
        ValidationResult r = s.validate(io.github.faqkit.rules.RuleCatalog.all(), x -> x);
        assertThat(SiteFixture.where(r)).noneMatch(w -> w.endsWith("LIQ002") || w.endsWith("LNK001"));
        // near-miss: a file that does not exist, spaces or not, stops the build
        ValidationResult missing = s.page(
                        "docs/a.md", "title: A", "[j]({% link docs/Code Generation/Joint Tar.md %})\n")
                .validate(io.github.faqkit.rules.RuleCatalog.all(), x -> x);
        assertThat(SiteFixture.where(missing)).contains("docs/a.md:4:5 LIQ002");
    }

    /**
     * A {@code {% link %}} path with a '+' or '&' ('2021-02-04 - HTTP + REST.pdf'): Jekyll takes the markup as
     * written and builds the page (trial22: neu-se/CS4530-CS5500-Spring-2021, where Liqp's lexer refused the '+'
     * and the page was reported as stopping the build); link-golden records the URL.
     */
    @Test
    void linkTagPathWithPlusOrAmpersandNamesTheFile() {
        SiteFixture s = site().file("Slides/2021-02-04 - HTTP + REST.pdf", "x")
                .file("Slides/Q&A.pdf", "x")
                .page(
                        "a.md",
                        "title: A",
                        "[p]({{ site.baseurl }}{% link Slides/2021-02-04 - HTTP + REST.pdf %}) "
                                + "[q]({% link /Slides/Q&A.pdf %})\n");
        ValidationResult r = s.validate(io.github.faqkit.rules.RuleCatalog.all(), x -> x);
        assertThat(SiteFixture.where(r)).noneMatch(w -> w.matches(".*(LIQ00[12]|LNK001)"));
        // near-miss: the same path to a file the site lacks stops the build
        ValidationResult missing = s.page("a.md", "title: A", "[p]({% link Slides/2021-02-04 - HTTP + RES.pdf %})\n")
                .validate(io.github.faqkit.rules.RuleCatalog.all(), x -> x);
        assertThat(SiteFixture.where(missing)).contains("a.md:4:5 LIQ002");
    }

    /**
     * The folders and names of a {@code {% link %}} path with spaces are looked up among the files the build reads
     * (Jekyll's link tag searches the site's pages, documents and static files): a static file with spaces is
     * found, one in a folder {@code exclude:} leaves out is not, though it is on disk.
     */
    @Test
    void linkTagPathWithSpacesIsLookedUpAmongTheSiteFilesNotOnDisk() {
        SiteFixture s = site().file("_config.yml", "exclude:\n  - \"docs/Old Notes\"\n")
                .file("docs/Hand Outs/sheet one.pdf", "x")
                .file("docs/Old Notes/draft two.pdf", "x")
                .page("docs/a.md", "title: A", "[s]({% link docs/Hand Outs/sheet one.pdf %})\n");
        ValidationResult found = s.validate(io.github.faqkit.rules.RuleCatalog.all(), x -> x);
        assertThat(SiteFixture.where(found)).noneMatch(w -> w.endsWith("LIQ002") || w.endsWith("LNK001"));
        ValidationResult excluded = s.page("docs/a.md", "title: A", "[d]({% link docs/Old Notes/draft two.pdf %})\n")
                .validate(io.github.faqkit.rules.RuleCatalog.all(), x -> x);
        assertThat(SiteFixture.where(excluded)).contains("docs/a.md:4:5 LIQ002");
    }

    /**
     * A JSON or JavaScript file names an image inside an escaped string ("<img src=\"/kb/x.png\">"): the
     * backslash before the closing quote ends the path (trial8: CSUN-Econ-310, problem sets as JSON).
     */
    @Test
    void imagesNamedInEscapedJsonStringsAreUsed() {
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yml", "baseurl: /kb\n")
                .file("assets/g/used.png", "x")
                .file("assets/g/other.png", "x")
                .file(
                        "assets/data/set.json",
                        "[{\"setup\": \"<p>\\n<img src=\\\"/kb/assets/g/used.png\\\">\\n</p>\"}]\n")
                .page("a.md", "title: A", "Text\n");
        assertThat(SiteFixture.where(run(s))).containsExactly("assets/g/other.png:0:0 IMG006");
    }

    /**
     * A staffer's front matter names the photo as a root-relative URL with the baseurl ({@code photo:
     * /sp22/assets/images/jys.jpg}), which the course template's staff page shows as it is (trial21: PKU-OS/sp22,
     * built with Jekyll: the staff page has the three photos). A value without the baseurl, or under another
     * prefix, names no file of this site: that image stays unused.
     */
    @Test
    void frontMatterImageWrittenWithTheBaseurlIsUsed() {
        SiteFixture s = SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "baseurl: /sp22\ncollections:\n  staffers:\n"
                                + "defaults:\n  - scope: {path: '', type: staffers}\n    values: {layout: staffer}\n")
                .file("_layouts/staffer.html", "<img src=\"{{ page.photo }}\" alt=\"{{ page.name }}\">")
                .file("_staffers/jys.md", "---\nname: Jys\nphoto: /sp22/assets/images/jys.jpg\n---\n")
                .file("_staffers/lee.md", "---\nname: Lee\nphoto: /sp21/assets/images/lee.jpg\n---\n")
                .file("assets/images/jys.jpg", "x")
                .file("assets/images/lee.jpg", "x")
                .file("assets/images/unused.jpg", "x")
                .page("staff.md", "title: Staff", "{% for s in site.staffers %}{{ s }}{% endfor %}\n");
        assertThat(SiteFixture.where(run(s)))
                .filteredOn(w -> w.endsWith("IMG006"))
                .containsExactlyInAnyOrder("assets/images/lee.jpg:0:0 IMG006", "assets/images/unused.jpg:0:0 IMG006");
    }

    @Test
    void fragmentLinksAgainstExplicitIdsAndHtmlAnchors() {
        ValidationResult r = run(site().page(
                        "a.md",
                        "title: A",
                        "[x](#here) [y](#nowhere) [z](b.md#sec) [w](b.html#gone)\n" + "<a id=\"here\"></a>\n")
                .page("b.md", "title: B", "<h2 id=\"sec\">S</h2>\n"));
        assertThat(where(r)).containsExactly("a.md:4:16 HDR003", "a.md:4:44 HDR003");
    }

    /**
     * The site's own layout writes {@code <h1 id="comments">} below the body of pages with {@code comments: true}
     * (trial21: SageofPHY6Paths/hinduismdebunked.com, 16 pages link to {@code #comments}; the built pages have the
     * id). A page on a layout that writes no such id, a misspelt fragment and an id only in a {@code data-id}
     * attribute stay reported.
     */
    @Test
    void fragmentWrittenByTheSitesOwnLayoutIsFound() {
        ValidationResult r = run(site().file(
                        "_layouts/default.html",
                        "<main>{{ content }}</main>\n{%- if page.comments -%}\n<h1 id=\"comments\"> Comments </h1>\n"
                                + "<div data-id=\"box\"></div>\n{%- endif -%}\n")
                .file("_layouts/post.html", "---\nlayout: default\n---\n<article>{{ content }}</article>\n")
                .file("_layouts/bare.html", "<main>{{ content }}</main>\n")
                .page("a.md", "title: A\nlayout: default\ncomments: true", "[c](#comments)\n")
                .page("b.md", "title: B\nlayout: post\ncomments: true", "[c](#comments) [x](#comment) [y](#box)\n")
                .page("c.md", "title: C\nlayout: bare", "[c](#comments) [a](a.md#comments)\n"));
        assertThat(where(r)).containsExactly("b.md:6:20 HDR003", "b.md:6:34 HDR003", "c.md:5:5 HDR003");
    }

    /**
     * PennController/penncontroller.github.io (trial31): an include shows a code sample in raw HTML and renders it in
     * a {@code <div markdown="1">}; a sample with a typo ({@code <code>} for {@code </code>}) leaves a tag open in
     * that Markdown body. kramdown ends it with the paragraph, so the raw element closes and the headings after it
     * keep their ids (the built page has them). The same open tag directly in raw HTML keeps the element open to the
     * end of the page: the heading after that one is text, and a link to it stays reported.
     */
    @Test
    void anOpenTagInAMarkdownBodyInsideRawHtmlEndsWithItsParagraph() {
        ValidationResult r = run(site().file(
                        "_includes/example.html",
                        "<div class=\"example\">\n  <div class=\"output\" markdown=\"1\">\n  {{- include.code -}}\n"
                                + "  </div>\n</div>\n")
                .page("a.md", "title: A", "[x](b.md#after-the-example) [y](b.md#swallowed)\n")
                .page(
                        "b.md",
                        "title: B",
                        "{% capture code %}\nA sentence with <code>inline code <var>v</var><code>.\n{% endcapture %}\n"
                                + "{% include example.html code=code %}\n\n## After the example\n\n"
                                + "<div class=\"raw\">\n  A raw sentence with <code>code<code>.\n</div>\n\n"
                                + "## Swallowed\n"));
        assertThat(where(r)).containsExactly("a.md:4:33 HDR003");
    }

    @Test
    void fragmentOfAnHtmlPageIsUnknownAsItsBodyIsNotRead() {
        // terms.html writes its ids with an include ('<tr id="{{ include.name | slugify }}">'); the near miss,
        // a Markdown page without the id, is still a dead fragment
        ValidationResult r = run(site().page(
                        "a.md",
                        "title: A",
                        "[x](terms.html#central-processing-unit-cpu) [y](terms.html#plain-id) [z](b.html#gone)\n")
                .page("b.md", "title: B", "## Sec\n")
                .file("_includes/tr.html", "<tr id=\"{{ include.name | slugify }}\"><td>{{ include.name }}</td></tr>\n")
                .file(
                        "terms.html",
                        "---\ntitle: Terms\n---\n<table>{% include tr.html name=\"Central Processing Unit (CPU)\" %}"
                                + "</table>\n<p id=\"plain-id\">x</p>\n"));
        assertThat(where(r)).containsExactly("a.md:4:74 HDR003");
    }

    @Test
    void aHashRouteIsReadByThePagesScriptNotAHeadingId() {
        // make4all/just-the-class: reveal.js slides link '#/02_intro' to the deck's <section id="02_intro">; the
        // route is the script's, and kramdown writes no id with '/'. The near miss '#02_intro' is a dead anchor,
        // and an element that does carry the id '/x' is still matched
        ValidationResult r = run(site().page(
                        "a.md",
                        "title: A",
                        "[i](#/02_intro) [b](#!/home) [c](#02_intro) [d](#/x)\n<div id=\"/x\"></div>\n"));
        assertThat(where(r)).containsExactly("a.md:4:34 HDR003");
    }

    /**
     * jekyll-spaceship's media-processor replaces {@code ![](https://youtu.be/…)} with a YouTube player (golden
     * spaceship-golden): no image is left whose alt text could be missing. Seen on SmartSpin2K/SS2K-Documentation
     * (trial27). A picture beside it keeps its finding, and so does the video where the processor is off.
     */
    @Test
    void aVideoThatJekyllSpaceshipEmbedsNeedsNoAltText() {
        String gemfile = "source \"https://rubygems.org\"\ngem \"jekyll\"\ngem \"just-the-docs\"\n"
                + "group :jekyll_plugins do\n  gem 'jekyll-spaceship'\nend\n";
        String body = "![](https://www.youtube.com/watch?v=O8ZMRmwN-dY)\n\n![](pics/a.png)\n\n![](clip/demo.mp4)\n";
        ValidationResult on =
                run(site().file("Gemfile", gemfile).file("clip/demo.mp4", "x").page("p.md", "title: P", body));
        assertThat(of(on, "IMG005")).extracting(Finding::line).containsExactly(6);
        ValidationResult off = run(site().file("Gemfile", gemfile)
                .file(
                        "_config.yml",
                        "title: T\njekyll-spaceship:\n  processors: [table-processor, mathjax-processor]\n")
                .file("clip/demo.mp4", "x")
                .page("p.md", "title: P", body));
        assertThat(of(off, "IMG005")).extracting(Finding::line).containsExactly(4, 6, 8);
        ValidationResult without = run(site().file("clip/demo.mp4", "x").page("p.md", "title: P", body));
        assertThat(of(without, "IMG005")).as("no jekyll-spaceship").hasSize(3);
    }
}
