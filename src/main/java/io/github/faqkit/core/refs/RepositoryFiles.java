package io.github.faqkit.core.refs;

import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs that GitHub answers with a file of the site's own repository ({@code github.com/<owner>/<repo>/raw/<ref>/…},
 * {@code …/blob/<ref>/…?raw=true}, {@code raw.githubusercontent.com/<owner>/<repo>/<ref>/…}): pages show images
 * through them, so they are references to the repository's files, found in the working tree. The repository is the
 * one jekyll-github-metadata names ({@code repository:}, {@code PAGES_REPO_NWO}, the {@code origin} remote).
 */
final class RepositoryFiles {
    private static final Pattern GITHUB = Pattern.compile(
            "(?i)^https?://(?:www\\.)?github\\.com/([^/]+)/([^/]+)/(raw|blob)/([^?#]+)(?:\\?([^#]*))?(?:#.*)?$");
    private static final Pattern RAW =
            Pattern.compile("(?i)^https?://raw\\.githubusercontent\\.com/([^/]+)/([^/]+)/([^?#]+)(?:[?#].*)?$");

    /** A file of the repository a URL names. */
    record Target(String repositoryPath, String sitePath, boolean exists, String ref, boolean refCheckedOut) {}

    private final Repository repository;
    private final Path root;
    /** The site source's path inside the repository ("" at its root, else ending in '/'). */
    private final String sitePrefix;

    private final String branch;

    private RepositoryFiles(Site site, Map<String, String> env) {
        Path repoRoot = Repository.rootOf(site.contentDirectory());
        com.fasterxml.jackson.databind.JsonNode configured = site.config().raw().get("repository");
        this.repository = Repository.find(
                configured != null && configured.isTextual() ? configured.asText() : null, env, repoRoot);
        this.root = repoRoot;
        String prefix = null;
        if (repoRoot != null) {
            Path content = site.contentDirectory().toAbsolutePath().normalize();
            if (content.startsWith(repoRoot)) {
                String rel = repoRoot.relativize(content).toString().replace('\\', '/');
                prefix = rel.isEmpty() ? "" : rel + "/";
            }
        }
        this.sitePrefix = prefix;
        this.branch = repoRoot == null ? null : Repository.currentBranch(repoRoot);
    }

    static RepositoryFiles of(Site site) {
        return site.derived(RepositoryFiles.class, s -> new RepositoryFiles(s, System.getenv()));
    }

    /** A URL GitHub answers with a file: the repository it names and its {@code <ref>/<path>}, decoded. */
    private record FileUrl(String owner, String name, String refAndPath) {}

    private static FileUrl fileUrl(String url) {
        Matcher g = GITHUB.matcher(url);
        if (g.matches()) {
            if (g.group(3).equalsIgnoreCase("blob") && !rawQuery(g.group(5))) {
                return null; // GitHub's page about the file, not the file
            }
            return new FileUrl(g.group(1), g.group(2), Resolver.decode(g.group(4)));
        }
        Matcher r = RAW.matcher(url);
        return r.matches() ? new FileUrl(r.group(1), r.group(2), Resolver.decode(r.group(3))) : null;
    }

    private boolean ours(FileUrl u) {
        return u.owner().equalsIgnoreCase(repository.owner()) && sameName(u.name(), repository.name());
    }

    /** The repository file {@code url} names; null when it names no file of this site's repository. */
    Target resolve(String url) {
        if (repository == null || root == null || sitePrefix == null) {
            return null;
        }
        FileUrl u = fileUrl(url);
        if (u == null || !ours(u)) {
            return null;
        }
        // '<ref>/<path>': a branch may hold slashes, so the first split that names a file wins
        String[] segs = u.refAndPath().split("/");
        for (int k = 1; k < segs.length; k++) {
            String path = String.join("/", java.util.Arrays.copyOfRange(segs, k, segs.length));
            String ref = String.join("/", java.util.Arrays.copyOfRange(segs, 0, k));
            Target t = target(path, ref);
            if (t != null && t.exists()) {
                return t;
            }
        }
        if (segs.length < 2) {
            return null;
        }
        String path = String.join("/", java.util.Arrays.copyOfRange(segs, 1, segs.length));
        Target t = target(path, segs[0]);
        return t;
    }

    /**
     * The repository paths {@code url} may name, one for each way to split its {@code <ref>/<path>} (a branch may
     * hold slashes), when {@link #resolve} cannot tell: the URL is a file URL of GitHub, but the site's repository or
     * its working tree is not known here (a copy of the site without its git checkout, no {@code repository:} and no
     * {@code PAGES_REPO_NWO}), so the URL may well be the site's own. Empty when the URL is no GitHub file URL, when
     * it names another repository than the known one, or when the working tree is known and {@link #resolve} decides.
     */
    java.util.List<String> unverifiablePaths(String url) {
        if (repository != null && root != null && sitePrefix != null) {
            return java.util.List.of();
        }
        FileUrl u = fileUrl(url);
        if (u == null || repository != null && !ours(u)) {
            return java.util.List.of();
        }
        String[] segs = u.refAndPath().split("/");
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int k = 1; k < segs.length; k++) {
            out.add(String.join("/", java.util.Arrays.copyOfRange(segs, k, segs.length)));
        }
        return out;
    }

    /**
     * The host GitHub Pages answers for this site, {@code <owner>.github.io}, when the site is served where GitHub
     * Pages puts the repository: at the root for a user site, under {@code /<repository>} for a project site (with
     * a custom domain GitHub redirects that address to it). Null when the repository is unknown or the baseurl says
     * the site lives elsewhere.
     */
    String pagesHost(String baseurl) {
        if (repository == null) {
            return null;
        }
        boolean pagesPath =
                repository.userSite() ? baseurl.isEmpty() : baseurl.equalsIgnoreCase("/" + repository.name());
        return pagesPath ? repository.owner().toLowerCase(java.util.Locale.ROOT) + ".github.io" : null;
    }

    /**
     * {@code /<repository>} when {@code host} is the owner's {@code <owner>.github.io} and the repository is a project
     * site: GitHub Pages serves it on that host under that path only, whatever baseurl the build uses (the host's root
     * is the owner's user site, the other paths the owner's other projects). Null for a user site, another host, or an
     * unknown repository.
     */
    String projectPathOnOwnersHost(String host) {
        if (repository == null || host == null || repository.userSite()) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals(repository.owner().toLowerCase(Locale.ROOT) + ".github.io") ? "/" + repository.name() : null;
    }

    /**
     * Whether {@code host} is the GitHub Pages host of another owner: a {@code <name>.github.io} host belongs to the
     * account of that name, and GitHub serves this repository's site only on its owner's (or a custom domain), so a
     * {@code url:} naming another owner's github.io host (the template's {@code just-the-docs.github.io}) is not where
     * this site is served. False when the repository is unknown.
     */
    boolean otherOwnersPagesHost(String host) {
        if (repository == null || host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return name.endsWith(".github.io") && !name.equals(repository.owner().toLowerCase(Locale.ROOT) + ".github.io");
    }

    /** {@code owner/name}, for messages. */
    String repository() {
        return repository == null ? null : repository.toString();
    }

    private Target target(String repositoryPath, String ref) {
        String normal = Resolver.normalize("/" + repositoryPath);
        if (normal == null || normal.length() < 2) {
            return null;
        }
        String path = normal.substring(1);
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        String sitePath = path.startsWith(sitePrefix) ? path.substring(sitePrefix.length()) : null;
        return new Target(path, sitePath, Files.isRegularFile(file), ref, ref.equals(branch));
    }

    private static boolean rawQuery(String query) {
        if (query == null) {
            return false;
        }
        for (String p : query.split("&")) {
            String v = p.toLowerCase(Locale.ROOT);
            if (v.equals("raw=true") || v.equals("raw=1")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(String inUrl, String repo) {
        String n = inUrl.endsWith(".git") ? inUrl.substring(0, inUrl.length() - 4) : inUrl;
        return n.equalsIgnoreCase(repo);
    }
}
