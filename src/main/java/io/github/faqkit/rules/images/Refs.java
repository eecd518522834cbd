package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.Urls;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Shared walking and wording of the image and link rules. */
final class Refs {
    private Refs() {}

    /** Each local image reference of a rendered page with its resolution. */
    static void images(Page page, Site site, BiConsumer<Reference, Resolution> action) {
        if (!page.rendered()) {
            return;
        }
        Resolver resolver = Resolver.of(site);
        List<Reference> refs = page.references();
        for (int i = 0; i < refs.size(); i++) {
            Reference ref = refs.get(i);
            if (ref.kind() == Reference.Kind.IMAGE && !ref.target().isEmpty() && resolver.internal(ref)) {
                action.accept(ref, resolver.resolve(page, i));
            }
        }
    }

    /** Links the site itself answers (not anchors, not other hosts; see {@link Resolver#internal}) of a rendered page. */
    static List<Reference> links(Page page, Site site) {
        List<Reference> out = new ArrayList<>();
        if (page.rendered()) {
            Resolver resolver = Resolver.of(site);
            for (Reference ref : page.references()) {
                if (ref.kind() == Reference.Kind.LINK && resolver.internal(ref)) {
                    out.add(ref);
                }
            }
        }
        return out;
    }

    /** Why Jekyll writes no output for {@code page}, which has front matter: its published setting or its collection. */
    static String whyLeftOut(Page page, Site site) {
        return page.unpublishedByFrontMatter()
                ? page.leftOut().why(site.config().file())
                : "its collection '" + page.entry().collection() + "' has no output: true in "
                        + site.config().file();
    }

    /**
     * The file of the site at {@code requested} (a URL path with baseurl) that Jekyll does not copy because
     * {@code defaults:} give it {@code published: false}; null when there is none.
     */
    static String withheldFile(String requested, Site site) {
        String base = site.config().baseurl();
        if (requested == null || !requested.startsWith(base + "/")) {
            return null;
        }
        String decoded = Resolver.decode(requested.substring(base.length()));
        String rel = decoded == null ? null : Resolver.normalize(decoded);
        if (rel == null || rel.length() < 2) {
            return null;
        }
        rel = rel.substring(1);
        Page page = site.pageByPath(rel);
        return site.files().exists(rel)
                        && (page == null || !page.frontMatter().isPage())
                        && !io.github.faqkit.core.Publishing.writesStatic(site.config(), rel)
                ? rel
                : null;
    }

    /** What a writer is told about a {@link #withheldFile}. */
    static String withheldWhy(String file, Site site) {
        return file + " is in the source, but defaults: in " + site.config().file()
                + " give it published: false, so Jekyll does not copy it into the site";
    }

    /** How to fix a reference to a {@link #withheldFile}. */
    static String withheldFix(String file, Site site) {
        return "remove the reference, or take " + file + " out of the defaults: scope that gives it published: false"
                + " in " + site.config().file();
    }

    private static final java.util.regex.Pattern WRITERS_COMPUTER =
            java.util.regex.Pattern.compile("^(?:[A-Za-z]:[\\\\/]|file:)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A path or {@code file:} URL of the computer a page was written on ({@code C:\\…}): no reader can load it. */
    static boolean onWritersComputer(String target) {
        return WRITERS_COMPUTER.matcher(target).find();
    }

    /** The file name at the end of {@code target}, after its last '/' or '\\'. */
    static String fileName(String target) {
        return target.substring(Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\')) + 1);
    }

    static boolean isMarkdownLink(String path) {
        String p = Resolver.decode(path).toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }

    /** The page URL with baseurl, as the browser shows it. */
    static String pageUrl(Page page, Site site) {
        return site.config().baseurl() + page.url();
    }

    /**
     * The {@code permalink} that {@code collections:} in _config.yml gives the page's collection: it, not the site
     * style, makes the URL of a document without a permalink of its own; null for a page or a collection without one.
     */
    private static String collectionPermalink(Page page, Site site) {
        String collection = page.entry().collection();
        if (collection == null) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode p =
                site.config().raw().path("collections").path(collection).get("permalink");
        return p != null && p.isTextual() && !p.asText().isBlank() ? p.asText() : null;
    }

    /**
     * Why a path that works from the source file does not work from the page URL: the page URL's folder
     * differs from the source file's folder (folder URL, permalink, pretty style).
     */
    static String whyDepthDiffers(Page page, Site site) {
        String urlDir = Urls.directoryOf(page.url());
        String srcDir = Urls.directoryOf("/" + page.path());
        int urlDepth = depth(urlDir);
        int srcDepth = depth(srcDir);
        String url = pageUrl(page, site);
        boolean hasPermalink = page.scalar("permalink") != null;
        boolean index = page.path().endsWith("/index.md")
                || page.path().equals("index.md")
                || page.path().endsWith("/index.markdown");
        String origin = hasPermalink
                ? "its permalink '" + page.scalar("permalink") + "'"
                : collectionPermalink(page, site) != null
                        ? "the permalink '" + collectionPermalink(page, site) + "' of the collection '"
                                + page.entry().collection() + "' in _config.yml"
                        : "the site permalink style '" + site.config().permalink() + "'";
        StringBuilder why = new StringBuilder();
        if (page.url().endsWith("/") && !index) {
            why.append("the page is served at the folder URL ")
                    .append(url)
                    .append(" (from ")
                    .append(origin)
                    .append(", which ends with '/'), so the browser resolves relative paths from ")
                    .append(site.config().baseurl())
                    .append(urlDir);
        } else {
            why.append("the page is served at ")
                    .append(url)
                    .append(" (from ")
                    .append(origin)
                    .append("), so the browser resolves relative paths from ")
                    .append(site.config().baseurl())
                    .append(urlDir);
        }
        if (urlDepth != srcDepth) {
            int d = Math.abs(urlDepth - srcDepth);
            why.append(", ")
                    .append(d)
                    .append(d == 1 ? " folder " : " folders ")
                    .append(urlDepth > srcDepth ? "deeper" : "higher")
                    .append(" than the source file's folder ")
                    .append(srcDir);
        } else if (!urlDir.equals(srcDir)) {
            why.append(", not from the source file's folder ").append(srcDir);
        }
        return why.toString();
    }

    static int depth(String dir) {
        int n = 0;
        for (int i = 1; i < dir.length(); i++) {
            if (dir.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    /** The relative path that works from the page URL to a site file (spaces encoded, as a URL). */
    static String relativeFix(Page page, Site site, String file) {
        return Resolver.relativeUrl(
                        Urls.directoryOf(pageUrl(page, site)), site.config().baseurl() + "/" + file)
                .replace(" ", "%20");
    }

    static String liquidFix(String file) {
        return "{{ \"/" + file.replace(" ", "%20") + "\" | relative_url }}";
    }

    /**
     * For a URL the resolver found to be a site path written as a network path ({@code //x.pdf}): what the browser
     * does and how to fix it, as {message, hint}; null for any other resolution.
     */
    static String[] networkPath(Resolution r, Site site) {
        String host = Resolver.networkPathHost(r.requested());
        if (host == null) {
            return null;
        }
        String path = Reference.pathOf(r.requested().substring(1));
        String message = "'" + r.requested() + "' starts with two slashes: a browser reads it as an address on another"
                + " host, '" + host + "' (https:" + r.requested() + "), not as this site's " + path;
        String fix = liquidFix(path.substring(1));
        if (site.config().slashBaseurl()) {
            return new String[] {
                message + ": with baseurl: \"" + site.config().printedBaseurl() + "\" in "
                        + site.config().file() + ", '{{ site.baseurl }}" + path + "' writes two slashes",
                "write '" + fix + "' (it gives " + path + "), or set baseurl: \"\" in "
                        + site.config().file()
            };
        }
        return new String[] {message, "write '" + fix + "', or the path with one slash"};
    }

    /**
     * For a URL that {@code {{ site.baseurl }}} made relative: a {@code baseurl} without a leading '/' ({@code kb})
     * prints as written (liquid-golden baseurl-kb-bare), so {@code {{ site.baseurl }}/x.pdf} is {@code kb/x.pdf},
     * which the browser resolves from the page's folder; {message, hint}, or null for any other URL.
     */
    static String[] relativeBaseurl(Reference ref, Resolution r, Site site) {
        String printed = site.config().printedBaseurl();
        String path = ref.path();
        if (printed.isEmpty()
                || printed.startsWith("/")
                || site.config().baseurl().isEmpty()
                || !path.startsWith(printed)
                || !path.substring(printed.length()).startsWith("/")) {
            return null;
        }
        String rest = path.substring(printed.length());
        String message = "'" + path + "' is a relative path: baseurl: \"" + printed + "\" in "
                + site.config().file()
                + " has no leading '/', so '{{ site.baseurl }}" + rest + "' writes '" + path
                + "' and the browser requests " + r.requested() + ", where the built site has nothing";
        String hint = "set baseurl: \"" + site.config().baseurl() + "\" in "
                + site.config().file()
                + " (the site is served under " + site.config().baseurl() + " either way), or write '"
                + liquidFix(rest.replaceFirst("^/+", "")) + "'";
        return new String[] {message, hint};
    }
}
