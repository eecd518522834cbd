package io.github.faqkit.core.refs;

import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files of the site that the repository's other files load through the site's published address
 * ({@code https://owner.github.io/repo/svg/a.svg} in a data file, a script or the README): an icon set or a logo the
 * site hosts for others (a report, a package, the repository's README) is used there, though no page shows it. The
 * addresses are the GitHub Pages host of the repository, the host of {@code url:} and of a {@code CNAME} file, each
 * with the baseurl. Read once, only when asked, from the text files of the repository (or of the site folder when no
 * git repository holds it).
 */
public final class PublishedUrlReferences {
    /** Files larger than this are data dumps or builds, not where a writer names an address. */
    private static final long MAX_FILE = 8L * 1024 * 1024;
    /** Bounds the reading of a very large repository; what is not read names nothing. */
    private static final long MAX_TOTAL = 256L * 1024 * 1024;

    private static final Set<String> SKIPPED_DIRS =
            Set.of(".git", "node_modules", "_site", ".jekyll-cache", ".sass-cache", "vendor", "target", ".bundle");

    /**
     * Files that name no address a writer typed: images (an icon set is thousands of them), media, fonts, archives,
     * documents. Not read at all, so a repository full of them costs a directory walk.
     */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?i).*\\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|psd|mp4|webm|mov|mp3|ogg|wav|woff2?|ttf|otf|eot|pdf"
                    + "|zip|gz|tgz|bz2|xz|7z|jar|war|class|exe|dll|so|dylib|bin|docx?|xlsx?|pptx?)$");

    private final Set<String> named;

    private PublishedUrlReferences(Set<String> named) {
        this.named = named;
    }

    /** True when a file of the repository names the site file {@code sitePath} by its published address. */
    public boolean names(String sitePath) {
        return named.contains(sitePath);
    }

    /** The references of {@code site}'s repository, read on first use. */
    public static PublishedUrlReferences of(Site site) {
        return site.derived(PublishedUrlReferences.class, PublishedUrlReferences::read);
    }

    private static PublishedUrlReferences read(Site site) {
        List<String> hosts = hosts(site);
        if (hosts.isEmpty()) {
            return new PublishedUrlReferences(Set.of());
        }
        String baseurl = site.config().baseurl();
        StringBuilder alt = new StringBuilder();
        for (String h : hosts) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(h));
        }
        // scheme or protocol-relative, host, baseurl, then the path up to where a URL ends in text
        Pattern url = Pattern.compile(
                "(?i)(?:https?:)?//(?:" + alt + ")" + Pattern.quote(baseurl) + "/([^\\s\"'<>()\\[\\]{}`,;|\\\\?#]+)");
        Path root = Repository.rootOf(site.contentDirectory());
        Set<String> named = new HashSet<>();
        // the site's pages are parsed already: an address of the site in one of them is a reference of the model
        Set<Path> pages = new HashSet<>();
        site.markdownFiles().forEach(p -> pages.add(p.entry().file()));
        scan(root != null ? root : site.contentDirectory(), pages, hosts, url, named);
        return new PublishedUrlReferences(Set.copyOf(named));
    }

    /** Hosts the site is served on, lower case: GitHub Pages', url:'s and the CNAME file's. */
    private static List<String> hosts(Site site) {
        List<String> out = new ArrayList<>();
        String pages = RepositoryFiles.of(site).pagesHost(site.config().baseurl());
        if (pages != null) {
            out.add(pages.toLowerCase(Locale.ROOT));
        }
        String configured = host(site.config().url());
        if (configured != null
                && !configured.equals("github.com")
                && !RepositoryFiles.of(site).otherOwnersPagesHost(configured)
                && !out.contains(configured)) {
            out.add(configured);
        }
        Path cname = site.contentDirectory().resolve("CNAME");
        if (Files.isRegularFile(cname)) {
            try {
                String c =
                        Files.readString(cname, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
                if (!c.isEmpty() && !c.contains("/") && !c.contains(" ") && !out.contains(c)) {
                    out.add(c);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable CNAME: that host is not looked for
            }
        }
        return out;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)^(?:https?:)?//([^/?#:]+)").matcher(url.strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static void scan(Path root, Set<Path> pages, List<String> hosts, Pattern url, Set<String> named) {
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    return !dir.equals(root) && name != null && SKIPPED_DIRS.contains(name.toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!readable(file, attrs) || pages.contains(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (total[0] + attrs.size() > MAX_TOTAL) {
                        return FileVisitResult.TERMINATE;
                    }
                    total[0] += attrs.size();
                    read(file, hosts, url, named);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what was read so far stands
        }
    }

    /** True for a file the walk reads: a regular file, not too large, not named as an image, media or archive. */
    private static boolean readable(Path file, BasicFileAttributes attrs) {
        return attrs.isRegularFile()
                && attrs.size() <= MAX_FILE
                && !NOT_TEXT.matcher(file.getFileName().toString()).matches();
    }

    /**
     * What IMG006 may read that the site's own scan does not fingerprint, for a rerun to stamp: each text file of the
     * repository outside {@code contentDirectory} this walk reads, with its size and time, and each other file there
     * by its presence alone (null), since a GitHub URL of the repository's files ({@code /raw/main/pics/a.png})
     * counts as a use of the file it names; and each text file inside {@code contentDirectory} that Jekyll leaves out
     * ({@code exclude:}, a {@code _} or {@code .} name: no file of the site's scan, yet read by the walk). Same
     * folders left out as the walk; attributes only, nothing read. Empty when the check reads none of it: no address
     * of the site is known (no repository for a GitHub Pages host, no {@code url:}, no {@code CNAME}) and no
     * repository to take GitHub URLs of.
     */
    public static Map<Path, FileStamp> outsideInputs(
            Path contentDirectory, io.github.faqkit.core.SiteConfig config, Map<String, String> env) {
        Path site = contentDirectory.toAbsolutePath().normalize();
        Path repo = Repository.rootOf(site);
        // without a git repository around the site, the walk reads the site folder alone
        Path root = repo != null ? repo : site;
        Map<Path, FileStamp> out = new TreeMap<>();
        com.fasterxml.jackson.databind.JsonNode configured = config.raw().get("repository");
        boolean addressKnown = host(config.url()) != null
                || Files.isRegularFile(site.resolve("CNAME"))
                || Repository.find(configured != null && configured.isTextual() ? configured.asText() : null, env, repo)
                        != null;
        if (!addressKnown) {
            return out;
        }
        io.github.faqkit.core.ContentScanner scanner = new io.github.faqkit.core.ContentScanner(site, config);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    return !dir.equals(root) && name != null && SKIPPED_DIRS.contains(name.toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean readable = readable(file, attrs);
                    if (file.startsWith(site)) {
                        // the site's scan stamps what Jekyll reads; a file it leaves out counts by its text alone
                        String rel = site.relativize(file).toString().replace('\\', '/');
                        if (!readable || scanner.keeps(rel, false)) {
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    out.put(
                            file,
                            readable
                                    ? new FileStamp(
                                            attrs.size(),
                                            attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS))
                                    : null);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what was listed so far stands, as for the walk itself
        }
        return out;
    }

    private static void read(Path file, List<String> hosts, Pattern url, Set<String> named) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return; // binary: an image, an archive, a font
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean any = false;
        for (String h : hosts) {
            any |= lower.contains(h);
        }
        if (!any) {
            return;
        }
        Matcher m = url.matcher(text);
        while (m.find()) {
            String path = Resolver.decode(m.group(1));
            if (path != null) {
                named.add(path);
            }
        }
    }
}
