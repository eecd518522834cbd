package io.github.faqkit.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image paths named by the files around the pages: layouts, includes, Sass/CSS, HTML and JavaScript
 * files, data files and {@code _config.yml} (logo, favicon). They are not pages, so they are read once
 * here, and only the image paths are kept, so that theme assets are not reported as orphans. The same pass
 * keeps the element-qualified class selectors of the site's own stylesheets ({@code p.important}): a class
 * the site styles for paragraphs is written for a paragraph.
 */
public final class AssetReferences {
    /** A run of URL characters ending in an image extension; one pass, no backtracking between runs. */
    private static final Pattern IMAGE_PATH = Pattern.compile("[^\\s\"'()<>,;=]++", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A quoted attribute or string value that holds whitespace: {@code data-background-image="1D lattice.svg"}
     * names a file whose name has a space, which the run above splits. Bounded, so a stray quote costs little.
     */
    private static final Pattern QUOTED_WITH_SPACE =
            Pattern.compile("\"([^\"<>\r\n]{0,300}? [^\"<>\r\n]{0,300}?)\"|'([^'<>\r\n]{0,300}? [^'<>\r\n]{0,300}?)'");

    /** A backslash escape of a JSON or JavaScript string, or a lone backslash. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u[0-9A-Fa-f]{4}|[\"'nrtbf\\\\])?");

    private static final Set<String> IMAGE_EXT =
            Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico", "tif", "tiff");
    // a Jupyter notebook the site publishes shows the images its Markdown cells name, wherever it is opened or
    // rendered (jekyll-jupyter-notebook embeds it in a page)
    private static final Set<String> SCANNED_EXT = Set.of(
            "html",
            "htm",
            "liquid",
            "scss",
            "sass",
            "css",
            "js",
            "yml",
            "yaml",
            "toml",
            "json",
            "xml",
            "webmanifest",
            "ipynb");
    private static final long MAX_BYTES = 4L << 20;

    /** {@code p.note}, {@code blockquote.warning}: an element name, a dot, a class name (Sass nesting aside). */
    private static final Pattern ELEMENT_CLASS =
            Pattern.compile("(?<![\\w.#-])(p|blockquote|ul|ol|dl|table|pre|div)\\.([A-Za-z_][A-Za-z0-9_-]*)(?![\\w-])");

    private static final Set<String> STYLE_EXT = Set.of("scss", "sass", "css");

    private final Set<String> paths;
    private final Set<String> styledClasses;

    private final boolean known;
    private final TemplatedImages templated;

    private AssetReferences(Set<String> paths) {
        this(paths, Set.of(), true, new TemplatedImages());
    }

    private AssetReferences(Set<String> paths, Set<String> styledClasses, boolean known, TemplatedImages templated) {
        this.templated = templated;
        this.paths = Collections.unmodifiableSet(paths);
        this.styledClasses = Collections.unmodifiableSet(styledClasses);
        this.known = known;
    }

    public static AssetReferences empty() {
        return new AssetReferences(Set.of());
    }

    /**
     * The references of a site whose layouts, includes or styles could not be read: nothing is known to be
     * unreferenced, so no image is called an orphan ({@link #known()} false).
     */
    public static AssetReferences unknown() {
        return new AssetReferences(Set.of(), Set.of(), false, new TemplatedImages());
    }

    /** False when the files that may name images could not all be read (see {@link #unknown()}). */
    public boolean known() {
        return known;
    }

    /** True when a stylesheet of the site itself has a selector {@code element.cssClass} ({@code p.important}). */
    public boolean styles(String element, String cssClass) {
        return styledClasses.contains(element + "." + cssClass);
    }

    /**
     * The image paths that these values name, such as front matter values ({@code photo: kevin.jpg},
     * {@code image: /assets/og.png}): a layout puts them on the page ({@code src="{{ page.subpath }}{{ page.photo
     * }}"}), so the image is shown although no page body names it.
     */
    public static AssetReferences ofValues(Iterable<String> values) {
        Set<String> found = new HashSet<>();
        for (String v : values) {
            String token = v.strip();
            int q = token.indexOf('?');
            if (q >= 0) {
                token = token.substring(0, q);
            }
            if (IMAGE_EXT.contains(extension(token))) {
                found.add(tail(token));
            }
        }
        return new AssetReferences(found);
    }

    /**
     * The image paths these texts name anywhere, as the site's other files are read ({@link #scan}): the source
     * of a page part of whose output is unknown (a plugin's block tag around {@code ![](shot.png)}) may show any
     * image it names.
     */
    public static AssetReferences ofTexts(Iterable<String> texts) {
        Set<String> found = new HashSet<>();
        for (String text : texts) {
            for (String token : tokens(text)) {
                add(token, found);
            }
        }
        return new AssetReferences(found);
    }

    /** Reads the non-page files of the site once and keeps the image paths they name. */
    public static AssetReferences scan(Path root, List<SourceEntry> published) throws IOException {
        return scan(root, SiteConfigs.fileIn(root), published);
    }

    /** The same, reading {@code configFile} (the configuration Jekyll reads; null when there is none). */
    public static AssetReferences scan(Path root, String configFile, List<SourceEntry> published) throws IOException {
        return scan(root, configFile, published, null);
    }

    /**
     * The same with the Markdown files of the repository around the site that the caller already listed
     * ({@link #repositoryMarkdown}; null: they are listed here), so that a run walks the repository once.
     */
    public static AssetReferences scan(
            Path root, String configFile, List<SourceEntry> published, List<RepositoryFile> repository)
            throws IOException {
        return scan(root, configFile, published, repository, new TemplateTexts());
    }

    /** The same, reading the layouts and includes through the run's one reading of them. */
    public static AssetReferences scan(
            Path root,
            String configFile,
            List<SourceEntry> published,
            List<RepositoryFile> repository,
            TemplateTexts templates)
            throws IOException {
        Set<String> found = new HashSet<>();
        Set<String> styled = new HashSet<>();
        TemplatedImages templated = new TemplatedImages();
        for (String dir : List.of("_layouts", "_includes", "_sass", "_data")) {
            boolean data = dir.equals("_data");
            boolean template = dir.equals("_layouts") || dir.equals("_includes");
            Path d = root.resolve(dir);
            if (Files.isDirectory(d)) {
                Files.walkFileTree(d, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        // {% include x.markdown %} takes any file: the extension says nothing here
                        // in layouts and includes every file but a binary one can be Liquid
                        if (!BinaryFiles.is(file.getFileName().toString())) {
                            readText(file, attrs, found, styled, templated, data, template ? templates : null);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        }
        Path config = configFile == null ? null : root.resolve(configFile);
        if (config != null && Files.isRegularFile(config)) {
            read(config, Files.readAttributes(config, BasicFileAttributes.class), found, styled, templated);
        }
        for (SourceEntry e : published) {
            // by name first: a site's images are most of its files, and each stat costs. Markdown without front
            // matter is also published as it is, for whatever reads it (reveal.js slides name their backgrounds
            // in <!-- .slide: data-background-image="…" --> comments)
            boolean read = e.markdown() ? !startsWithFrontMatter(e.file()) : SCANNED_EXT.contains(extension(e.path()));
            if (read) {
                readText(
                        e.file(),
                        Files.readAttributes(e.file(), BasicFileAttributes.class),
                        found,
                        styled,
                        templated,
                        false,
                        null);
            }
        }
        Set<String> publishedPaths = new HashSet<>();
        for (SourceEntry e : published) {
            publishedPaths.add(e.path());
        }
        readRepository(root, found, repository, publishedPaths);
        return new AssetReferences(found, styled, true, templated);
    }

    private static boolean startsWithFrontMatter(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && head[0] == '-' && head[1] == '-' && head[2] == '-';
        } catch (IOException e) {
            return true;
        }
    }

    /** Folders of a repository that hold no writing of its own: dependencies, build output, tool state. */
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "vendor", "target", "_site", "build");

    /**
     * Files of the repository around the site that are looked at, at the most. A site kept in {@code docs/} of a
     * large code repository must not pay for a walk of all of it on every run.
     */
    private static final int MAX_REPOSITORY_FILES = 20_000;

    /**
     * A Markdown file of the repository around the site that the image rules read ({@link #repositoryMarkdown}):
     * its path relative to the repository root, the file, and its size and modification time when listed.
     */
    public record RepositoryFile(String path, Path file, FileStamp stamp) {}

    /**
     * When the site is in a git repository, the repository's own Markdown files that the build does not publish
     * use the site's images too: a README outside the site ({@code docs/}) showing the logo kept in {@code
     * docs/assets/}, or the site's own README that {@code exclude:} keeps out of the build (opentimeseries.github.io
     * and PromptAI/promptdialog show screenshots of {@code assets/} in theirs). GitHub shows them from the
     * repository, so deleting such an image breaks those files. Their paths are relative to each file (or, with a
     * leading '/', to the repository root), and are kept when they lead into the site folder.
     */
    private static void readRepository(
            Path siteRoot, Set<String> into, List<RepositoryFile> listed, Set<String> published) throws IOException {
        Path site = siteRoot.toAbsolutePath().normalize();
        Path repo = io.github.faqkit.core.platform.Repository.rootOf(site);
        if (repo == null || !site.startsWith(repo)) {
            return;
        }
        String prefix =
                repo.equals(site) ? "" : repo.relativize(site).toString().replace('\\', '/') + "/";
        for (RepositoryFile f : listed != null ? listed : repositoryMarkdown(siteRoot)) {
            if (f.path().startsWith(prefix) && published.contains(f.path().substring(prefix.length()))) {
                continue; // a page or a file published as it is: read with the site
            }
            String folder =
                    f.path().contains("/") ? f.path().substring(0, f.path().lastIndexOf('/')) : "";
            String raw;
            try {
                raw = new String(Files.readAllBytes(f.file()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // outside the site, read at best effort: the site's own files decide
            }
            for (String token : tokens(raw)) {
                String inSite = intoSite(imagePath(token), folder, prefix);
                if (inSite != null) {
                    into.add(inSite);
                }
            }
        }
    }

    /**
     * The Markdown files of the repository around the site that {@link #scan} may read for the site's images, in
     * the order read (empty when the site is in no git repository): what a rerun must fingerprint, since editing
     * them changes IMG006. The folders between the repository root and the site (where a README is) are listed
     * first; then the repository, the site folder included, is walked up to {@link #MAX_REPOSITORY_FILES} files,
     * leaving out dependencies, build output, hidden folders, other Jekyll sites (a folder with a configuration of
     * its own) and the site's own folders starting with '_'. Of the site's files, scan reads only those the build
     * does not publish (an excluded README). Only the file system's attributes are read, not the files.
     */
    public static List<RepositoryFile> repositoryMarkdown(Path siteRoot) throws IOException {
        Path site = siteRoot.toAbsolutePath().normalize();
        Path repo = io.github.faqkit.core.platform.Repository.rootOf(site);
        if (repo == null || !site.startsWith(repo)) {
            return List.of();
        }
        List<RepositoryFile> out = new java.util.ArrayList<>();
        Set<Path> around = new HashSet<>();
        for (Path d = site.getParent(); d != null && d.startsWith(repo); d = d.getParent()) {
            around.add(d);
            try (java.util.stream.Stream<Path> files = Files.list(d)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    addMarkdown(repo, f, Files.readAttributes(f, BasicFileAttributes.class), out);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder around the site that cannot be read holds nothing the run can use
            }
        }
        int[] left = {MAX_REPOSITORY_FILES};
        Files.walkFileTree(repo, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (dir.equals(repo) || dir.equals(site)) {
                    return FileVisitResult.CONTINUE;
                }
                // in the site, Jekyll's own folders (_layouts, _posts, …) are read with the site
                if (name.startsWith(".")
                        || SKIPPED_DIRS.contains(name)
                        || SiteConfigs.fileIn(dir) != null
                        || dir.startsWith(site) && name.startsWith("_")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // outside the site: an unreadable folder is left out
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (--left[0] < 0) {
                    return FileVisitResult.TERMINATE;
                }
                if (!around.contains(file.getParent())) {
                    addMarkdown(repo, file, attrs, out);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** Adds {@code file} when it is a Markdown file of the repository small enough to read. */
    private static void addMarkdown(Path repo, Path file, BasicFileAttributes attrs, List<RepositoryFile> out) {
        String ext = extension(file);
        if ((ext.equals("md") || ext.equals("markdown")) && attrs.isRegularFile() && attrs.size() <= MAX_BYTES) {
            out.add(new RepositoryFile(
                    repo.relativize(file).toString().replace('\\', '/'),
                    file,
                    new FileStamp(
                            attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS))));
        }
    }

    private static void read(
            Path file, BasicFileAttributes attrs, Set<String> into, Set<String> styled, TemplatedImages templated)
            throws IOException {
        if (SCANNED_EXT.contains(extension(file))) {
            readText(file, attrs, into, styled, templated, true, null);
        }
    }

    /**
     * The head of a JSON file this plugin wrote (a baseline, report.json): {@code "tool": {"name": …}} near the top.
     * Such a file lists findings, and the images its messages name are not shown by anything.
     */
    private static final Pattern OWN_JSON =
            Pattern.compile("\\A\\s*\\{[^{]{0,200}\"tool\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"" + ToolInfo.NAME + "\"");

    private static String extension(Path file) {
        return extension(file.getFileName().toString());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < name.lastIndexOf('/')) {
            return "";
        }
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** @param values whether the file is configuration or data, whose values templates may put into image paths */
    private static void readText(
            Path file,
            BasicFileAttributes attrs,
            Set<String> into,
            Set<String> styled,
            TemplatedImages templated,
            boolean values,
            TemplateTexts templates)
            throws IOException {
        if (!attrs.isRegularFile() || attrs.size() > MAX_BYTES) {
            return;
        }
        // Liquid delimiters become spaces: '{{ site.baseurl }}/images/logo.png' names /images/logo.png,
        // "{{ '/pics/a.png' | relative_url }}" names /pics/a.png
        String raw = templates != null
                ? templates.readReplacing(file)
                : new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (OWN_JSON.matcher(raw).lookingAt()) {
            return;
        }
        if (STYLE_EXT.contains(extension(file))) {
            Matcher c = ELEMENT_CLASS.matcher(raw);
            while (c.find()) {
                styled.add(c.group(1) + "." + c.group(2));
            }
        }
        for (String token : tokens(raw)) {
            add(token, into);
        }
        templated.readTemplate(raw);
        if (values) {
            templated.readValues(raw);
        }
    }

    /** The runs of the text that may be paths, as written. */
    static List<String> tokens(String raw) {
        String text =
                raw.replace("{{", "  ").replace("}}", "  ").replace("{%", "  ").replace("%}", "  ");
        List<String> out = new java.util.ArrayList<>();
        Matcher m = IMAGE_PATH.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.indexOf('\\') < 0) {
                out.add(token);
                continue;
            }
            // a JSON or JavaScript string escapes what ends or breaks the path: "<img src=\"/a/x.png\">" and
            // "x.png\nnext" hold the path up to the backslash ('\/' is an escaped '/', part of the path)
            for (String piece : ESCAPE.split(token.replace("\\/", "/"))) {
                if (!piece.isEmpty()) {
                    out.add(piece);
                }
            }
        }
        if (text.indexOf(' ') >= 0) {
            Matcher q = QUOTED_WITH_SPACE.matcher(text);
            while (q.find()) {
                out.add((q.group(1) != null ? q.group(1) : q.group(2)).strip());
            }
        }
        return out;
    }

    /** Keeps {@code token} when it names an image; a percent-encoded name also counts decoded ({@code a%20b.png}). */
    private static void add(String token, Set<String> into) {
        String path = imagePath(token);
        if (path != null) {
            String tail = tail(path);
            into.add(tail);
            if (tail.indexOf('%') >= 0) {
                into.add(percentDecoded(tail));
            }
        }
    }

    /** The token without query and fragment when it names an image; null otherwise. */
    private static String imagePath(String token) {
        if (token.indexOf('\\') >= 0) {
            // JSON and JavaScript strings may escape '/' ("\/wp-content\/uploads\/a.jpg", as WordPress writes them)
            token = token.replace("\\/", "/");
        }
        int q = token.indexOf('?');
        if (q >= 0) {
            token = token.substring(0, q);
        }
        int h = token.indexOf('#');
        if (h >= 0) {
            token = token.substring(0, h);
        }
        return IMAGE_EXT.contains(extension(token)) ? token : null;
    }

    /**
     * The site-relative path a repository file in {@code folder} names with {@code path} (relative to that folder,
     * or to the repository root with a leading '/'), when it leads into the site folder {@code prefix}; null for
     * URLs of other hosts and paths elsewhere.
     */
    static String intoSite(String path, String folder, String prefix) {
        if (path == null || path.indexOf(':') >= 0 || path.startsWith("//")) {
            return null;
        }
        String joined = path.startsWith("/") ? path.substring(1) : (folder.isEmpty() ? "" : folder + "/") + path;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.equals("..")) {
                if (parts.pollLast() == null) {
                    return null;
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        String normal = String.join("/", parts);
        if (!normal.startsWith(prefix)) {
            return null;
        }
        String inSite = normal.substring(prefix.length());
        return inSite.indexOf('%') >= 0 ? percentDecoded(inSite) : inSite;
    }

    /** {@code %XX} escapes decoded as UTF-8 bytes; '+' stays '+' (a path, not a form); a broken escape stays as written. */
    static String percentDecoded(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int hi = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The path without Liquid, leading {@code ./}, {@code ../} and {@code /}. */
    static String tail(String token) {
        String t = token.replaceAll("\\{\\{[^}]*}}|\\{%[^%]*%}", "");
        t = t.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        while (t.startsWith("./") || t.startsWith("../") || t.startsWith("/")) {
            t = t.substring(t.indexOf('/') + 1);
        }
        return t;
    }

    /** True when {@code token} (without query and fragment) ends in an image extension. */
    static boolean isImagePath(String token) {
        return imagePath(token) != null;
    }

    /**
     * True when a template puts this image's path together from a value and a literal end ({@link TemplatedImages}),
     * the value taken from the configuration and data or from {@code more} (front matter values, as path tails).
     */
    public boolean namedByTemplate(String imagePath, Set<String> more) {
        return templated.names(imagePath, more);
    }

    /** True when some non-page file names this image (matched by path tail, lenient on purpose). */
    public boolean names(String imagePath) {
        return namedIn(paths, imagePath);
    }

    /** True when one of these path tails ({@link #paths()}) names this image, matched as {@link #names} does. */
    public static boolean namedIn(Set<String> paths, String imagePath) {
        // Each tail of the path after a '/' looked up, instead of every named path compared with the end.
        if (!imagePath.isEmpty() && paths.contains(imagePath)) {
            return true;
        }
        for (int i = imagePath.indexOf('/'); i >= 0; i = imagePath.indexOf('/', i + 1)) {
            if (i + 1 < imagePath.length() && paths.contains(imagePath.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    public Set<String> paths() {
        return paths;
    }
}
