package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Walks the site source and decides, like Jekyll's reader and entry filter, which files are pages,
 * documents of output collections, and static files. Symbolic links to folders are not followed, so
 * a link loop cannot trap the walk; links that leave the content directory are skipped.
 */
public final class ContentScanner {

    /** Folders never part of the site, whatever the configuration says. */
    static final Set<String> ALWAYS_SKIPPED = Set.of(
            "target", "_site", ".git", "node_modules", "vendor", ".jekyll-cache", ".sass-cache", ".bundle", ".mvn");

    /**
     * Jekyll 3's default {@code exclude} (3.5 to 3.10, the version GitHub Pages runs). Jekyll 3 merges the site's
     * settings over its defaults replacing lists, so a site that sets {@code exclude:} drops these.
     */
    public static final List<String> JEKYLL3_DEFAULT_EXCLUDES = List.of(
            "Gemfile",
            "Gemfile.lock",
            "node_modules",
            "vendor/bundle/",
            "vendor/cache/",
            "vendor/gems/",
            "vendor/ruby/");

    /** Jekyll 4 adds these to every {@code exclude} list. */
    static final List<String> JEKYLL_DEFAULT_EXCLUDES = Stream.concat(
                    Stream.of(".sass-cache", ".jekyll-cache", "gemfiles"), JEKYLL3_DEFAULT_EXCLUDES.stream())
            .toList();

    /**
     * What the walk found, and what it had to leave out; with the stamp of each entry whose content matters
     * ({@link ScanListing#contentMatters}: not of images and other binary files) and when (epoch
     * nanoseconds, 0: unknown) the walk began, so a stamp can be judged too close to it to trust; and the
     * folders it entered ({@link ScanListing}), null when the walk met a symbolic link or left something out
     * (a link's target can change without its folder showing it).
     */
    public record Result(
            List<SourceEntry> entries,
            List<String> skippedNotices,
            Map<String, FileStamp> stamps,
            long startedAtNanos,
            ScanListing listing) {
        public Result(List<SourceEntry> entries, List<String> skippedNotices) {
            this(entries, skippedNotices, Map.of(), 0, null);
        }

        /**
         * Size and time of an entry as the walk saw them (links followed); null when unknown, and for a file whose
         * content does not matter.
         */
        public FileStamp stamp(String path) {
            return stamps.get(path);
        }
    }

    private final Path root;
    private final SiteConfig config;
    private final JekyllGlobs excludes;
    private final JekyllGlobs includes;
    /** The collections folder with a {@code /} after it, or "" (the content directory). */
    private final String collectionsPrefix;

    public ContentScanner(Path root, SiteConfig config) {
        this(root, config, List.of());
    }

    /** A scanner for the configuration with {@code moreExcludes} added to its {@code exclude:} list. */
    ContentScanner(Path root, SiteConfig config, List<String> moreExcludes) {
        this.root = root;
        this.config = config;
        List<String> all = new ArrayList<>(config.exclude());
        all.addAll(moreExcludes);
        all.addAll(JEKYLL_DEFAULT_EXCLUDES);
        // Jekyll tests entries against "site.exclude - site.include": an entry listed in both is not excluded.
        all.removeAll(config.include());
        this.excludes = new JekyllGlobs(all);
        this.includes = new JekyllGlobs(config.include());
        String d = Glob.trimSlashes(config.collectionsDir());
        this.collectionsPrefix = d.isEmpty() ? "" : d + "/";
    }

    public Result scan() throws IOException {
        java.time.Instant now = java.time.Instant.now();
        long startedAt = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        Path realRoot = root.toRealPath();
        Walk walk = new Walk(realRoot);
        BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class);
        if (!rootAttrs.isDirectory()) {
            walk.file(
                    root,
                    "",
                    root.getFileName() == null ? "" : root.getFileName().toString(),
                    rootAttrs);
        } else {
            // Folders are walked in parallel (a site has tens of thousands of files, and a stat each); what is
            // kept of each entry depends on its path only, and the lists are sorted at the end.
            ForkJoinPool.commonPool().invoke(walk.folder(root, "", rootAttrs));
        }
        List<SourceEntry> entries = new ArrayList<>(walk.entries);
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        List<String> notices = new ArrayList<>(walk.notices);
        Collections.sort(notices);
        ScanListing listing = rootAttrs.isDirectory() && notices.isEmpty() && !walk.sawLink
                ? new ScanListing(new HashMap<>(walk.folders))
                : null;
        return new Result(SourceEntries.of(root, entries), notices, new HashMap<>(walk.stamps), startedAt, listing);
    }

    /**
     * The scan a walk would give while every folder of {@code listing} still lists the same names
     * ({@link ScanListing#stillCurrent}), without one: the same entries, with {@code stamps} for the files
     * whose content matters. Null when the listing cannot stand for a walk (a folder the walk would enter is
     * not in it, a name holds a backslash).
     */
    public Result replay(ScanListing listing, Map<String, FileStamp> stamps, long startedAtNanos) {
        List<SourceEntry> entries = new ArrayList<>();
        if (!replay(listing, "", entries)) {
            return null;
        }
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        return new Result(SourceEntries.of(root, entries), List.of(), stamps, startedAtNanos, listing);
    }

    private boolean replay(ScanListing listing, String rel, List<SourceEntry> entries) {
        ScanListing.Folder folder = listing.folders().get(rel);
        if (folder == null) {
            return false;
        }
        for (String listed : folder.nameList()) {
            boolean directory = listed.endsWith("/");
            String name = directory ? listed.substring(0, listed.length() - 1) : listed;
            if (name.indexOf('\\') >= 0) {
                return false; // the walk keeps such a file by its own path (see SourceEntry)
            }
            String childRel = child(rel, name);
            if (directory) {
                if (entersFolder(childRel, name) && !replay(listing, childRel, entries)) {
                    return false;
                }
            } else if ((!filtered(childRel, name, false) || inOutputCollection(childRel))
                    && !unreadPostFile(childRel)) {
                // the path has no backslash, so it names the file under the root: no Path is made per file
                entries.add(classify(childRel, null));
            }
        }
        return true;
    }

    /**
     * One walk of the content directory, as {@link Files#walkFileTree} without following links would make it:
     * folders Jekyll skips are not entered, a link is looked at as a file, a folder that cannot be read is a
     * notice.
     */
    private final class Walk {
        private final Path realRoot;
        final Queue<SourceEntry> entries = new ConcurrentLinkedQueue<>();
        final Queue<String> notices = new ConcurrentLinkedQueue<>();
        // the walk reads every file's attributes anyway: keeping them saves a second stat per file
        final Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
        final Map<String, ScanListing.Folder> folders = new ConcurrentHashMap<>();
        volatile boolean sawLink;

        Walk(Path realRoot) {
            this.realRoot = realRoot;
        }

        /** The walk of folder {@code dir}, whose path in the site is {@code rel} ("" for the root). */
        RecursiveAction folder(Path dir, String rel, BasicFileAttributes attrs) {
            return new RecursiveAction() {
                @Override
                protected void compute() {
                    List<RecursiveAction> subfolders = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                        for (Path child : children) {
                            visit(child, rel, subfolders, names);
                        }
                        folders.put(
                                rel,
                                new ScanListing.Folder(
                                        attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), ScanListing.names(names)));
                    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                        IOException cause = e instanceof java.nio.file.DirectoryIteratorException d
                                ? d.getCause()
                                : (IOException) e;
                        notices.add(relative(dir) + ": skipped, it cannot be read ("
                                + cause.getClass().getSimpleName() + ")");
                    }
                    invokeAll(subfolders);
                }
            };
        }

        private void visit(Path child, String folder, List<RecursiveAction> subfolders, List<String> names) {
            String name = child.getFileName().toString();
            String rel = child(folder, name);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                notices.add(relative(child) + ": skipped, it cannot be read ("
                        + e.getClass().getSimpleName() + ")");
                return;
            }
            if (attrs.isSymbolicLink()) {
                sawLink = true;
                BasicFileAttributes linked = linkedFolder(child);
                if (linked != null) {
                    attrs = linked;
                }
            }
            if (!ScanListing.comesAndGoes(folder, name, attrs.isDirectory())) {
                names.add(attrs.isDirectory() ? name + "/" : name);
            }
            if (attrs.isDirectory()) {
                if (entersFolder(rel, name)) {
                    subfolders.add(folder(child, rel, attrs));
                }
                return;
            }
            file(child, rel, name, attrs);
        }

        /**
         * The attributes of the folder a symbolic link names when Jekyll reads it as a folder of the site: it
         * follows such a link (File.directory? follows links), also in safe mode (GitHub Pages) when the folder is
         * inside the site source. Null for anything else, for a link to a folder that holds it (a loop), and for a
         * link met inside a linked folder.
         */
        private BasicFileAttributes linkedFolder(Path link) {
            try {
                Path target = link.toRealPath();
                Path parent = link.getParent().toRealPath();
                // one level: a link inside a linked folder is not followed (no walk through links in a circle)
                if (!parent.equals(link.getParent().toAbsolutePath().normalize())) {
                    return null;
                }
                Path realLink = parent.resolve(link.getFileName());
                if (!target.startsWith(realRoot) || realLink.startsWith(target) || !Files.isDirectory(target)) {
                    return null;
                }
                return Files.readAttributes(target, BasicFileAttributes.class);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        void file(Path file, String rel, String name, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                try {
                    Path target = file.toRealPath();
                    if (!target.startsWith(realRoot)) {
                        notices.add(rel + ": skipped, it is a symbolic link to " + target
                                + ", outside the content directory");
                        return;
                    }
                    if (Files.isDirectory(target)) {
                        notices.add(rel + ": skipped, symbolic links to folders are not followed");
                        return;
                    }
                } catch (IOException e) {
                    notices.add(rel + ": skipped, it is a broken or looping symbolic link");
                    return;
                }
            } else if (!attrs.isRegularFile()) {
                return;
            }
            if (filtered(rel, name, false) && !inOutputCollection(rel) || unreadPostFile(rel)) {
                return;
            }
            entries.add(classify(rel, file));
            if (!ScanListing.contentMatters(rel)) {
                return; // an image's presence is all that counts: a site has hundreds of thousands, no stamp kept
            }
            FileStamp stamp = attrs.isSymbolicLink()
                    ? FileStamp.of(file)
                    : new FileStamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            if (stamp != null) {
                stamps.put(rel, stamp);
            }
        }
    }

    /** The decision of the walk about a folder: skipped by Jekyll, a collection, or filtered. */
    private boolean entersFolder(String rel, String name) {
        if (ALWAYS_SKIPPED.contains(rel) || ALWAYS_SKIPPED.contains(name) && !rel.contains("/")) {
            return false;
        }
        return isCollectionDir(rel) || !filtered(rel, name, true);
    }

    /** As {@link #relative}: a backslash counts as a separator (Windows paths), also in a file name. */
    private static String child(String folder, String name) {
        String n = name.replace('\\', '/');
        return folder.isEmpty() ? n : folder + "/" + n;
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Jekyll's EntryFilter#filter: an entry named in {@code include} is kept even when excluded;
     * otherwise excluded entries, then special names ({@code . _ # ~} first, {@code ~} last) are skipped.
     * Jekyll matches {@code include} against the entry's name and {@code exclude} against its path
     * from the site source.
     */
    boolean filtered(String rel, String name, boolean directory) {
        if (includes.matches(name, directory)) {
            return false;
        }
        if (excluded(rel, directory)) {
            return true;
        }
        return name.startsWith(".")
                || name.startsWith("_")
                || name.startsWith("#")
                || name.startsWith("~")
                || name.endsWith("~");
    }

    private boolean excluded(String rel, boolean directory) {
        return excludes.matches(rel, directory);
    }

    /**
     * Whether Jekyll's reader keeps {@code rel} (a folder when {@code directory}): it filters each level as it
     * descends, so the entry and every folder above it must pass {@link #filtered}. Not for collection folders,
     * whose documents Jekyll reads apart.
     */
    public boolean keeps(String rel, boolean directory) {
        String[] parts = Glob.trimSlashes(rel).split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(parts[i]);
            if (filtered(path.toString(), parts[i], directory || i < parts.length - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Jekyll's EntryFilter#included?: {@code include:} names the file {@code rel} (a site-relative path), by its
     * path or by its base name. jekyll-optional-front-matter asks this of the repository files it otherwise
     * leaves raw (README, LICENSE …).
     */
    public static boolean explicitlyIncluded(List<String> include, String rel) {
        if (include.isEmpty()) {
            return false;
        }
        JekyllGlobs globs = new JekyllGlobs(include);
        return globs.matches(rel, false) || globs.matches(rel.substring(rel.lastIndexOf('/') + 1), false);
    }

    /**
     * Jekyll's EntryFilter#glob_include?: {@code File.fnmatch?} without flags (so {@code *} also crosses
     * {@code /}), a plain string prefix ({@code docs} also matches {@code docs-old/}), or a pattern ending
     * in {@code /} that names this folder. Leading slashes are dropped, as {@code File.join} does.
     */
    static final class JekyllGlobs {
        private final List<String> prefixes = new ArrayList<>();
        private final List<Glob> patterns = new ArrayList<>();

        JekyllGlobs(List<String> globs) {
            for (String g : globs) {
                String e = stripLeadingSlashes(g);
                if (e.isEmpty()) {
                    continue;
                }
                prefixes.add(e);
                if (literal(e)) {
                    continue; // it matches only the path itself, which the prefix test accepts already
                }
                // Not a regex: a backtracking matcher takes exponential time on '*a*a*a*a*b' (anyone edits
                // _config.yml).
                patterns.add(Glob.fnmatch(e));
            }
        }

        /** No {@code * ? [ \\}: fnmatch compares such a pattern character by character. */
        private static boolean literal(String pattern) {
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '*' || c == '?' || c == '[' || c == '\\') {
                    return false;
                }
            }
            return true;
        }

        boolean matches(String path, boolean directory) {
            for (String prefix : prefixes) {
                if (path.startsWith(prefix)
                        || (directory
                                && prefix.length() == path.length() + 1
                                && prefix.startsWith(path)
                                && prefix.endsWith("/"))) {
                    return true;
                }
            }
            for (Glob p : patterns) {
                if (p.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String stripLeadingSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }

    private String collectionsPrefix() {
        return collectionsPrefix;
    }

    private boolean isCollectionDir(String rel) {
        // a folder's own _posts folder ('docs/_posts'), its last part
        if (rel.endsWith("/_posts") && nestedPostsStart(rel + "/") == rel.length() - "_posts".length()) {
            return !excluded(rel, true);
        }
        String prefix = collectionsPrefix();
        if (!rel.startsWith(prefix)) {
            return false;
        }
        String r = rel.substring(prefix.length());
        if (!r.startsWith("_") || r.contains("/")) {
            return false;
        }
        return config.collections().containsKey(r.substring(1)) && !excluded(rel, true);
    }

    /** The folder of posts Jekyll reads in every folder it reads: {@code <folder>/_posts}. */
    private static final String POSTS = "/_posts/";

    /**
     * Where {@code _posts/} starts in {@code rel} when the file lies in the {@code _posts} folder of a subfolder
     * ({@code docs/_posts/x.md}): Jekyll's reader reads the posts of every folder it enters (Reader#retrieve_posts),
     * without a {@code collections_dir}; -1 otherwise. The folders above must be ones Jekyll reads.
     */
    private int nestedPostsStart(String rel) {
        if (!collectionsPrefix().isEmpty()) {
            return -1; // Jekyll reads posts only under collections_dir then
        }
        int i = rel.indexOf(POSTS);
        if (i <= 0 || !keeps(rel.substring(0, i), true)) {
            return -1;
        }
        return i + 1;
    }

    /**
     * Where the path inside its collection folder starts in {@code rel} (after {@code _label/}), for a file of
     * collection {@code collection}.
     */
    private int insideStart(String rel, String collection) {
        int nested = "posts".equals(collection) ? nestedPostsStart(rel) : -1;
        return nested > 0 ? nested + POSTS.length() - 1 : collectionsPrefix().length() + collection.length() + 2;
    }

    private String collectionOf(String rel) {
        if (rel.indexOf(POSTS) > 0 && nestedPostsStart(rel) > 0) {
            return "posts";
        }
        String prefix = collectionsPrefix();
        // asked of every file: no string is made for a file outside the collections
        if (!rel.startsWith(prefix) || !rel.startsWith("_", prefix.length())) {
            return null;
        }
        String r = rel.substring(prefix.length() + 1);
        int slash = r.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String label = r.substring(0, slash);
        return config.collections().containsKey(label) ? label : null;
    }

    private boolean inOutputCollection(String rel) {
        String c = collectionOf(rel);
        return c != null && !excluded(rel, false) && !specialInside(rel);
    }

    /**
     * True for an undated file of {@code _posts}: Jekyll's post reader takes only the dated ones, and nothing else
     * reads or copies the others (platform-golden documents-titles-and-posts).
     */
    private boolean unreadPostFile(String rel) {
        return "posts".equals(collectionOf(rel))
                && !Documents.DATED.matcher(rel).matches();
    }

    /**
     * Jekyll's EntryFilter on a collection's entries, paths relative to the collection folder: the first part
     * or the file name starting with {@code . _ # ~}, or a name ending in {@code ~}, is skipped unless
     * {@code include:} names it ({@code _staffers/_example.md} is no document; checked with Jekyll 4.3.1).
     */
    private boolean specialInside(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String collection = collectionOf(rel);
        String inside = rel.substring(insideStart(rel, collection));
        if (includes.matches(inside, false) || includes.matches(name, false)) {
            return false;
        }
        return special(inside) || special(name) || name.endsWith("~");
    }

    private static boolean special(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.startsWith("#") || name.startsWith("~");
    }

    /** The entry of the file at {@code rel}; {@code file} null: the one {@code rel} names under the root. */
    private SourceEntry classify(String rel, Path file) {
        String lower = rel.toLowerCase(Locale.ROOT);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
        String collection = collectionOf(rel);
        String inColl = null;
        boolean out = true;
        if (collection != null) {
            inColl = rel.substring(insideStart(rel, collection));
            out = Boolean.TRUE.equals(config.collections().get(collection));
        }
        return file == null
                ? SourceEntry.atPath(root, rel, markdown, collection, inColl, out)
                : SourceEntry.under(root, rel, file, markdown, collection, inColl, out);
    }
}
