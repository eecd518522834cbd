package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.LoadedSite;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.SiteLoader;
import io.github.faqkit.core.platform.SiteSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun compares what an edited page shows the site now with what it showed before, and works out the latter
 * from the summary of the old bytes that the page cache still holds ({@link SiteLoader#withPreviousPages}). That
 * is only right if a page rebuilt from its summary has the {@link PageSurface} of the same bytes parsed afresh:
 * checked here on every Markdown page of the test fixtures, every example of the rule pages and generated pages,
 * under both platforms (GitHub Pages changes pages through its plugins).
 */
class PreviousSurfaceTest {
    @TempDir
    Path tmp;

    private int compared;
    private int pages;

    @Test
    void aPageRebuiltFromItsSummaryShowsTheSiteWhatItsFreshParseShows() throws IOException {
        Path resources = Path.of("src/test/resources");
        for (Path root : fixtureRoots(resources)) {
            check(root);
        }
        check(ruleExamples());
        for (int seed = 0; seed < 4; seed++) {
            check(generated(seed));
        }
        System.out.println("PreviousSurfaceTest: compared " + compared + " of " + pages + " pages");
        // most pages have no Liquid and a stored summary: the comparison covers them, not a handful
        assertThat(compared).as("pages compared, of %d", pages).isGreaterThan(pages / 2);
        assertThat(compared).isGreaterThan(800);
    }

    private void check(Path root) throws IOException {
        for (String platform : List.of("jekyll", "github-pages")) {
            Path cache = Files.createTempDirectory(tmp, "cache");
            Map<String, String> digests = new ConcurrentHashMap<>();
            LoadedSite fresh = new SiteLoader()
                    .withPageCache(cache)
                    .observingDigests((e, sha) -> digests.put(e.path(), sha))
                    .load(root, loaded(root), scan(root), setup(root, platform));
            LoadedSite again = new SiteLoader()
                    .withPageCache(cache)
                    .withPreviousPages(digests)
                    .load(root, loaded(root), scan(root), setup(root, platform));
            for (Page now : fresh.site().markdownFiles()) {
                pages++;
                Page before = again.previousPages().get(now.path());
                if (before == null) {
                    continue;
                }
                assertThat(fresh.liquidPaths()).as(root + " " + now.path()).doesNotContain(now.path());
                assertThat(PageSurface.of(before, false))
                        .as("%s: %s under %s", root, now.path(), platform)
                        .isEqualTo(PageSurface.of(now, false));
                compared++;
            }
        }
    }

    private static SiteConfigs.Loaded loaded(Path root) {
        return SiteConfigs.load(root, null);
    }

    private static ContentScanner.Result scan(Path root) throws IOException {
        return new ContentScanner(root, loaded(root).config()).scan();
    }

    private static SiteSetup setup(Path root, String platform) {
        SiteConfigs.Loaded loaded = loaded(root);
        return SiteSetup.of(root, loaded.config(), platform, null, null, Map.of(), loaded.workflows());
    }

    /** Every folder of the fixtures with a {@code _config.yml}, and every other folder that holds Markdown. */
    private static List<Path> fixtureRoots(Path resources) throws IOException {
        TreeSet<Path> configured = new TreeSet<>();
        TreeSet<Path> loose = new TreeSet<>();
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("_config.yml")) {
                    configured.add(f.getParent());
                } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
                    loose.add(f.getParent());
                }
            }
        }
        List<Path> roots = new ArrayList<>(configured);
        for (Path dir : loose) {
            if (configured.stream().noneMatch(dir::startsWith)) {
                roots.add(dir);
            }
        }
        return roots;
    }

    /** The bad and good examples of every rule page, each a page of one site (those written as a page or a part). */
    private Path ruleExamples() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("examples"));
        Files.writeString(root.resolve("_config.yml"), "title: Examples\n");
        JsonNode examples;
        try (InputStream in = getClass().getResourceAsStream("/io/github/faqkit/report/rule-examples.yml")) {
            examples = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        int n = 0;
        for (Map.Entry<String, JsonNode> rule : examples.properties()) {
            String as = rule.getValue().path("run").path("as").asText("body");
            for (String kind : List.of("bad", "good")) {
                String text = rule.getValue().path(kind).asText(null);
                if (text == null || rule.getValue().path("run").has("escapes")) {
                    continue;
                }
                String page = switch (as) {
                    case "page" -> text;
                    case "front-matter" ->
                        "---\n" + (text.contains("title:") ? "" : "title: Example\n") + text + "\n---\n# Example\n";
                    case "body" -> "---\ntitle: Example\n---\n" + text;
                    default -> null;
                };
                if (page != null) {
                    Path file = root.resolve("docs/" + rule.getKey().toLowerCase() + "-" + kind + "-" + n++ + ".md");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, page, StandardCharsets.UTF_8);
                }
            }
        }
        return root;
    }

    /** Random pages mixing what pages show each other: front matter of every kind, headings, ids, links, images. */
    private Path generated(int seed) throws IOException {
        Random r = new Random(seed);
        Path root = Files.createDirectories(tmp.resolve("generated-" + seed));
        Files.writeString(
                root.resolve("_config.yml"),
                "title: Gen\nbaseurl: /kb\n" + (seed % 2 == 0 ? "permalink: pretty\n" : "")
                        + "defaults:\n  - scope: {path: docs}\n    values: {layout: default, nav_order: 5}\n");
        Files.createDirectories(root.resolve("pics"));
        Files.write(root.resolve("pics/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String[] values = {
            "title: Page %d",
            "title: \"Quoted %d\"",
            "parent: Page %d",
            "grand_parent: Page %d",
            "nav_order: %d",
            "nav_order: \"%d\"",
            "nav_order: %d.5",
            "has_children: true",
            "nav_exclude: yes",
            "permalink: /p%d/",
            "permalink: p%d.html",
            "published: false",
            "date: 2024-01-0%d",
            "tags: [a, b%d]",
            "extra:\n  nested: %d\n  list:\n    - x",
            "big: 12345678901234567%d",
            "title:",
            "unknown_key: %d",
            "search_exclude: 1",
            "nav_order: 1e%d"
        };
        String[] lines = {
            "# Heading %d",
            "## Heading %d {#custom-%d}",
            "### Same",
            "### Same",
            "{: .no_toc }",
            "1. TOC\n{:toc}",
            "See [a](p%d.md) and [b](p%d.md#heading-%d).",
            "![alt %d](../pics/a.png)",
            "![](pics/missing%d.png)",
            "<img src=\"/pics/a.png\" alt=\"x%d\">",
            "<a id=\"anchor-%d\"></a>",
            "[ref]: https://example.com/%d",
            "```\n[not a link](x%d.md)\n```",
            "Text with `code %d` and <!-- [hidden](h%d.md) -->.",
            "Setext %d\n---------",
            "##No space %d",
            "<!-- faq-disable-next-line IMG001 -->\n![x](nowhere%d.png)",
            "- item %d\n  - nested [link](../index.md)"
        };
        int n = 30;
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            if (r.nextInt(8) > 0) {
                b.append("---\n");
                int keys = r.nextInt(6);
                for (int k = 0; k < keys; k++) {
                    b.append(values[r.nextInt(values.length)].replace("%d", String.valueOf(r.nextInt(9))))
                            .append('\n');
                }
                b.append("---\n");
            }
            int blocks = 1 + r.nextInt(10);
            for (int k = 0; k < blocks; k++) {
                b.append(lines[r.nextInt(lines.length)].replace("%d", String.valueOf(r.nextInt(n))))
                        .append(r.nextBoolean() ? "\n\n" : "\n");
            }
            String path = i == 0 ? "index.md" : i == 1 ? "docs/README.md" : "docs/p" + i + ".md";
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        }
        return root;
    }
}
