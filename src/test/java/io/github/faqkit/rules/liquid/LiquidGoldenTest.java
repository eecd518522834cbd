package io.github.faqkit.rules.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.core.liquid.LiquidText;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plugin's model of each Liquid fixture site against what the real Jekyll 4.3.1 on Liquid 4.0.4, as every real
 * build runs Liquid, built from it (scripts/liquid-golden/generate.sh wrote golden.txt beside each site; its first line
 * names the engine): ids, image sources and alt,
 * link targets and code text of each page body, the keys the templates show, image files the built
 * site requests, and the builds that stop.
 */
class LiquidGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/liquid-golden");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN)) {
            return s
                    .filter(p -> Files.exists(p.resolve("golden.txt")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** Golden lines per page path ("build failed" fixtures have the key "").*/
    static Map<String, List<String>> golden(String fixture) throws IOException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        String current = "";
        for (String line : Files.readAllLines(GOLDEN.resolve(fixture).resolve("golden.txt"))) {
            if (line.startsWith("engine ")) {
                continue; // which Jekyll and Liquid recorded it (scripts/liquid-golden/generate.sh)
            }
            if (line.startsWith("page ")) {
                current = line.substring(5);
                pages.put(current, new ArrayList<>());
            } else if (!line.isEmpty()) {
                pages.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
            }
        }
        return pages;
    }

    private static Set<String> values(List<String> lines, String kind) {
        Set<String> out = new TreeSet<>();
        for (String l : lines) {
            if (l.startsWith(kind + " ")) {
                out.add(l.substring(kind.length() + 1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void agreesWithTheRealBuild(String fixture) throws IOException {
        Map<String, List<String>> golden = golden(fixture);
        ValidationResult r = new Validator().keepingPageText().validate(ValidationRequest.of(GOLDEN.resolve(fixture)));
        List<String> failed = golden.get("");
        if (failed != null && failed.get(0).equals("build failed")) {
            String rule = failed.get(1).contains("Could not locate the included file")
                            || failed.get(1).contains("Could not find document")
                    ? "LIQ002"
                    : "LIQ001";
            // the file Jekyll names at the end of its message: the page, or the layout it was rendering
            java.util.regex.Matcher in =
                    java.util.regex.Pattern.compile(" in /?(_layouts/\\S+)$").matcher(failed.get(1));
            String file = in.find() ? in.group(1) : "a.md";
            assertThat(r.findings())
                    .as("Jekyll: " + failed.get(1))
                    .anyMatch(f -> f.ruleId().equals(rule) && f.file().equals(file) && f.line() > 0);
            // a tag Liquid 4 does not know: the finding says so in Liquid's words
            java.util.regex.Matcher unknown =
                    java.util.regex.Pattern.compile("Unknown tag '[^']*'").matcher(failed.get(1));
            if (unknown.find()) {
                assertThat(r.findings())
                        .as("Jekyll: " + failed.get(1))
                        .anyMatch(f -> f.ruleId().equals(rule) && f.message().contains(unknown.group()));
            }
            return;
        }
        assertThat(r.findings())
                .as("the real build did not stop")
                .noneMatch(f -> f.ruleId().equals("LIQ001") || f.ruleId().equals("LIQ002"));
        Set<String> requested = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : golden.entrySet()) {
            Page page = r.site().pageByPath(e.getKey());
            assertThat(page).as(e.getKey()).isNotNull();
            List<String> lines = e.getValue();
            Set<String> ids = new TreeSet<>();
            for (Heading h : page.kramdown().headings()) {
                if (!h.id().isEmpty()) {
                    ids.add(h.id());
                }
            }
            Set<String> imgs = new TreeSet<>();
            Set<String> hrefs = new TreeSet<>();
            for (Reference ref : page.references()) {
                switch (ref.kind()) {
                    case ANCHOR -> ids.add(ref.target());
                    case IMAGE -> imgs.add(ref.target() + " alt=" + (ref.altPresent() ? ref.alt() : "(none)"));
                    case LINK -> hrefs.add(ref.target());
                    default -> {}
                }
            }
            // a page that outputs what is not computed here (another page's rendered HTML, a plugin's tag) holds
            // part of what the build shows, never more, and no fragment finding but a dead one
            boolean opaque = page.liquid().opaque();
            if (fixture.equals("map-strings")) {
                assertThat(opaque).as("map over strings runs as Ruby runs it").isFalse();
            }
            if (opaque) {
                assertThat(values(lines, "id"))
                        .as(fixture + "/" + e.getKey() + " ids")
                        .containsAll(ids);
                // an unknown part of a path (a plugin's output or site value) stands for whatever the build wrote
                for (String img : imgs) {
                    String fits = java.util.Arrays.stream(img.split(String.valueOf(LiquidText.OPAQUE), -1))
                            .map(java.util.regex.Pattern::quote)
                            .collect(java.util.stream.Collectors.joining(".*"));
                    assertThat(values(lines, "img"))
                            .as(fixture + "/" + e.getKey() + " img " + img)
                            .anyMatch(g -> g.matches(fits));
                }
                assertThat(values(lines, "a"))
                        .as(fixture + "/" + e.getKey() + " a")
                        .containsAll(hrefs);
            } else {
                assertThat(ids).as(fixture + "/" + e.getKey() + " ids").isEqualTo(values(lines, "id"));
                assertThat(imgs).as(fixture + "/" + e.getKey() + " img").isEqualTo(values(lines, "img"));
                assertThat(hrefs).as(fixture + "/" + e.getKey() + " a").isEqualTo(values(lines, "a"));
            }
            String text = page.body().text();
            for (String code : values(lines, "code")) {
                String plain = code.replaceAll("<[^>]+>", "")
                        .replace("\\n", "\n")
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&");
                assertThat(text).as(fixture + "/" + e.getKey() + " code").contains(plain);
            }
            // a #fragment link is dead exactly when the built page has no such id
            long dead = values(lines, "a").stream()
                    .filter(h -> h.startsWith("#"))
                    .filter(h -> !values(lines, "id").contains(h.substring(1)))
                    .count();
            if (opaque) {
                assertThat(findings(r, "HDR003", e.getKey()))
                        .as(fixture + " HDR003")
                        .hasSizeLessThanOrEqualTo((int) dead);
            } else {
                assertThat(findings(r, "HDR003", e.getKey()))
                        .as(fixture + " HDR003")
                        .hasSize((int) dead);
            }
            // LIQ004 only on code the built page shows: at most one finding per code element of the body
            // (indented Liquid logic is no code block once Liquid has run)
            assertThat(findings(r, "LIQ004", e.getKey()))
                    .as(fixture + "/" + e.getKey() + " LIQ004")
                    .hasSizeLessThanOrEqualTo(values(lines, "code").size());
            // FM007 never on a key whose value the built page shows
            Set<String> shown = values(lines, "key");
            assertThat(findings(r, "FM007", e.getKey()))
                    .as(fixture + " FM007")
                    .noneMatch(f -> shown.stream().anyMatch(k -> f.message().startsWith("'" + k + "'")));
            for (String img : values(lines, "img")) {
                // as the browser requests it: a relative path against the page's URL
                String src = img.substring(0, img.indexOf(" alt="));
                requested.add(java.net
                        .URI
                        .create("http://host" + r.site().config().baseurl() + page.url())
                        .resolve(src)
                        .getPath());
            }
            requested.addAll(values(lines, "layout-img"));
        }
        if (fixture.equals("fm-keys")) {
            assertThat(findings(r, "FM007", "a.md")).as("a key nothing reads").isNotEmpty();
        }
        // image files the built site requests are not orphans; the others are
        String baseurl = r.site().config().baseurl();
        for (var file : r.site().staticFiles()) {
            if (!file.path().endsWith(".png")) {
                continue;
            }
            boolean used = requested.contains(baseurl + "/" + file.path());
            assertThat(findings(r, "IMG006", file.path()))
                    .as(fixture + " IMG006 " + file.path())
                    .hasSize(used ? 0 : 1);
        }
    }

    private static List<Finding> findings(ValidationResult r, String rule, String file) {
        return r.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.file().equals(file))
                .toList();
    }
}
