package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.RelativeLinks;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** LNK001: a link to a page or file of the site that does not exist. */
public final class LinkTargetNotFound extends Rule {
    public LinkTargetNotFound() {
        super(
                ImageRules.LNK001,
                "link-target-not-found",
                Severity.ERROR,
                "A link to another page or file of the site that does not exist.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Resolver resolver = Resolver.of(site);
        if (page.rendered()) {
            for (Reference ref : page.references()) {
                if (ref.kind() == Reference.Kind.LINK && !ref.liquid() && Refs.onWritersComputer(ref.target())) {
                    // another host to the resolver, and to every reader a file they do not have
                    out.report(
                            page,
                            ref.line(),
                            ref.column(),
                            "'" + ref.target() + "' is a file on the computer the page was written on: readers' "
                                    + "browsers open nothing there",
                            "put " + Refs.fileName(ref.target()) + " into the site and link to it relative to this "
                                    + "page, or link to its address on the web");
                }
            }
        }
        for (Reference ref : Refs.links(page, site)) {
            if (ref.path().isEmpty() && !ref.liquid()) {
                continue;
            }
            if (!ref.liquid()
                    && !ref.external()
                    && Refs.isMarkdownLink(ref.path())
                    && io.github.faqkit.core.refs.RelativeLinks.rewrites(site, page, ref.path())) {
                markdownLink(page, site, resolver, ref, out);
                continue;
            }
            Resolution r = resolver.resolve(page, ref);
            String[] networkPath = r.web() != Resolution.Status.NOT_FOUND
                    ? null
                    : Refs.networkPath(r, site) != null
                            ? Refs.networkPath(r, site)
                            : Refs.relativeBaseurl(ref, r, site);
            if (networkPath != null) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        networkPath[0] + " (page " + Refs.pageUrl(page, site) + ")",
                        networkPath[1]);
                continue;
            }
            if (r.web() == Resolution.Status.CASE_MISMATCH
                    && ref.external()
                    && !site.platform().servedByGitHubPages()) {
                // the site's own absolute URL: whether its host matches letter case (GitHub Pages does, Netlify
                // serves every path in lower case) is unknown unless GitHub Pages serves the site (its own build, or
                // a workflow's build it deploys)
                continue;
            }
            String problem = switch (r.web()) {
                case NOT_FOUND ->
                    r.liquid() != null && r.liquid().missingLink() != null
                            ? "'{% link " + r.liquid().missingLink() + " %}' names no file: Jekyll stops the build"
                            : Reference.isExternal(r.requested())
                                    ? "'" + ref.target() + "' names a file of this site's repository "
                                            + resolver.repository() + " that the branch checked out here does "
                                            + "not have: GitHub answers 404"
                                    : baseurlTwice(ref, site)
                                            ? "'{{ site.baseurl }}' in front of '{% link %}' puts the baseurl in twice: since "
                                                    + "Jekyll 4 the link tag adds it itself, so the browser requests "
                                                    + r.requested() + " and gets 404"
                                            : "the built site has no page or file at " + r.requested()
                                                    + leftOutThere(r.requested(), site);
                case MISSING_BASEURL ->
                    "'" + ref.target() + "' is relative to the host, but the site lives under baseurl '"
                            + site.config().baseurl() + "': the browser requests " + r.requested() + " and gets 404";
                case OUTSIDE ->
                    "'" + ref.target() + "' climbs above the site's baseurl "
                            + site.config().baseurl() + " from " + Refs.pageUrl(page, site);
                case CASE_MISMATCH ->
                    "'" + ref.target() + "' differs in letter case from "
                            + (r.page() != null
                                    ? "the page " + site.config().baseurl()
                                            + r.page().url()
                                    : r.file())
                            + ": 404 on Linux hosting";
                default -> null;
            };
            String withheld = r.web() == Resolution.Status.NOT_FOUND && !Reference.isExternal(r.requested())
                    ? Refs.withheldFile(r.requested(), site)
                    : null;
            if (withheld != null) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "the built site has no file at " + r.requested() + ": " + Refs.withheldWhy(withheld, site)
                                + " (page " + Refs.pageUrl(page, site) + ")",
                        Refs.withheldFix(withheld, site));
                continue;
            }
            if (problem != null) {
                String hint = baseurlTwice(ref, site) && r.web() == Resolution.Status.NOT_FOUND
                        ? "remove '{{ site.baseurl }}' in front of '{% link %}' (only Jekyll 3 builds need it)"
                        : r.web() == Resolution.Status.MISSING_BASEURL
                                ? "write '{{ site.baseurl }}" + ref.path() + "' or use relative_url"
                                : Refs.isMarkdownLink(ref.path())
                                                && !ref.liquid()
                                                && io.github.faqkit.core.platform.SiteMarkdownLinks.rewrite(site)
                                        ? "the site's own _plugins rewrite '.md' links, not '.markdown' ones: link to"
                                                + " the page URL ('.html'), or rename the file to '.md'"
                                        : Refs.isMarkdownLink(ref.path()) && !ref.liquid()
                                                ? "this site's build ("
                                                        + site.platform().platform()
                                                        + ", without jekyll-relative-links) "
                                                        + "does not rewrite '.md' links: link to the page URL ('.html'), or add "
                                                        + "jekyll-relative-links to the Gemfile and 'plugins:'"
                                                : r.source() == Resolution.Status.FOUND
                                                        ? Refs.whyDepthDiffers(page, site)
                                                                + "; link to the page URL, or to the .md file "
                                                                + "(jekyll-relative-links converts it)"
                                                        : "link to an existing page URL (as the built site serves it) or to the page's .md file";
                out.report(page, ref.line(), ref.column(), problem + " (page " + Refs.pageUrl(page, site) + ")", hint);
            }
        }
    }

    private static final java.util.regex.Pattern BASEURL_THEN_LINK =
            java.util.regex.Pattern.compile("site\\.baseurl\\s*-?}}\\s*\\{%-?\\s*link\\s");

    /** The Jekyll 3 idiom '{{ site.baseurl }}{% link … %}', which doubles the baseurl under Jekyll 4. */
    private static boolean baseurlTwice(Reference ref, Site site) {
        String baseurl = site.config().baseurl();
        if (baseurl.isEmpty() || site.config().jekyllMajor() < 4) {
            return false; // Jekyll 3's link tag gives no baseurl: the idiom is right there
        }
        // as written (Liquid not rendered) or as rendered: the baseurl in front of a URL that already has it
        return ref.liquid()
                ? BASEURL_THEN_LINK.matcher(ref.target()).find()
                : ref.path().startsWith(baseurl + baseurl + "/");
    }

    private static void markdownLink(Page page, Site site, Resolver resolver, Reference ref, Reporter out) {
        Page target = resolver.markdownTarget(page, ref);
        if (target != null && (target.rendered() || !target.frontMatter().isPage())) {
            return;
        }
        if (RelativeLinks.pinnedByPages(site) && pinnedVersionMisses(page, site, resolver, ref, out)) {
            return;
        }
        // the file the plugin in this build looked for: GitHub Pages' 0.6.1 reads '/x.md' from this file's folder
        String normal = RelativeLinks.pinnedByPages(site) && ref.title() == null
                ? RelativeLinks.sourcePath(site, page, ref.path(), null)
                : RelativeLinks.currentSourcePath(page, ref.path());
        Page left = normal == null ? null : site.pageByPath(normal.substring(1));
        if (left != null && left.frontMatter().isPage() && !left.rendered()) {
            out.report(
                    page,
                    ref.line(),
                    ref.column(),
                    "'" + ref.path() + "' is " + left.path() + ", which Jekyll leaves out of the site ("
                            + Refs.whyLeftOut(left, site) + "): the link stays a 404 '.md' link",
                    "remove the link, or publish " + left.path());
            return;
        }
        if (normal != null && site.files().exists(normal.substring(1))) {
            return; // a Markdown file without front matter is published as it is
        }
        if (resolver.resolve(page, ref).web() == Resolution.Status.FOUND) {
            // the plugin leaves the link as it is, and the browser finds a file there: a collection's raw copy of
            // a Markdown file without front matter (platform-golden collection-no-front-matter)
            return;
        }
        String variant = normal == null ? null : site.files().caseVariant(normal.substring(1));
        out.report(
                page,
                ref.line(),
                ref.column(),
                "'" + ref.path() + "' names no Markdown page (looked for "
                        + (normal == null ? "a path above the site root" : normal.substring(1))
                        + " from the source file, as "
                        + (site.platform().markdownLinksRewritten()
                                ? "jekyll-relative-links does): the link stays a 404 '.md' link"
                                : "the site's own _plugins would): whatever they rewrite it to, no page is there"),
                variant != null
                        ? "the file is named " + variant + "; match its letter case"
                        : "link to an existing .md file, relative to this file's folder");
    }

    /**
     * Reports a {@code .md} link that later releases of jekyll-relative-links rewrite but GitHub Pages' 0.6.1 leaves
     * as written (a title, a leading '/', a %-escape), and returns true; false when the link is no such case.
     */
    private static boolean pinnedVersionMisses(Page page, Site site, Resolver resolver, Reference ref, Reporter out) {
        String current = RelativeLinks.currentSourcePath(page, ref.path());
        Page reached = current == null ? null : site.pageByPath(current.substring(1));
        if (reached == null || !reached.rendered()) {
            return false;
        }
        if (resolver.resolve(page, ref).web() == Resolution.Status.FOUND) {
            return true; // left as written, the link still reaches a file the site serves
        }
        String why;
        String fix;
        if (ref.title() != null) {
            why = "has a title, which the jekyll-relative-links of GitHub Pages (0.6.1) reads as part of the path";
            fix = "remove the title \"" + ref.title() + "\", or link to the page URL (" + reached.url() + ")";
        } else if (ref.path().startsWith("/")) {
            String read = RelativeLinks.sourcePath(site, page, ref.path(), null);
            why = "starts with '/', which the jekyll-relative-links of GitHub Pages (0.6.1) drops before it reads the"
                    + " path from this file's folder (" + (read == null ? "above the site root" : read.substring(1))
                    + ")";
            fix = "write the path relative to this file's folder, or link to the page URL (" + reached.url() + ")";
        } else {
            why = "has %-escapes, which the jekyll-relative-links of GitHub Pages (0.6.1) does not decode";
            fix = "write the file name as it is, or link to the page URL (" + reached.url() + ")";
        }
        out.report(
                page,
                ref.line(),
                ref.column(),
                "'" + ref.path() + "' " + why + ": GitHub Pages leaves the link as written, a 404 '.md' link to "
                        + reached.path(),
                fix);
        return true;
    }

    /** Why nothing is at {@code requested} when a page Jekyll leaves out would be there; empty otherwise. */
    private static String leftOutThere(String requested, Site site) {
        String base = site.config().baseurl();
        if (requested == null || !requested.startsWith(base + "/")) {
            return "";
        }
        String url = requested.substring(base.length());
        for (Page p : site.markdownFiles()) {
            if (p.frontMatter().isPage() && !p.rendered() && servedAt(p.url(), url)) {
                return ": " + p.path() + " would be there, but Jekyll leaves it out (" + Refs.whyLeftOut(p, site) + ")";
            }
        }
        return "";
    }

    /** True when a static host answers {@code url} with the page whose URL is {@code pageUrl}. */
    private static boolean servedAt(String pageUrl, String url) {
        return pageUrl.equals(url)
                || (pageUrl.endsWith(".html")
                        && pageUrl.substring(0, pageUrl.length() - 5).equals(url))
                || (pageUrl.endsWith("/") && (pageUrl + "index.html").equals(url))
                || (url.endsWith("/") && pageUrl.equals(url.substring(0, url.length() - 1)));
    }
}
