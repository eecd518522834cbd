package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.TestConfigs;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the analyzer on every case of the golden corpus (rendered by the real kramdown through
 * Jekyll's converter, see src/test/resources/kramdown-golden/README.md) and compares heading ids,
 * levels, classes and TOC membership, the TOC (line, type, classes, entries) and every attributed
 * block (where each IAL landed) with kramdown's own element tree.
 */
class KramdownGoldenTest {
    static final Path GOLDEN = Paths.get("src/test/resources/kramdown-golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN.resolve("cases"))) {
            return s
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static KramdownModel analyze(String name) throws IOException {
        String md = Files.readString(GOLDEN.resolve("cases/" + name + ".md"), StandardCharsets.UTF_8);
        ObjectNode kramdown = JSON.createObjectNode();
        Path opts = GOLDEN.resolve("cases/" + name + ".opts");
        if (Files.exists(opts)) {
            for (String line : Files.readAllLines(opts, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    String k = line.substring(0, eq).trim();
                    String v = line.substring(eq + 1).trim();
                    if (v.equals("true") || v.equals("false")) {
                        kramdown.put(k, Boolean.parseBoolean(v));
                    } else {
                        kramdown.put(k, v);
                    }
                }
            }
        }
        ObjectNode raw = JSON.createObjectNode();
        raw.set("kramdown", kramdown);
        return KramdownAnalyzer.analyze(MarkdownBody.parse(md, 0), TestConfigs.of(raw));
    }

    /** Differences between the analyzer and kramdown for one case; empty when they agree. */
    static List<String> differences(String name) throws IOException {
        JsonNode golden =
                JSON.readTree(GOLDEN.resolve("expected/" + name + ".json").toFile());
        KramdownModel model = analyze(name);
        List<String> diff = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (JsonNode h : golden.get("headings")) {
            List<String> cls = new ArrayList<>();
            h.get("classes").forEach(c -> cls.add(c.asText()));
            want.add(h.get("line").asInt() + " h" + h.get("level").asInt() + " #"
                    + h.get("id").asText() + " " + cls + (h.get("inToc").asBoolean() ? " toc" : ""));
        }
        List<String> got = new ArrayList<>();
        for (Heading h : model.headings()) {
            got.add(h.line() + " h" + h.level() + " #" + h.id() + " " + h.classes() + (h.inToc() ? " toc" : ""));
        }
        if (!want.equals(got)) {
            diff.add("headings: kramdown " + want + " analyzer " + got);
        }
        JsonNode toc = golden.get("toc");
        String wantToc = toc.isNull()
                ? "none"
                : toc.get("line").asInt() + " " + toc.get("type").asText() + " " + toc.get("classes") + " "
                        + entries(toc.get("entries"));
        Toc t = model.toc();
        String gotToc = t == null
                ? "none"
                : t.line() + " " + t.type() + " " + JSON.valueToTree(t.classes()) + " "
                        + t.entries().stream()
                                .map(e -> e.level() + ":" + e.id() + ":" + e.text())
                                .toList();
        if (!wantToc.equals(gotToc)) {
            diff.add("toc: kramdown " + wantToc + " analyzer " + gotToc);
        }
        List<String> wantAttr = new ArrayList<>();
        for (JsonNode a : golden.get("attributed")) {
            wantAttr.add(a.get("line").asInt() + " " + a.get("type").asText() + " " + attrs(a.get("attrs")));
        }
        List<String> gotAttr = new ArrayList<>();
        for (BlockAttributes b : model.blocks()) {
            gotAttr.add(b.line() + " " + b.type() + " " + new java.util.TreeMap<>(b.attrs()));
        }
        if (!wantAttr.equals(gotAttr)) {
            diff.add("attributed: kramdown " + wantAttr + " analyzer " + gotAttr);
        }
        return diff;
    }

    private static List<String> entries(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get("level").asInt() + ":" + e.get("id").asText() + ":"
                + e.get("text").asText()));
        return out;
    }

    private static Map<String, String> attrs(JsonNode a) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> e : a.properties()) {
            m.put(e.getKey(), e.getValue().asText());
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithKramdown(String name) throws IOException {
        assertThat(differences(name)).as(name).isEmpty();
    }
}
