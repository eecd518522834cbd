package io.github.faqkit.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.faqkit.core.YamlKeys;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link TreeReader} against {@code ObjectMapper.readTree}, the reading it stands in for. */
class TreeReaderTest {
    private static final YAMLFactory PLAIN_YAML = new YAMLFactory();
    /** The front matter parser's settings: empty values as null, bounded aliases and nesting. */
    private static final YAMLFactory FRONT_MATTER_YAML = YAMLFactory.builder()
            .loaderOptions(YamlKeys.boundedOptions())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    private static final Map<JsonFactory, ObjectMapper> MAPPERS =
            Map.of(PLAIN_YAML, new ObjectMapper(PLAIN_YAML), FRONT_MATTER_YAML, new ObjectMapper(FRONT_MATTER_YAML));

    /** Scalars whose type YAML decides from their spelling, and spellings that trip parsers. */
    private static final List<String> SCALARS = List.of(
            "1",
            "-7",
            "0",
            "007",
            "0x1F",
            "0o17",
            "0b101",
            "1_000",
            "+12",
            "2147483647",
            "2147483648",
            "9223372036854775807",
            "9223372036854775808",
            "123456789012345678901234567890",
            "-9223372036854775809",
            "1.5",
            "-0.0",
            "1e3",
            "1.0e+3",
            "6.02E23",
            ".5",
            "1.",
            ".inf",
            "-.Inf",
            ".NaN",
            "1_000.5",
            "3.14159265358979323846264338",
            "true",
            "false",
            "True",
            "FALSE",
            "yes",
            "no",
            "on",
            "off",
            "y",
            "n",
            "~",
            "null",
            "Null",
            "",
            "2024-01-31",
            "2024-01-31 10:00:00 +02:00",
            "12:30:45",
            "'quoted: yes'",
            "\"dq \\u00e9 \\n\"",
            "plain text",
            "é",
            "日本語",
            "!!str 42",
            "!!int \"17\"",
            "!!float 1",
            "!!binary aGVsbG8=",
            "!!null ''",
            "!!bool yes",
            "&a anchored",
            "*a",
            "[1, two, 3.0]",
            "{a: 1, b: [x, y]}",
            "[]",
            "{}",
            "'it''s'",
            "|\n  block\n  text",
            ">\n  folded\n  text",
            "- nested",
            "key: : colon");

    @Test
    void randomYamlDocumentsGiveTheTreesOfReadTree() {
        Random random = new Random(17);
        for (int i = 0; i < 4_000; i++) {
            String yaml = document(random);
            assertSameReading(PLAIN_YAML, yaml);
            assertSameReading(FRONT_MATTER_YAML, yaml);
        }
    }

    @Test
    void repeatedKeysMultipleDocumentsAndEmptyInput() {
        for (String yaml : List.of(
                "a: 1\nb: 2\na: [3]\n",
                "a: {x: 1}\na: {y: 2}\n",
                "first: 1\n---\nsecond: 2\n",
                "",
                "# only a comment\n",
                "---\n",
                "--- 42\n",
                "- a\n- - b\n  - c\n- {d: e}\n",
                "a: &x {b: 1}\nc: *x\n",
                "a: [1, 2\n",
                "a: b: c\n",
                "[unclosed\n",
                "key: \"unterminated\n",
                "? complex\n: value\n",
                "? [a, b]\n: value\n")) {
            assertSameReading(PLAIN_YAML, yaml);
            assertSameReading(FRONT_MATTER_YAML, yaml);
        }
    }

    @Test
    void deepNestingIsReadWithoutRecursion() {
        String deep = "[".repeat(900) + "]".repeat(900);
        assertSameReading(PLAIN_YAML, deep);
    }

    @Test
    void smileTreesOfEveryNumberKindComeBackAsWritten() throws IOException {
        ObjectMapper smile = new ObjectMapper(new SmileFactory());
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            JsonNode tree = randomTree(random, 0);
            byte[] bytes = smile.writeValueAsBytes(tree);
            JsonNode expected = smile.readTree(bytes);
            JsonNode actual;
            try (JsonParser p = smile.getFactory().createParser(bytes)) {
                actual = TreeReader.document(p);
            }
            assertSameTree(actual, expected, "smile tree " + tree);
        }
    }

    @Test
    void everyConfigurationAndFrontMatterInTheTestSitesReadsTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> walk =
                Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("sample-site")))) {
            files = walk.filter(f -> {
                        String n = f.getFileName().toString();
                        return Files.isRegularFile(f)
                                && (n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".md"));
                    })
                    .toList();
        }
        int read = 0;
        for (Path f : files) {
            String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (f.toString().endsWith(".md")) {
                if (!text.startsWith("---\n")) {
                    continue;
                }
                int end = text.indexOf("\n---", 4);
                if (end < 0) {
                    continue;
                }
                text = text.substring(4, end + 1);
            }
            assertSameReading(FRONT_MATTER_YAML, text);
            assertSameReading(PLAIN_YAML, text);
            read++;
        }
        assertThat(read).as("files read").isGreaterThan(200);
    }

    @Test
    void stringsCanBeMadeIntoSharedNodes() throws IOException {
        JsonNode shared = JsonNodeFactory.instance.textNode("same");
        try (JsonParser p = PLAIN_YAML.createParser("[same, same, {k: same}]")) {
            p.nextToken();
            JsonNode tree = TreeReader.value(p, s -> s.equals("same") ? shared : JsonNodeFactory.instance.textNode(s));
            assertThat(tree.get(0)).isSameAs(shared);
            assertThat(tree.get(1)).isSameAs(shared);
            assertThat(tree.get(2).get("k")).isSameAs(shared);
        }
    }

    private static void assertSameReading(JsonFactory factory, String yaml) {
        ObjectMapper mapper = MAPPERS.get(factory);
        Object expected;
        try {
            expected = mapper.readTree(yaml);
        } catch (IOException e) {
            expected = e;
        }
        Object actual;
        try (JsonParser p = factory.createParser(yaml)) {
            actual = TreeReader.document(p);
        } catch (IOException e) {
            actual = e;
        }
        if (expected instanceof IOException e) {
            assertThat(actual).as("an error for %s", yaml).isInstanceOf(IOException.class);
            assertThat(((IOException) actual).getMessage())
                    .as("the same error for %s", yaml)
                    .isEqualTo(e.getMessage());
        } else {
            assertThat(actual).as("a tree for %s", yaml).isInstanceOf(JsonNode.class);
            assertSameTree((JsonNode) actual, (JsonNode) expected, yaml);
        }
    }

    /** Equal, with the same node class at every level and the keys in the same order. */
    private static void assertSameTree(JsonNode actual, JsonNode expected, String input) {
        assertThat(actual).as("tree of %s", input).isEqualTo(expected);
        assertThat(actual.getClass()).as("node class in %s", input).isEqualTo(expected.getClass());
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> a = actual.properties().iterator();
            Iterator<Map.Entry<String, JsonNode>> e = expected.properties().iterator();
            while (e.hasNext()) {
                Map.Entry<String, JsonNode> ea = a.next();
                Map.Entry<String, JsonNode> ee = e.next();
                assertThat(ea.getKey()).as("key order in %s", input).isEqualTo(ee.getKey());
                assertSameTree(ea.getValue(), ee.getValue(), input);
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(actual.get(i), expected.get(i), input);
            }
        }
    }

    private static String document(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(8) == 0) {
            out.append("---\n");
        }
        block(random, out, "", 0);
        if (random.nextInt(10) == 0) {
            out.append("---\nnext: document\n");
        }
        return out.toString();
    }

    private static void block(Random random, StringBuilder out, String indent, int depth) {
        int entries = 1 + random.nextInt(5);
        boolean list = depth > 0 && random.nextInt(3) == 0;
        for (int i = 0; i < entries; i++) {
            out.append(indent);
            if (list) {
                out.append("- ");
            } else {
                // few distinct keys, so repeats happen
                out.append("k").append(random.nextInt(6)).append(':');
            }
            if (depth < 4 && random.nextInt(4) == 0) {
                out.append('\n');
                block(random, out, indent + "  ", depth + 1);
            } else {
                String scalar = SCALARS.get(random.nextInt(SCALARS.size()));
                if (!scalar.isEmpty() || list) {
                    out.append(list ? "" : " ");
                }
                out.append(scalar.replace("\n", "\n" + indent + "  ")).append('\n');
            }
        }
    }

    private static JsonNode randomTree(Random random, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int kind = random.nextInt(depth < 3 ? 13 : 11);
        return switch (kind) {
            case 0 -> f.numberNode(random.nextInt());
            case 1 -> f.numberNode(random.nextLong());
            case 2 -> f.numberNode(new BigInteger(80, random));
            case 3 -> f.numberNode(random.nextDouble() * 1e6);
            case 4 -> f.numberNode(random.nextFloat());
            case 5 -> f.numberNode(new BigDecimal(BigInteger.valueOf(random.nextInt(100_000)), random.nextInt(6)));
            case 6 -> f.textNode("t" + random.nextInt(50));
            case 7 -> f.booleanNode(random.nextBoolean());
            case 8 -> f.nullNode();
            case 9 -> f.binaryNode(new byte[] {(byte) random.nextInt(), 1, 2});
            case 10 -> f.textNode("");
            case 11 -> {
                ArrayNode a = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomTree(random, depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = f.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set("f" + random.nextInt(5), randomTree(random, depth + 1));
                }
                yield o;
            }
        };
    }
}
