package io.github.faqkit.core.platform;

import io.github.faqkit.core.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the repository also converts its pages with pandoc (a PDF or e-book of the same Markdown): a GitHub Actions
 * workflow, a Makefile or a shell script at the repository's root runs it. pandoc reads the page's front matter as
 * its metadata, so keys the site never reads ({@code header-includes}, {@code geometry}) still shape that output.
 */
public final class PandocBuild {
    /**
     * The metadata variables pandoc's templates read (pandoc manual, "Variables": metadata, language, HTML and
     * LaTeX/Beamer layout, fonts, links, front matter and citation variables); {@code title}, {@code author},
     * {@code date}, {@code lang} and the like are known to Jekyll anyway.
     */
    public static final Set<String> KEYS = Set.of(
            "subtitle",
            "abstract",
            "abstract-title",
            "subject",
            "category",
            "dir",
            "institute",
            "thanks",
            "header-includes",
            "include-before",
            "include-after",
            "pagetitle",
            "title-prefix",
            "document-css",
            "css",
            "toc-title",
            "toc-depth",
            "table-of-contents",
            "lof",
            "lot",
            "numbersections",
            "secnumdepth",
            "documentclass",
            "classoption",
            "geometry",
            "papersize",
            "pagestyle",
            "linestretch",
            "indent",
            "block-headings",
            "hyperrefoptions",
            "margin-left",
            "margin-right",
            "margin-top",
            "margin-bottom",
            "fontsize",
            "fontfamily",
            "fontfamilyoptions",
            "fontenc",
            "mainfont",
            "mainfontoptions",
            "sansfont",
            "sansfontoptions",
            "monofont",
            "monofontoptions",
            "mathfont",
            "mathfontoptions",
            "CJKmainfont",
            "CJKoptions",
            "microtypeoptions",
            "fontcolor",
            "backgroundcolor",
            "monobackgroundcolor",
            "maxwidth",
            "colorlinks",
            "boxlinks",
            "linkcolor",
            "urlcolor",
            "citecolor",
            "filecolor",
            "toccolor",
            "links-as-notes",
            "bibliography",
            "csl",
            "nocite",
            "link-citations",
            "link-bibliography",
            "reference-section-title",
            "suppress-bibliography",
            "biblio-title",
            "biblio-style",
            "biblatexoptions",
            "natbiboptions",
            "babel-lang",
            "theme",
            "colortheme",
            "fonttheme",
            "innertheme",
            "outertheme",
            "aspectratio",
            "navigation",
            "section-titles",
            "logo",
            "titlegraphic");

    /** A line that runs pandoc: not a comment, not a package manager installing it. */
    private static final Pattern RUNS = Pattern.compile(
            "(?m)^(?![^#\\n]*\\b(?:apt|apt-get|brew|choco|winget|pip|pip3|conda|yum|dnf|apk|cabal|stack)\\s)"
                    + "[^#\\n]*\\bpandoc\\b");

    private final boolean runs;

    private PandocBuild(boolean runs) {
        this.runs = runs;
    }

    /** True when the repository runs pandoc over its files. */
    public boolean runs() {
        return runs;
    }

    /** The repository of {@code site} (its content folder when no git repository holds it), read once. */
    public static PandocBuild of(Site site) {
        return site.derived(PandocBuild.class, s -> {
            Path root = Repository.rootOf(s.contentDirectory());
            return new PandocBuild(runsIn(root != null ? root : s.contentDirectory()));
        });
    }

    /** True when a workflow, Makefile or root shell script of {@code root} runs pandoc. */
    static boolean runsIn(Path root) {
        for (Path p : filesRead(root)) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                if (RUNS.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                    return true;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable (not UTF-8, gone): says nothing about pandoc
            }
        }
        return false;
    }

    /** The files {@link #runsIn} reads (the Makefiles whether they exist or not): what a rerun stamps. */
    public static List<Path> filesRead(Path root) {
        List<Path> files = new ArrayList<>();
        if (root == null) {
            return files;
        }
        files.add(root.resolve("Makefile"));
        files.add(root.resolve("makefile"));
        files.add(root.resolve("GNUmakefile"));
        list(root.resolve(".github").resolve("workflows"), files, ".yml", ".yaml");
        list(root, files, ".sh");
        return files;
    }

    private static void list(Path dir, List<Path> out, String... endings) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                for (String e : endings) {
                    if (n.endsWith(e)) {
                        out.add(p);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // no listing: no evidence
        }
        out.sort(null);
    }
}
