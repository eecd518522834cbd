package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact forms a page summary and a site's file list keep must answer exactly as the plain forms they replace:
 * {@link ArrayMap} as a {@link LinkedHashMap}, a packed {@link LineIndex} as the unpacked one, {@link SourceEntries}
 * and {@link FileIndex} as the entries they were made of.
 */
class CompactSummariesTest {

    @Test
    void arrayMapBehavesAsALinkedHashMapUnderRandomEdits() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            ArrayMap<String, Integer> actual = new ArrayMap<>(random.nextInt(4));
            for (int step = 0; step < 40; step++) {
                String key = "k" + random.nextInt(12);
                int value = random.nextInt(100);
                switch (random.nextInt(5)) {
                    case 0, 1 -> assertThat(actual.put(key, value)).isEqualTo(expected.put(key, value));
                    case 2 -> assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
                    case 3 -> {
                        Iterator<Map.Entry<String, Integer>> a =
                                actual.entrySet().iterator();
                        Iterator<Map.Entry<String, Integer>> e =
                                expected.entrySet().iterator();
                        while (e.hasNext()) {
                            Map.Entry<String, Integer> x = e.next();
                            Map.Entry<String, Integer> y = a.next();
                            assertThat(y).isEqualTo(x);
                            if (x.getValue() % 3 == 0) {
                                e.remove();
                                a.remove();
                            } else if (x.getValue() % 3 == 1) {
                                x.setValue(x.getValue() + 1);
                                y.setValue(y.getValue() + 1);
                            }
                        }
                        assertThat(a.hasNext()).isFalse();
                    }
                    default -> assertThat(actual.get(key)).isEqualTo(expected.get(key));
                }
                assertThat(actual).isEqualTo(expected);
                assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
                assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
                assertThat(actual.toString()).isEqualTo(expected.toString());
            }
        }
    }

    @Test
    void compactDataIsTheSameJsonInTheSameOrder() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode data = (ObjectNode) mapper.readTree(
                "{\"title\":\"A\",\"nav_order\":2,\"tags\":[\"x\",\"y\"],\"parent\":{\"k\":null},\"has_toc\":false}");
        ObjectNode compact = ArrayMap.compact(data);
        assertThat(compact).isEqualTo(data);
        assertThat(data).isEqualTo(compact);
        assertThat(compact.hashCode()).isEqualTo(data.hashCode());
        assertThat(mapper.writeValueAsString(compact)).isEqualTo(mapper.writeValueAsString(data));
        assertThat(compact.deepCopy()).isEqualTo(data);
        compact.put("title", "B");
        compact.remove("tags");
        compact.set("layout", JsonNodeFactory.instance.textNode("default"));
        data.put("title", "B");
        data.remove("tags");
        data.set("layout", JsonNodeFactory.instance.textNode("default"));
        assertThat(mapper.writeValueAsString(compact)).isEqualTo(mapper.writeValueAsString(data));
        List<String> names = new ArrayList<>();
        compact.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("title", "nav_order", "parent", "has_toc", "layout");
        JsonNode empty = ArrayMap.compact(JsonNodeFactory.instance.objectNode());
        assertThat(empty).isEqualTo(JsonNodeFactory.instance.objectNode());
        assertThat(ArrayMap.compact(null)).isNull();
    }

    @Test
    void packedLineIndexAnswersAsTheUnpackedOne() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(40);
            for (int l = 0; l < lines; l++) {
                // lines of every size class of the packed form: under 128, under 16,384, longer
                int length = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> 200 + random.nextInt(20_000);
                    case 2 -> 130_000;
                    default -> random.nextInt(127);
                };
                text.append("x".repeat(length)).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            if (random.nextBoolean()) {
                text.append("tail");
            }
            LineIndex plain = new LineIndex(text);
            LineIndex packed = plain.packed();
            assertThat(packed.packed()).isSameAs(packed);
            assertThat(packed.lineStarts()).isEqualTo(plain.lineStarts());
            assertThat(packed.length()).isEqualTo(plain.length());
            assertThat(packed.lineCount()).isEqualTo(plain.lineCount());
            for (int line = 0; line <= plain.lineCount() + 1; line++) {
                assertThat(packed.lineStart(line)).isEqualTo(plain.lineStart(line));
                assertThat(packed.lineEnd(text, line)).isEqualTo(plain.lineEnd(text, line));
            }
            for (int i = 0; i < 50; i++) {
                int offset = random.nextInt(text.length() + 2) - 1;
                assertThat(packed.line(offset)).isEqualTo(plain.line(offset));
                if (offset >= 0) {
                    assertThat(packed.column(offset)).isEqualTo(plain.column(offset));
                }
            }
            assertThat(LineIndex.of(packed.lineStarts(), packed.length()).lineStarts())
                    .isEqualTo(plain.lineStarts());
        }
    }

    @Test
    void sourceEntriesAndTheFileIndexAnswerAsTheEntriesTheyWereMadeOf() {
        Path root = Path.of("site");
        List<SourceEntry> entries = List.of(
                SourceEntry.under(root, "_docs/a.md", root.resolve("_docs/a.md"), true, "docs", "a.md", true),
                SourceEntry.under(
                        root, "_drafts/p.png", root.resolve("_drafts/p.png"), false, "drafts", "p.png", false),
                SourceEntry.under(root, "a\\b.png", Path.of("elsewhere/a\\b.png"), false, null, null, true),
                SourceEntry.under(root, "index.md", root.resolve("index.md"), true, null, null, true),
                SourceEntry.under(root, "pics/A.png", root.resolve("pics/A.png"), false, null, null, true),
                SourceEntry.under(root, "pics/b.png", root.resolve("pics/b.png"), false, null, null, true));
        List<SourceEntry> compact = SourceEntries.of(root, entries);
        assertThat(compact).isEqualTo(entries);
        assertThat(compact)
                .extracting(SourceEntry::file)
                .isEqualTo(entries.stream().map(SourceEntry::file).toList());
        assertThat(compact.hashCode()).isEqualTo(entries.hashCode());
        assertThat(SourceEntries.withoutMarkdown(compact))
                .isEqualTo(SourceEntries.withoutMarkdown(entries))
                .extracting(SourceEntry::path)
                .containsExactly("_drafts/p.png", "a\\b.png", "pics/A.png", "pics/b.png");
        assertThatThrownBy(() -> compact.set(0, entries.get(0))).isInstanceOf(UnsupportedOperationException.class);

        FileIndex index = new FileIndex(compact);
        for (SourceEntry e : entries) {
            assertThat(index.exists(e.path())).isTrue();
            assertThat(index.canonical(new String(e.path())))
                    .isSameAs(SourceEntries.pathAt(compact, entries.indexOf(e)));
        }
        assertThat(index.exists("pics/a.png")).isFalse();
        assertThat(index.canonical("pics/c.png")).isNull();
        assertThat(index.caseVariant("pics/a.png")).isEqualTo("pics/A.png");
        assertThat(index.isDirectory("pics")).isTrue();
        assertThat(index.isDirectory("pic")).isFalse();
        assertThat(index.paths())
                .containsExactly(
                        entries.stream().map(SourceEntry::path).sorted().toArray(String[]::new));
        assertThat(new FileIndex(List.of()).exists("")).isFalse();
    }
}
