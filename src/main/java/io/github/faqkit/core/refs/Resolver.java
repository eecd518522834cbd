package io.github.faqkit.core.refs;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.Urls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Resolves references of pages to files and pages of the site, from the parsed model only (the file
 * system is never asked, so letter case is judged the same on every machine).
 */
public final class Resolver {
    private final Site site;
    private final String baseurl;
    /** What a URL the browser requests for a site file starts with: one string for every resolution. */
    private final String filePrefix;
    /** The custom domain of the site's CNAME file, or null. */
    private final String cnameHost;

    private final Map<String, Page> pagesByFoldedUrl = new HashMap<>();
    /** Files output collections copy: served at their collection URL, not at their source path. */
    private final io.github.faqkit.core.CollectionFiles collectionFiles;
    /** The redirect pages jekyll-redirect-from writes for each {@code redirect_from} URL, to the page named so. */
    private final Map<String, Page> redirects = new HashMap<>();
    /**
     * Several rules ask about the same reference; it is resolved once. Slot {@code i} of a page holds
     * the resolution of its reference {@code i}: found by position, not by hashing and comparing the
     * reference (a site has tens of thousands).
     */
    private final Map<Page, AtomicReferenceArray<Resolution>> byPage = new ConcurrentHashMap<>();
    /** References that are not in their page's list (built by callers): by value. */
    private final Map<Key, Resolution> resolved = new ConcurrentHashMap<>();

    private record Key(Page page, Reference ref) {}

    private Resolver(Site site) {
        this.site = site;
        this.baseurl = site.config().baseurl();
        this.filePrefix = baseurl + "/";
        this.cnameHost = cnameHost(site);
        // built here, not through site.derived: this constructor already runs inside derived's computeIfAbsent,
        // and a nested computeIfAbsent on the same map throws "Recursive update" when the keys share a bin
        this.collectionFiles = io.github.faqkit.core.CollectionFiles.of(site);
        for (Page p : site.pages()) {
            pagesByFoldedUrl.putIfAbsent(Urls.folded(p.url()), p);
        }
        if (site.platform().runs(REDIRECT_FROM)) {
            for (Page p : site.pages()) {
                if (p.rendered()) {
                    redirectUrls(p.data().get("redirect_from")).forEach(u -> redirects.putIfAbsent(u, p));
                }
            }
        }
    }

    static final String REDIRECT_FROM = "jekyll-redirect-from";

    /**
     * The URLs of {@code redirect_from} (one string or a list): jekyll-redirect-from gives each redirect page that
     * permalink, with a leading slash added, so the host serves it as it serves a page of that URL.
     */
    static List<String> redirectUrls(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> add = v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                String u = v.asText().trim();
                out.add(u.startsWith("/") ? u : "/" + u);
            }
        };
        if (value.isArray()) {
            value.forEach(add);
        } else {
            add.accept(value);
        }
        return out;
    }

    /** One resolver per site (it indexes page URLs by letter case once). */
    public static Resolver of(Site site) {
        return site.derived(Resolver.class, Resolver::new);
    }

    /** Resolves {@code ref} of {@code page}: browser view and source view. */
    public Resolution resolve(Page page, Reference ref) {
        List<Reference> refs = page.references();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i) == ref) {
                return resolve(page, i);
            }
        }
        return resolved.computeIfAbsent(new Key(page, ref), k -> compute(page, ref));
    }

    /**
     * Forgets the resolutions kept so far: once the checks ran, nothing asks about most references again, and the
     * memo is about a twentieth of what a validated site keeps (the site lives on while the reports are written). A
     * later question (packaging) resolves again.
     */
    public void forgetResolutions() {
        byPage.clear();
        resolved.clear();
    }

    /** The site's resolver when the run made one (without making it); null otherwise. */
    public static Resolver ifMade(Site site) {
        return site.derived(Resolver.class, s -> null);
    }

    /** Resolves reference {@code index} of {@code page.references()}. */
    public Resolution resolve(Page page, int index) {
        AtomicReferenceArray<Resolution> slots = byPage.computeIfAbsent(
                page, p -> new AtomicReferenceArray<>(p.references().size()));
        Resolution r = slots.get(index);
        if (r == null) {
            // Two threads may both compute it: the result is the same, the first one is kept.
            r = compute(page, page.references().get(index));
            if (!slots.compareAndSet(index, null, r)) {
                r = slots.get(index);
            }
        }
        return r;
    }

    private Resolution compute(Page page, Reference ref) {
        Liquid.Result liquid = null;
        String url = ref.target();
        if (url.indexOf(io.github.faqkit.core.liquid.LiquidText.OPAQUE) >= 0) {
            // written by a plugin's tag or filter that only Jekyll runs: unknown, never missing
            return new Resolution(Resolution.Status.SKIPPED, null, null, null, null, null, false, null);
        }
        if (ref.liquid()) {
            liquid = Liquid.evaluate(url, site);
            if (liquid.problem() != null) {
                return new Resolution(Resolution.Status.SKIPPED, null, null, null, null, null, false, liquid);
            }
            if (liquid.missingLink() != null) {
                return new Resolution(Resolution.Status.NOT_FOUND, null, null, null, null, null, true, liquid);
            }
            url = liquid.value();
        }
        if (Reference.isExternal(url) && localPart(url) == null) {
            if (sitePathAsHost(url)) {
                // the browser goes to another host: nothing of this site is reached (LNK001 and IMG001 say why)
                return new Resolution(Resolution.Status.NOT_FOUND, null, url, null, null, null, false, liquid);
            }
            return repositoryFile(url, liquid);
        }
        url = localPart(url);
        if (liquid == null) {
            RelativeLinks.Target rewritten = RelativeLinks.target(site, page, ref);
            if (rewritten != null) {
                // jekyll-relative-links wrote the target's own URL (with baseurl) into the page
                String at =
                        baseurl + (rewritten.page() != null ? rewritten.page().url() : "/" + rewritten.file());
                if (rewritten.file() != null
                        && !io.github.faqkit.core.Publishing.writesStatic(site.config(), rewritten.file())) {
                    // the plugin links every static file Jekyll knows, also one that defaults: keep from the site
                    return new Resolution(
                            Resolution.Status.NOT_FOUND,
                            Resolution.Status.FOUND,
                            at,
                            null,
                            null,
                            rewritten.file(),
                            ref.path().startsWith("/"),
                            null);
                }
                String file = shared(rewritten.file());
                return new Resolution(
                        Resolution.Status.FOUND,
                        Resolution.Status.FOUND,
                        at,
                        file,
                        rewritten.page(),
                        file != null ? file : rewritten.page().path(),
                        ref.path().startsWith("/"),
                        null);
            }
        }
        String path = browserPath(Reference.pathOf(url));
        if (path.isEmpty()) {
            return new Resolution(Resolution.Status.FOUND, null, baseurl + page.url(), null, page, null, false, liquid);
        }
        boolean rootRelative = path.startsWith("/");
        Resolution.Status sourceStatus = null;
        String sourceFile = null;
        if (!rootRelative && liquid == null) {
            String joined = Urls.directoryOf("/" + page.path()) + path;
            String normal = normalize(decode(joined));
            if (normal == null) {
                sourceStatus = Resolution.Status.OUTSIDE;
            } else {
                sourceFile = normal.substring(1);
                String indexed = site.files().canonical(sourceFile);
                sourceFile = indexed != null ? indexed : sourceFile;
                sourceStatus = indexed != null
                        ? Resolution.Status.FOUND
                        : site.files().caseVariant(sourceFile) != null
                                ? Resolution.Status.CASE_MISMATCH
                                : Resolution.Status.NOT_FOUND;
            }
        }
        String pageUrl = baseurl + page.url();
        // a browser resolves '..' above the host root to the root (RFC 3986): only baseurl can be climbed out of
        String requested = normalizeUrl(rootRelative ? path : Urls.directoryOf(pageUrl) + path);
        if (!baseurl.isEmpty() && !requested.startsWith(baseurl + "/") && !requested.equals(baseurl)) {
            Resolution.Status s = rootRelative ? Resolution.Status.MISSING_BASEURL : Resolution.Status.OUTSIDE;
            if (rootRelative && ref.kind() == Reference.Kind.LINK && anotherSiteOnPagesHost(requested)) {
                // a page link: the host serves another site there, whose files are not known here (an image is
                // likelier the site's own written without the baseurl: platform-golden documents-titles-and-posts)
                s = Resolution.Status.SKIPPED;
            }
            return new Resolution(s, sourceStatus, requested, null, null, sourceFile, rootRelative, liquid);
        }
        String sitePath = decode(requested.substring(baseurl.length()));
        if (sitePath.isEmpty()) {
            sitePath = "/";
        }
        Page target = pageAt(sitePath, false, page);
        String inBuild = site.languages().withoutLanguage(sitePath);
        if (target == null && inBuild != null) {
            // jekyll-polyglot writes the build of each other language under /<lang>/: /fr/faq/ is the French /faq/
            target = pageAt(inBuild, false, page);
            if (target == null && servedFile(inBuild.substring(1))) {
                sitePath = inBuild;
            }
        }
        if (target != null) {
            return new Resolution(
                    Resolution.Status.FOUND, sourceStatus, requested, null, target, sourceFile, rootRelative, liquid);
        }
        String rel = sitePath.substring(1);
        if (servedFile(rel)) {
            return new Resolution(
                    Resolution.Status.FOUND,
                    sourceStatus,
                    requested,
                    filePrefix,
                    shared(rel),
                    null,
                    sourceFile,
                    rootRelative,
                    liquid);
        }
        String served = servedAs(sitePath, rel);
        if (served == null) {
            served = collectionFiles.servedAt(rel);
        }
        if (served != null) {
            return new Resolution(
                    Resolution.Status.FOUND,
                    sourceStatus,
                    requested,
                    filePrefix,
                    shared(served),
                    null,
                    sourceFile,
                    rootRelative,
                    liquid);
        }
        String variant = site.files().caseVariant(rel);
        Page casePage = pageAt(sitePath, true, null);
        if (variant != null || casePage != null) {
            return new Resolution(
                    Resolution.Status.CASE_MISMATCH,
                    sourceStatus,
                    requested,
                    variant,
                    casePage,
                    sourceFile,
                    rootRelative,
                    liquid);
        }
        String behind = rootRelative ? behindUnknownServedPath(sitePath) : null;
        if (anotherProjectSite(sitePath)
                || workflowOutputs().covers(rel)
                || behind != null
                || site.derived(GeneratedCollections.class, GeneratedCollections::of)
                        .covers(sitePath)) {
            // another repository's site, or a file the build workflow writes into the site before Jekyll runs:
            // not known here, so never missing. A file of this site behind the served path only the run knows is
            // the one the link most likely shows: it counts as used (IMG006), not as found
            String file = behind != null && behind.length() > 1 && servedFile(behind.substring(1))
                    ? site.files().canonical(behind.substring(1))
                    : null;
            return new Resolution(
                    Resolution.Status.SKIPPED, sourceStatus, requested, file, null, sourceFile, rootRelative, liquid);
        }
        return new Resolution(
                Resolution.Status.NOT_FOUND, sourceStatus, requested, null, null, sourceFile, rootRelative, liquid);
    }

    /**
     * What the site's build workflows write into its folder before Jekyll runs: read with the workflows when the
     * site is loaded (none for a site put together without a load).
     */
    private io.github.faqkit.core.platform.WorkflowOutputs workflowOutputs() {
        return site.derived(
                io.github.faqkit.core.platform.WorkflowOutputs.class,
                s -> io.github.faqkit.core.platform.WorkflowOutputs.NONE);
    }

    /**
     * How github.com shows a repository's files ({@code /tree/gh-pages/slides/}, {@code /blob/main/a.md}): a link
     * starting with one of them was copied from a repository page without its host and repository
     * (make4all/just-the-class), not a link to a Pages site of a repository named so.
     */
    private static final Set<String> GITHUB_FILE_ROUTES = Set.of("tree", "blob", "raw", "edit");

    /** A folder name GitHub accepts as a repository name. */
    private static final java.util.regex.Pattern REPOSITORY_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /** First path segments of this site's pages and files, for {@link #anotherProjectSite}; built when first asked. */
    private volatile Set<String> ownFirstSegments;

    /**
     * True when {@code sitePath} ({@code /s26/} or {@code /s26/lab01.html}) lies in a folder this user site does not
     * have: GitHub Pages serves the project site of the owner's repository of that name there (ucsb-cs156.github.io
     * links its course offerings, the repositories ucsb-cs156/s26, /w22, …), whose files are not known here. Only
     * for a user or organization site served at the root of its GitHub Pages host; a path in a folder the site has
     * is its own, and checked.
     */
    private boolean anotherProjectSite(String sitePath) {
        if (!baseurl.isEmpty() || RepositoryFiles.of(site).pagesHost("") == null) {
            return false;
        }
        return inAnotherRepositorysFolder(sitePath);
    }

    /**
     * True when {@code requested}, a root-relative path outside this project site's baseurl ({@code /data-products/}
     * from the site served at {@code /stelsel}), lies in a folder GitHub Pages serves another site of the owner's in:
     * a project site is served on {@code <owner>.github.io} under {@code /<repository>}, and the same host answers
     * {@code /<other repository>/} with the project site of that repository (Netbeheer-Nederland's stelsel links its
     * sibling data-products this way), whose files are not known here. A path in a folder this site has is its own
     * page written without the baseurl, and stays reported.
     */
    private boolean anotherSiteOnPagesHost(String requested) {
        if (baseurl.isEmpty() || RepositoryFiles.of(site).pagesHost(baseurl) == null) {
            return false;
        }
        String path = decode(requested);
        // GitHub matches the repository's path in any letter case: /Stelsel/ is this very site
        return !path.toLowerCase(Locale.ROOT).startsWith(baseurl.toLowerCase(Locale.ROOT) + "/")
                && inAnotherRepositorysFolder(path);
    }

    /**
     * The site's own path (from its slash) when the path the site is served under is not known (the build workflow
     * passes a baseurl only its run knows, {@code --baseurl ${{ env.BASEURL }}}) and the root-relative {@code
     * sitePath} is a page or file of this site behind one more folder that the site lacks, else null: {@code /RemoteStation/versionen.html} is the site's
     * {@code /versionen.html} when it is served under {@code /RemoteStation}, as its writers know and the repository
     * does not say (OE5XRX/RemoteStation). A path that is no page of the site either way stays missing.
     */
    private String behindUnknownServedPath(String sitePath) {
        if (!site.platform().servedPathUnknown() || !inAnotherRepositorysFolder(sitePath)) {
            return null;
        }
        String rest = sitePath.substring(sitePath.indexOf('/', 1));
        return pageAt(rest, false, null) != null || rest.length() > 1 && servedFile(rest.substring(1)) ? rest : null;
    }

    /** True when {@code sitePath} lies in a folder ({@code /name/…}) that could be a repository's and this site lacks. */
    private boolean inAnotherRepositorysFolder(String sitePath) {
        int end = sitePath.indexOf('/', 1);
        if (end < 0) {
            return false; // '/name' without the folder's slash: as likely a page of this site that is missing
        }
        String first = sitePath.substring(1, end);
        if (!REPOSITORY_NAME.matcher(first).matches()
                || GITHUB_FILE_ROUTES.contains(first) && !sitePath.endsWith("/" + first + "/")) {
            return false;
        }
        Set<String> own = ownFirstSegments;
        if (own == null) {
            Set<String> s = new java.util.HashSet<>();
            for (String f : site.files().paths()) {
                int slash = f.indexOf('/');
                s.add((slash < 0 ? f : f.substring(0, slash)).toLowerCase(Locale.ROOT));
            }
            for (Page p : site.pages()) {
                String u = p.url();
                int slash = u.indexOf('/', 1);
                s.add((slash < 0 ? u.substring(1) : u.substring(1, slash)).toLowerCase(Locale.ROOT));
            }
            own = ownFirstSegments = Set.copyOf(s);
        }
        // GitHub matches repository names in any letter case; a folder of this site in another case is its own
        return !own.contains(first.toLowerCase(Locale.ROOT));
    }

    /**
     * The path as a browser requests it: the URL Standard reads a backslash in the path of an http(s) URL as
     * '/' (Windows editors write {@code assets\img\shot.png}, kramdown and Jekyll leave it as written), so
     * {@code <img src="assets\img\shot.png">} loads {@code assets/img/shot.png}.
     */
    static String browserPath(String path) {
        String p = path.indexOf('\\') < 0 ? path : path.replace('\\', '/');
        // the URL Standard also drops every tab and line break: a link whose address wraps onto the next line
        // ('[steps](detailed_planning\n_steps.md)', kept so by kramdown) requests the address without it
        return p.indexOf('\n') < 0 && p.indexOf('\r') < 0 && p.indexOf('\t') < 0 ? p : p.replaceAll("[\t\r\n]", "");
    }

    /**
     * The page a Markdown link ({@code other.md}) leads to: jekyll-relative-links resolves it from the
     * source file. Null when no such file exists.
     */
    public Page markdownTarget(Page page, Reference ref) {
        String normal = RelativeLinks.sourcePath(site, page, ref.path(), ref.title());
        return normal == null ? null : site.pageByPath(normal.substring(1));
    }

    /**
     * A file the site publishes at this path: Markdown pages are published as HTML instead, except that the
     * plugins that render a file without front matter also copy it, unless their {@code remove_originals} is set.
     */
    private boolean servedFile(String rel) {
        if (!site.files().exists(rel) || collectionFiles.isCollectionFile(rel)) {
            return false;
        }
        Page p = site.pageByPath(rel);
        if ((p == null || !p.frontMatter().isPage())
                && !io.github.faqkit.core.Publishing.writesStatic(site.config(), rel)) {
            // a static file, or the copy of a Markdown file without front matter, that defaults: give published:
            // false: Jekyll copies nothing (a plugin may still render the Markdown file as a page)
            return false;
        }
        if (p == null) {
            return true;
        }
        if (!p.rendered()) {
            // a file with front matter is a page or document, never copied as it is: left out when Jekyll does
            // not write it (published: false, a collection without output)
            return !p.frontMatter().isPage() && p.published();
        }
        // a README made its folder's index comes from jekyll-readme-index, any other such page from
        // jekyll-optional-front-matter; each has its own remove_originals
        String plugin = io.github.faqkit.core.platform.PluginPages.leftRaw(
                        rel, site.config().include())
                ? "readme_index"
                : "optional_front_matter";
        return p.renderedByPlugin()
                && !site.config().raw().path(plugin).path("remove_originals").asBoolean(false);
    }

    /**
     * The static file a host answers a URL path with when no file has that very name, as it does for pages
     * ({@link #pageAt}): {@code /a/} with {@code a/index.html}; {@code /a} with {@code a.html}, or by redirecting
     * to {@code /a/} when that folder has an {@code index.html}. A copied HTML file (no front matter) is served so
     * too. Null when none applies.
     */
    private String servedAs(String sitePath, String rel) {
        if (sitePath.endsWith("/")) {
            return servedFile(rel + "index.html") ? rel + "index.html" : null;
        }
        if (servedFile(rel + ".html")) {
            return rel + ".html";
        }
        return servedFile(rel + "/index.html") ? rel + "/index.html" : null;
    }

    /**
     * The page served at a URL path, as a static host serves Jekyll's output ({@code /a/b} → {@code b.html},
     * {@code /a/index} → {@code a/index.html}). Every URL Jekyll writes to {@code a/index.html} ({@code /a/},
     * {@code /a/index}, {@code /a/index.html}: a permalink such as {@code /:collection/:path} gives the second) is
     * answered at {@code /a/}, {@code /a/index.html} and, by the host's redirect, at {@code /a}.
     */
    private Page pageAt(String sitePath, boolean ignoreCase, Page from) {
        String[] candidates;
        if (sitePath.endsWith("/index.html")) {
            String folder = sitePath.substring(0, sitePath.length() - "index.html".length());
            candidates = new String[] {sitePath, folder, folder + "index"};
        } else if (sitePath.endsWith(".html")) {
            candidates = new String[] {sitePath, sitePath.substring(0, sitePath.length() - 5)};
        } else if (sitePath.endsWith("/")) {
            candidates = new String[] {sitePath, sitePath + "index", sitePath + "index.html"};
        } else if (sitePath.endsWith("/index")) {
            // the host answers '/a/index' with 'a/index.html', the output of the page whose URL is '/a/'
            candidates = new String[] {
                sitePath,
                sitePath + ".html",
                sitePath + "/",
                sitePath.substring(0, sitePath.length() - "index".length())
            };
        } else {
            candidates = new String[] {
                sitePath, sitePath + ".html", sitePath + "/", sitePath + "/index", sitePath + "/index.html"
            };
        }
        for (String c : candidates) {
            Page p = ignoreCase ? pagesByFoldedUrl.get(Urls.folded(c)) : site.pageByUrl(c, from);
            if (p != null) {
                return p;
            }
        }
        if (!ignoreCase) {
            // a redirect page leads on to its page (that page's ids are what a fragment is checked against)
            for (String c : candidates) {
                Page p = redirects.get(c);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Whether the site itself answers {@code ref} (so the rules check it): a relative or root-relative URL, Liquid,
     * an absolute URL of the site's own {@code url}, or a raw file URL of its own GitHub repository.
     */
    public boolean internal(Reference ref) {
        if (ref.liquid() || !ref.external()) {
            return true;
        }
        return localPart(ref.target()) != null
                || RepositoryFiles.of(site).resolve(ref.target()) != null
                || sitePathAsHost(ref.target());
    }

    /**
     * The repository paths a GitHub file URL may name when it cannot be checked: it may be a URL of the site's own
     * repository, whose working tree or name is not known here (see {@code RepositoryFiles#unverifiablePaths}).
     * Empty for other URLs, and for URLs that are checked ({@link #internal}).
     */
    public java.util.List<String> unverifiableRepositoryPaths(String url) {
        return RepositoryFiles.of(site).unverifiablePaths(url);
    }

    /** The repository this site's files are in ({@code owner/name}), for messages; null when unknown. */
    public String repository() {
        return RepositoryFiles.of(site).repository();
    }

    /**
     * A raw file URL of the site's own repository: found when the working tree has the file (the site's own file
     * when it is one of the site's), missing only when it names the branch checked out; any other URL is not ours.
     */
    private Resolution repositoryFile(String url, Liquid.Result liquid) {
        RepositoryFiles.Target t = RepositoryFiles.of(site).resolve(url);
        if (t == null || !t.exists() && !t.refCheckedOut()) {
            return new Resolution(Resolution.Status.SKIPPED, null, null, null, null, null, false, liquid);
        }
        if (!t.exists()) {
            return new Resolution(Resolution.Status.NOT_FOUND, null, url, null, null, null, false, liquid);
        }
        String file = t.sitePath() == null ? null : site.files().canonical(t.sitePath());
        return new Resolution(Resolution.Status.FOUND, null, url, file, null, null, false, liquid);
    }

    /**
     * True for a network-path reference ({@code //x.pdf}, {@code //docs/b/}) whose host is the name of a file, folder
     * or page at the top of this site: the writer (or {@code {{ site.baseurl }}/…} with {@code baseurl: "/"}) meant
     * the site's path, but a browser reads the first segment as a host name. A real host is no name in the site.
     */
    public boolean sitePathAsHost(String url) {
        String host = networkPathHost(url);
        if (host == null) {
            return false;
        }
        return site.files().exists(host)
                || site.files().isDirectory(host)
                || site.pageByUrl("/" + host) != null
                || site.pageByUrl("/" + host + "/") != null
                || site.pageByUrl("/" + host + ".html") != null;
    }

    /** The host of a {@code //host/…} URL as written (no scheme, no user, no port); null for any other URL. */
    public static String networkPathHost(String url) {
        if (url == null || !url.startsWith("//") || url.startsWith("///")) {
            return null;
        }
        int end = 2;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(2, end);
        return host.isEmpty() || host.contains("@") || host.contains(":") || host.contains("{") ? null : host;
    }

    /** The file index's own string for a site file's path (the path itself when it is not a file of the site). */
    private String shared(String path) {
        String indexed = path == null ? null : site.files().canonical(path);
        return indexed != null ? indexed : path;
    }

    /**
     * Path part of a URL of this site; null for other hosts, mailto:, data: … The site's {@code url} is matched by
     * host (and port) whatever the scheme: {@code http://}, {@code https://} and {@code //} reach the same files.
     */
    private String localPart(String url) {
        if (!Reference.isExternal(url)) {
            return url;
        }
        String host = hostPart(site.config().url());
        if (host != null && FORGE_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            // url: naming the repository's page on its forge (url: https://github.com/owner/repo) is not where the
            // site is served: a forge serves repositories, its Pages sites live on another host (github.io,
            // gitlab.io, …), so a link to the forge is to another repository or the repository itself
            host = null;
        }
        if (RepositoryFiles.of(site).otherOwnersPagesHost(host)) {
            // url: naming another account's github.io host (left from a template) is not where this repository's
            // site is served: links to that host go to the other account's sites
            host = null;
        }
        if (host != null && cnameHost != null && !sameSite(host, cnameHost)) {
            // url: naming a host other than the custom domain of the CNAME file: one of the two is left over, and
            // GitHub Pages serves the site on the CNAME's (PromptAI/promptdialog: url: www.promptai.us, the company's
            // own site; CNAME doc.promptai.us), so links to url:'s host may be to another site
            host = null;
        }
        String other = hostPart(url);
        if (other == null) {
            return null;
        }
        if (host == null || !host.equalsIgnoreCase(other)) {
            // the address GitHub Pages gives the repository is the site's own too, whatever url: says (a template's
            // leftover url, or a custom domain GitHub redirects that address to)
            String pages = RepositoryFiles.of(site).pagesHost(site.config().baseurl());
            if (pages == null || !pages.equalsIgnoreCase(other)) {
                return null;
            }
        }
        String rest = url.substring(url.indexOf(other) + other.length());
        String local = rest.isEmpty() || rest.charAt(0) != '/' ? "/" + rest : rest;
        String baseurl = site.config().baseurl();
        String served = RepositoryFiles.of(site).projectPathOnOwnersHost(other);
        if (served != null && !served.equalsIgnoreCase(baseurl)) {
            // url: on the owner's github.io host, the repository a project site built without its path as baseurl
            // (a deploy workflow passes it, or the site's links lack it): GitHub Pages serves it there under
            // /<repository> only, so that path is this site and every other one another site of the owner
            String p = Reference.pathOf(local);
            boolean under = p.regionMatches(true, 0, served, 0, served.length())
                    && (p.length() == served.length() || p.charAt(served.length()) == '/');
            if (!under) {
                return null;
            }
            String tail = local.substring(served.length());
            return baseurl + (tail.isEmpty() || tail.charAt(0) != '/' ? "/" + tail : tail);
        }
        String path = Reference.pathOf(local);
        boolean outside = !baseurl.isEmpty() && !path.equals(baseurl) && !path.startsWith(baseurl + "/");
        if (outside || baseurl.isEmpty() && site.platform().servedPathUnknown()) {
            // the site's host outside its baseurl: another site is served there (the user site, a sibling
            // project under the same custom domain), whose files are not known here; only a path this site has
            // under its baseurl is a link of its own that lacks the baseurl. The same where the path the site is
            // served under is not known: a project site under its owner's custom domain (DataTalksClub/docs at
            // datatalks.club/docs/, whose pages link the main site's https://datatalks.club/events.html)
            String decoded = decode(path);
            boolean ours = decoded != null
                    && !decoded.equals("/") // the host's home page is the other site's
                    && (site.files().exists(decoded.substring(1)) || pageAt(decoded, false, null) != null);
            return ours ? local : null;
        }
        return local;
    }

    /** True when the two hosts are one site: the same, or the same but for a leading {@code www.} (GitHub redirects). */
    private static boolean sameSite(String host, String cname) {
        String a = withoutWww(host.toLowerCase(Locale.ROOT));
        String b = withoutWww(cname.toLowerCase(Locale.ROOT));
        return a.equals(b);
    }

    private static String withoutWww(String host) {
        int colon = host.indexOf(':');
        String name = colon >= 0 ? host.substring(0, colon) : host;
        return name.startsWith("www.") ? name.substring(4) : name;
    }

    /** The custom domain a {@code CNAME} file of the site names; null without one (or an unreadable one). */
    private static String cnameHost(Site site) {
        Path cname = site.contentDirectory().resolve("CNAME");
        if (!Files.isRegularFile(cname)) {
            return null;
        }
        try {
            String c = Files.readString(cname, StandardCharsets.UTF_8).strip();
            return c.isEmpty() || c.contains("/") || c.contains(" ") || c.contains("\n") ? null : c;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** Hosts of code forges: they serve repositories, never a Jekyll site (their Pages hosts are others). */
    private static final Set<String> FORGE_HOSTS =
            Set.of("github.com", "www.github.com", "gitlab.com", "bitbucket.org", "codeberg.org");

    /** {@code host[:port]} of an http(s) or protocol-relative URL; null for anything else. */
    private static String hostPart(String url) {
        String rest;
        if (url.regionMatches(true, 0, "https://", 0, 8)) {
            rest = url.substring(8);
        } else if (url.regionMatches(true, 0, "http://", 0, 7)) {
            rest = url.substring(7);
        } else if (url.startsWith("//")) {
            rest = url.substring(2);
        } else {
            return null;
        }
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        return end == 0 ? null : rest.substring(0, end);
    }

    /**
     * Removes dot segments as a browser does (RFC 3986 remove_dot_segments): {@code ..} above the root stays at the
     * root, so {@code /a/../../b.png} is {@code /b.png}.
     */
    public static String normalizeUrl(String absolute) {
        String n = normalize(absolute);
        if (n != null) {
            return n;
        }
        Deque<String> parts = new ArrayDeque<>();
        String[] segs = absolute.split("/", -1);
        for (int i = 1; i < segs.length; i++) {
            String s = segs[i];
            boolean last = i == segs.length - 1;
            if (s.equals("..")) {
                parts.pollLast();
                if (last) {
                    parts.addLast("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    parts.addLast("");
                }
            } else if (!s.isEmpty() || last) {
                parts.addLast(s);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Removes dot segments of a path in the source tree; null when {@code ..} climbs above the root. */
    public static String normalize(String absolute) {
        if (absolute.startsWith("/") && absolute.indexOf("/.") < 0 && absolute.indexOf("//") < 0) {
            return absolute; // no '.', '..' or empty segment: nothing to remove (the usual case)
        }
        // The segments after the first '/', kept as [start, end) pairs of the input: one pass, no split.
        int first = absolute.indexOf('/');
        if (first < 0) {
            return "/";
        }
        int n = absolute.length();
        int[] kept = new int[16];
        int count = 0;
        int pos = first + 1;
        while (true) {
            int slash = absolute.indexOf('/', pos);
            boolean last = slash < 0;
            int end = last ? n : slash;
            int length = end - pos;
            boolean dotDot = length == 2 && absolute.charAt(pos) == '.' && absolute.charAt(pos + 1) == '.';
            boolean dot = length == 1 && absolute.charAt(pos) == '.';
            if (dotDot) {
                if (count == 0) {
                    return null;
                }
                count--;
            }
            if (dotDot || dot ? last : length > 0 || last) {
                if (2 * count + 2 > kept.length) {
                    kept = java.util.Arrays.copyOf(kept, kept.length * 2);
                }
                // an empty last segment (after '..' or '.', or a trailing '/') keeps the trailing slash
                kept[2 * count] = dotDot || dot ? end : pos;
                kept[2 * count + 1] = end;
                count++;
            }
            if (last) {
                break;
            }
            pos = slash + 1;
        }
        StringBuilder b = new StringBuilder(n).append('/');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append('/');
            }
            b.append(absolute, kept[2 * i], kept[2 * i + 1]);
        }
        return b.toString();
    }

    /** Percent-decodes UTF-8 ({@code +} stays a plus, as in paths); invalid escapes stay as written. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() + 0 && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(c);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** Relative URL from the folder {@code fromDir} (ends with '/') to {@code toPath} (absolute). */
    public static String relativeUrl(String fromDir, String toPath) {
        String[] from = fromDir.substring(1).split("/");
        String[] to = toPath.substring(1).split("/", -1);
        int fromLen = fromDir.equals("/") ? 0 : from.length;
        int common = 0;
        while (common < fromLen && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < fromLen; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
