package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Differential test of reruns: on generated sites (links between pages, fragments, HTML anchors, images, nav
 * parents, Liquid) random edits of every kind are applied one after the other, and after each the rerun's
 * reports must equal, byte for byte, those of a cold run of the same files. The rerun keeps its cache and run
 * record from step to step, as a writer's builds do, so it takes checks over whenever it believes it may.
 */
class RerunDifferentialTest {
    @TempDir
    Path tmp;

    /** What an edit does; each is tried on every shape. */
    enum Edit {
        SENTENCE,
        SENTENCE_NEW_LINE,
        ALT_TEXT,
        LIST_ADDED,
        HEADING_TEXT,
        NEW_LINK,
        BROKEN_LINK,
        FRAGMENT_LINK,
        IMAGE_ADDED,
        IMAGE_REMOVED,
        TITLE,
        PARENT,
        NAV_ORDER,
        PERMALINK,
        FRONT_MATTER_COMMENT,
        LIQUID_ADDED,
        LIQUID_EDITED,
        ANCHOR_ADDED,
        PAGE_ADDED,
        PAGE_REMOVED,
        PAGE_RENAMED,
        CONFIG,
        /** An entry of {@code exclude:} added or removed: a page, a folder, a glob, an image. */
        EXCLUDE_EDITED,
        /** A new file that an {@code exclude:} glob leaves out of the site (it would have findings). */
        EXCLUDED_FILE_ADDED,
        /**
         * A file the site leaves out, edited in place (no folder changes): IMG006's walk reads it for the published
         * address, so the rerun must see the edit.
         */
        EXCLUDED_FILE_EDITED,
        /** An image deleted, or put back when it was. */
        FILE_DELETED
    }

    /** A page as the generator keeps it: front matter lines by key, and body lines. */
    private static final class PageText {
        final Map<String, String> frontMatter = new LinkedHashMap<>();
        final List<String> body = new ArrayList<>();
        final List<String> comments = new ArrayList<>();

        String text() {
            StringBuilder b = new StringBuilder("---\n");
            comments.forEach(c -> b.append("# ").append(c).append('\n'));
            frontMatter.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
            b.append("---\n");
            body.forEach(l -> b.append(l).append('\n'));
            return b.toString();
        }
    }

    /** A generated site on disk, with its pages in memory to edit them. */
    private final class GeneratedSite {
        final Path root;
        final Random random;
        final String shape;
        final Map<String, PageText> pages = new TreeMap<>();
        final List<String> images = new ArrayList<>();
        String config;
        /** The {@code exclude:} list of the configuration, written after {@link #config}. */
        final List<String> excludes = new ArrayList<>(List.of("*.draft.md", "scratch"));
        /** File times are set by hand, a second apart and an hour ago: settled, as files not edited just now. */
        long clock = Instant.now().minusSeconds(3600).getEpochSecond();

        GeneratedSite(Path root, long seed, String shape) throws IOException {
            this.root = root;
            this.random = new Random(seed);
            this.shape = shape;
            // url: gives IMG006's walk an address to look for in the repository's files, the excluded ones too
            config = "title: Diff\nbaseurl: /kb\nurl: https://kb.example.org\n"
                    + (shape.equals("pretty") ? "permalink: pretty\n" : "")
                    + (shape.equals("collection")
                            ? "collections:\n  guides:\n    output: true\n    permalink: /guides/:path/\n"
                            : "");
            writeConfig();
            write("scratch/kept.md", "# Kept out\n\nNo image.\n");
            write("_includes/note.html", "<p class=\"note\">{{ include.text }}</p>\n");
            for (String img : List.of("pics/a.png", "pics/b.png", "pics/c.png", "pics/orphan.png")) {
                images.add(img);
                bytes(img, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            }
            int n = 8 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                String path = pagePath(i);
                pages.put(path, newPage(i));
            }
            for (String path : pages.keySet()) {
                fillBody(path);
                writePage(path);
            }
            settleAll();
        }

        String pagePath(int i) {
            if (shape.equals("collection") && i % 3 == 2) {
                return "_guides/g" + i + ".md";
            }
            return i == 0 ? "index.md" : (i % 2 == 0 ? "docs/" : "docs/deep/") + "p" + i + ".md";
        }

        PageText newPage(int i) {
            PageText p = new PageText();
            p.frontMatter.put("title", "Page " + i);
            p.frontMatter.put("nav_order", String.valueOf(1 + random.nextInt(5)));
            if (i > 1 && random.nextInt(3) > 0) {
                p.frontMatter.put("parent", "Page " + random.nextInt(i));
            }
            if (random.nextInt(4) == 0) {
                p.frontMatter.put("has_children", "true");
            }
            return p;
        }

        void fillBody(String path) {
            PageText p = pages.get(path);
            p.body.add("# " + p.frontMatter.get("title"));
            p.body.add("");
            int sections = 1 + random.nextInt(3);
            for (int s = 0; s < sections; s++) {
                p.body.add("Some text " + random.nextInt(1000) + " about it.");
                p.body.add("");
                p.body.add("## Section " + s + (random.nextInt(4) == 0 ? " {#sec-" + s + "}" : ""));
                p.body.add("");
                p.body.add(randomReference(path));
                p.body.add("");
            }
            if (random.nextInt(4) == 0) {
                p.body.add("Site: {{ site.title }} and {% include note.html text=\"hi\" %}");
                p.body.add("");
            }
            if (random.nextInt(5) == 0) {
                p.body.add("<a id=\"anchor-" + random.nextInt(3) + "\"></a>");
                p.body.add("");
            }
        }

        /** A link (to a page, a fragment, an anchor, a broken one) or an image (found or not). */
        String randomReference(String from) {
            List<String> paths = new ArrayList<>(pages.keySet());
            String target = paths.get(random.nextInt(paths.size()));
            String rel = relative(from, target);
            switch (random.nextInt(7)) {
                case 0:
                    return "See [that](" + rel + ").";
                case 1:
                    return "See [section](" + rel + "#section-" + random.nextInt(3) + ").";
                case 2:
                    return "See [anchor](" + rel + "#anchor-" + random.nextInt(3) + ").";
                case 3:
                    return "See [gone](" + rel.replace(".md", "-gone.md") + ").";
                case 4:
                    return "![a picture](" + relative(from, images.get(random.nextInt(3))) + ")";
                case 5:
                    return "![](" + relative(from, "pics/missing" + random.nextInt(2) + ".png") + ")";
                default:
                    return "Go [up](#section-" + random.nextInt(3) + ").";
            }
        }

        String relative(String from, String to) {
            Path dir = Path.of(from).getParent();
            Path rel = dir == null ? Path.of(to) : dir.relativize(Path.of(to));
            return rel.toString().replace('\\', '/');
        }

        PageText randomPage() {
            return pages.get(randomPath());
        }

        String randomPath() {
            List<String> paths = new ArrayList<>(pages.keySet());
            return paths.get(random.nextInt(paths.size()));
        }

        /** Applies one edit and stamps what it wrote; returns what it did, for the failure message. */
        String apply(Edit edit) throws IOException {
            String path = randomPath();
            PageText p = pages.get(path);
            switch (edit) {
                case SENTENCE -> {
                    int line = bodyTextLine(p);
                    p.body.set(line, p.body.get(line) + " One more sentence " + random.nextInt(100) + ".");
                }
                case SENTENCE_NEW_LINE -> p.body.add(1 + random.nextInt(p.body.size()), "A new line of text.");
                case ALT_TEXT ->
                    p.body.replaceAll(l -> l.startsWith("![a picture]") || l.startsWith("![]")
                            ? "![" + (random.nextBoolean() ? "" : "a.png") + "]" + l.substring(l.indexOf(']') + 1)
                            : l);
                case LIST_ADDED ->
                    p.body.add(Math.min(p.body.size(), 2), "\n- one\n  - two\n    - three\n\n> quoted\n");
                case HEADING_TEXT -> {
                    for (int i = 0; i < p.body.size(); i++) {
                        if (p.body.get(i).startsWith("## ")) {
                            p.body.set(i, p.body.get(i).replace("Section", "Part"));
                            break;
                        }
                    }
                }
                case NEW_LINK -> p.body.add("See [more](" + relative(path, randomPath()) + ").");
                case BROKEN_LINK -> p.body.add("See [nothing](" + relative(path, "docs/nowhere.md") + ").");
                case FRAGMENT_LINK ->
                    p.body.add("See [there](" + relative(path, randomPath()) + "#section-" + random.nextInt(4) + ").");
                case IMAGE_ADDED -> p.body.add("![added](" + relative(path, "pics/orphan.png") + ")");
                case IMAGE_REMOVED -> p.body.removeIf(l -> l.startsWith("!["));
                case TITLE -> p.frontMatter.put("title", "Page " + random.nextInt(20));
                case PARENT -> p.frontMatter.put("parent", "Page " + random.nextInt(12));
                case NAV_ORDER -> p.frontMatter.put("nav_order", String.valueOf(random.nextInt(4)));
                case PERMALINK -> p.frontMatter.put("permalink", "/same/" + random.nextInt(3) + "/");
                case FRONT_MATTER_COMMENT -> p.comments.add("a comment");
                case LIQUID_ADDED -> p.body.add("{{ page.title }} {% if page.nav_order %}ordered{% endif %}");
                case LIQUID_EDITED -> {
                    boolean had = p.body.removeIf(l -> l.contains("{{") || l.contains("{%"));
                    if (!had) {
                        p.body.add("{% for x in site.pages %}{{ x.title }}{% endfor %}");
                    }
                }
                case ANCHOR_ADDED -> p.body.add("<a id=\"anchor-" + random.nextInt(3) + "\"></a>");
                case PAGE_ADDED -> {
                    String added = "docs/new" + random.nextInt(1000) + ".md";
                    pages.put(added, newPage(pages.size()));
                    fillBody(added);
                    writePage(added);
                    stampDir(added);
                    return edit + " " + added;
                }
                case PAGE_REMOVED -> {
                    if (pages.size() > 3 && !path.equals("index.md")) {
                        pages.remove(path);
                        Files.delete(root.resolve(path));
                        stampDir(path);
                    }
                    return edit + " " + path;
                }
                case PAGE_RENAMED -> {
                    if (!path.equals("index.md")) {
                        String renamed = path.replace(".md", "-renamed.md");
                        pages.put(renamed, pages.remove(path));
                        Files.move(root.resolve(path), root.resolve(renamed));
                        stamp(renamed);
                        stampDir(renamed);
                    }
                    return edit + " " + path;
                }
                case CONFIG -> {
                    config = config + "description: edited " + random.nextInt(100) + "\n";
                    writeConfig();
                    stamp("_config.yml");
                    return edit + "";
                }
                case EXCLUDE_EDITED -> {
                    String entry = List.of("docs/deep/", "docs/p2.md", "docs/*4.md", "pics/b.png", "index.md")
                            .get(random.nextInt(5));
                    if (!excludes.remove(entry)) {
                        excludes.add(entry);
                    }
                    writeConfig();
                    stamp("_config.yml");
                    return edit + " " + excludes;
                }
                case EXCLUDED_FILE_ADDED -> {
                    String added = random.nextBoolean()
                            ? "docs/n" + random.nextInt(1000) + ".draft.md"
                            : "scratch/n" + random.nextInt(1000) + ".md";
                    // a file the site leaves out that loads an image by the published address uses it (IMG006)
                    write(
                            added,
                            "---\ntitle: Draft\n---\n# Draft\n\nSee [nothing](nowhere.md).\n![](gone.png)\n"
                                    + (random.nextBoolean() ? "![](https://kb.example.org/kb/pics/orphan.png)\n" : ""));
                    stamp(added);
                    stampDir(added);
                    return edit + " " + added;
                }
                case EXCLUDED_FILE_EDITED -> {
                    String edited = "scratch/kept.md";
                    boolean uses = random.nextBoolean();
                    write(
                            edited,
                            "# Kept out\n\n"
                                    + (uses ? "![](https://kb.example.org/kb/pics/orphan.png)\n" : "No image.\n"));
                    stamp(edited);
                    return edit + " " + edited + (uses ? " uses orphan.png" : " uses nothing");
                }
                case FILE_DELETED -> {
                    String image = images.get(random.nextInt(3));
                    if (Files.exists(root.resolve(image))) {
                        Files.delete(root.resolve(image));
                    } else {
                        bytes(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                        stamp(image);
                    }
                    stampDir(image);
                    return edit + " " + image;
                }
            }
            writePage(path);
            return edit + " " + path;
        }

        int bodyTextLine(PageText p) {
            for (int i = 0; i < p.body.size(); i++) {
                if (p.body.get(i).startsWith("Some text")) {
                    return i;
                }
            }
            return 0;
        }

        void writeConfig() throws IOException {
            StringBuilder b = new StringBuilder(config).append("exclude:\n");
            excludes.forEach(e -> b.append("  - \"").append(e).append("\"\n"));
            write("_config.yml", b.toString());
        }

        void writePage(String path) throws IOException {
            write(path, pages.get(path).text());
            stamp(path);
        }

        void write(String path, String text) throws IOException {
            bytes(path, text.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(String path, byte[] content) throws IOException {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        }

        void stamp(String path) throws IOException {
            Files.setLastModifiedTime(root.resolve(path), FileTime.from(Instant.ofEpochSecond(++clock)));
        }

        void stampDir(String path) throws IOException {
            Path dir = root.resolve(path).getParent();
            Files.setLastModifiedTime(dir, FileTime.from(Instant.ofEpochSecond(++clock)));
        }

        void settleAll() throws IOException {
            FileTime past = FileTime.from(Instant.ofEpochSecond(clock));
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.setLastModifiedTime(p, past);
                }
            }
        }
    }

    /** The five reports of a result, by file name, with the run's duration left out. */
    private Map<String, String> reports(ValidationResult result, String name) throws IOException {
        Path dir = tmp.resolve("reports-" + name);
        ValidationResult timeless = new ValidationResult(
                result.site(),
                result.findings(),
                result.notices(),
                0,
                result.pageCount(),
                result.imageCount(),
                result.contentDirectory());
        Reports.writeAll(timeless, dir);
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Differences found and reruns that took checks over, over a run of edits. */
    private record Tally(List<String> differences, int tookOver, int steps) {}

    private Tally edits(long seed, String shape, int steps, boolean compareSurfaces) throws IOException {
        Path root = tmp.resolve("site-" + shape + "-" + seed + "-" + compareSurfaces);
        GeneratedSite site = new GeneratedSite(root, seed, shape);
        Path cache = tmp.resolve("cache-" + shape + "-" + seed + "-" + compareSurfaces);
        List<String> log = new ArrayList<>();
        IncrementalValidator rerun = new IncrementalValidator(new Validator(), cache, "1.0", log::add);
        if (!compareSurfaces) {
            rerun = rerun.ignoringSurfaces();
        }
        ValidationRequest request = ValidationRequest.of(root).withCacheDirectory(cache);
        rerun.validate(request, "", true);
        Edit[] kinds = Edit.values();
        List<String> differences = new ArrayList<>();
        int tookOver = 0;
        for (int step = 0; step < steps; step++) {
            // half the edits are the common kind, which keeps what the page shows other pages
            Edit edit = site.random.nextBoolean()
                    ? kinds[site.random.nextInt(4)]
                    : kinds[site.random.nextInt(kinds.length)];
            String what = site.apply(edit);
            log.clear();
            IncrementalValidator.Outcome outcome = rerun.validate(request, "", true);
            if (log.stream().anyMatch(l -> l.contains("were taken over"))) {
                tookOver++;
            }
            ValidationResult cold = new Validator().validate(ValidationRequest.of(root));
            if (outcome.reused()) {
                // an edit that wrote the same bytes: the record is taken over whole (it has no model for reports)
                if (!outcome.result().findings().equals(cold.findings())
                        || !outcome.result().notices().equals(cold.notices())) {
                    differences.add("step " + step + " (" + what + "): the record taken over differs");
                }
                continue;
            }
            Map<String, String> expected = reports(cold, "cold");
            Map<String, String> actual = reports(outcome.result(), "rerun");
            if (!actual.equals(expected) || !outcome.result().findings().equals(cold.findings())) {
                differences.add("step " + step + " (" + what + "): " + firstDifference(expected, actual));
            }
        }
        return new Tally(differences, tookOver, steps);
    }

    private static String firstDifference(Map<String, String> expected, Map<String, String> actual) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String a = actual.get(e.getKey());
            if (!e.getValue().equals(a)) {
                String x = e.getValue();
                int i = 0;
                while (a != null && i < Math.min(x.length(), a.length()) && x.charAt(i) == a.charAt(i)) {
                    i++;
                }
                int from = Math.max(0, i - 80);
                return e.getKey() + " differs at " + i + ": expected …"
                        + x.substring(from, Math.min(x.length(), i + 120)) + "… but was …"
                        + (a == null ? "null" : a.substring(from, Math.min(a.length(), i + 120))) + "…";
            }
        }
        return "the findings differ";
    }

    @ParameterizedTest(name = "{0} site, seed {1}")
    @CsvSource({"plain, 1", "plain, 2", "pretty, 3", "pretty, 4", "collection, 5", "collection, 6"})
    void aRerunAfterAnyEditReportsWhatAColdRunReports(String shape, long seed) throws IOException {
        Tally t = edits(seed, shape, 40, true);
        assertThat(t.differences()).isEmpty();
        // the common edit (a sentence) is taken over: the test exercises the shortcut, not only the full run
        assertThat(t.tookOver()).isPositive();
    }

    @Test
    void aReuseThatIgnoresWhatChangedPagesShowIsCaught() throws IOException {
        List<String> differences = new ArrayList<>();
        for (long seed = 1; seed <= 6 && differences.isEmpty(); seed++) {
            differences.addAll(
                    edits(seed, seed % 2 == 0 ? "pretty" : "plain", 40, false).differences());
        }
        assertThat(differences).isNotEmpty();
    }
}
