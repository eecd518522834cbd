package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Splits a page into front matter and body exactly as Jekyll 4.3 does, and parses the block with
 * Jackson YAML. SnakeYAML's safe loader underneath never instantiates tags; alias expansion and
 * nesting are bounded so a hostile block cannot exhaust memory.
 */
public final class FrontMatterParser {

    private static final ObjectMapper MAPPER = new ObjectMapper(yamlFactory());

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = YamlKeys.boundedOptions();
        // The builder starts with no parser features, not the defaults: without this one, "key:" would be
        // read as "" where Ruby's YAML (and so Jekyll) reads nil.
        return YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
    }

    /** Result of splitting: the front matter and where the body starts. */
    public record Split(FrontMatter frontMatter, int bodyOffset, int bodyStartLine) {}

    private FrontMatterParser() {}

    public static Split split(String text, boolean hadBom) {
        return split(text, hadBom, text::substring);
    }

    /**
     * The same split read straight from a file's bytes (after a byte order mark at {@code start}), so a
     * page is decoded once, in its two parts: every delimiter Jekyll looks for is ASCII, and in UTF-8 no
     * byte of a multi-byte character looks like one, so the bytes read as Latin-1 split exactly where the
     * decoded text would. Offsets in the result are relative to {@code start}. Returns null when the
     * YAML is not clean UTF-8 (the caller then decodes the whole file and reports where it breaks).
     */
    static Split split(byte[] bytes, int start, boolean hadBom) {
        return split(new Latin1(bytes, start, bytes.length), hadBom, (from, to) -> {
            String yaml = new String(bytes, start + from, to - from, StandardCharsets.UTF_8);
            return yaml.indexOf('\uFFFD') < 0 ? yaml : null;
        });
    }

    /** The text of a range of the page. */
    private interface Slicer {
        String slice(int from, int to);
    }

    private static Split split(CharSequence text, boolean hadBom, Slicer slicer) {
        int yamlStart = headerEnd(text);
        if (yamlStart < 0) {
            return new Split(FrontMatter.absent(FrontMatter.Status.MISSING), 0, 1);
        }
        if (hadBom) {
            // Jekyll reads the first line raw, BOM included, so "---" is not seen: the file is static.
            return new Split(FrontMatter.absent(FrontMatter.Status.MISSING_BOM), 0, 1);
        }
        int length = text.length();
        for (int at = closingStart(text, yamlStart); at >= 0; at = closingStart(text, at + 3)) {
            int bodyOffset = bodyStart(text, at + 3);
            if (bodyOffset >= 0) {
                String yaml = slicer.slice(yamlStart, at);
                if (yaml == null) {
                    return null;
                }
                // Only the lines up to the body matter; indexing the whole page would cost a pass over its body.
                LineIndex lines = new LineIndex(bodyOffset >= length ? text : text.subSequence(0, bodyOffset));
                int endLine = lines.line(at);
                FrontMatter fm = parseYaml(yaml, 1, endLine);
                int bodyLine = bodyOffset >= length ? lines.lineCount() + 1 : lines.line(bodyOffset);
                return new Split(fm, bodyOffset, bodyLine);
            }
        }
        FrontMatter fm = new FrontMatter(
                FrontMatter.Status.UNTERMINATED,
                1,
                0,
                Map.of(),
                List.of(),
                new FrontMatter.Problem(1, 1, "the front matter opened here is never closed"));
        return new Split(fm, 0, 1);
    }

    /**
     * Whether the bytes from {@code start} open with Jekyll's front matter line ({@code Utils.has_yaml_header?}), which
     * makes a file a page or document rather than a static file.
     */
    public static boolean hasYamlHeader(byte[] bytes, int start) {
        return headerEnd(new Latin1(bytes, start, bytes.length)) >= 0;
    }

    /**
     * Jekyll's {@code Utils.has_yaml_header?}, {@code \A---[ \t\x0B\f\r]*\n} (page versus static file):
     * the offset after that line, or -1.
     */
    private static int headerEnd(CharSequence text) {
        int n = text.length();
        if (n < 4 || text.charAt(0) != '-' || text.charAt(1) != '-' || text.charAt(2) != '-') {
            return -1;
        }
        int i = 3;
        while (i < n && isHeaderBlank(text.charAt(i))) {
            i++;
        }
        return i < n && text.charAt(i) == '\n' ? i + 1 : -1;
    }

    private static boolean isHeaderBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The next start of a closing line at or after {@code from}, Jekyll's {@code ^(---|\.\.\.)}: Ruby's
     * {@code ^} only follows "\n" (not "\r" alone or U+2028). -1 when there is none.
     */
    private static int closingStart(CharSequence text, int from) {
        int n = text.length();
        for (int i = Math.max(from, 1); i + 3 <= n; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '.')
                    && text.charAt(i - 1) == '\n'
                    && text.charAt(i + 1) == c
                    && text.charAt(i + 2) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Ruby's {@code ^(---|\.\.\.)\s*$\n?} after the marker: {@code \s*} is greedy and spans line
     * breaks, so every blank line after the closing marker is swallowed too and the body starts at the
     * first line with content. Returns -1 when the marker is followed by other text on its line.
     */
    private static int bodyStart(CharSequence text, int afterMarker) {
        int end = afterMarker;
        int lastNewline = -1;
        while (end < text.length() && " \t\r\n\f\u000B".indexOf(text.charAt(end)) >= 0) {
            if (text.charAt(end) == '\n') {
                lastNewline = end;
            }
            end++;
        }
        if (end >= text.length()) {
            return text.length();
        }
        return lastNewline < 0 ? -1 : lastNewline + 1;
    }

    /** Bytes seen as Latin-1 characters: enough to find ASCII delimiters in UTF-8 without decoding. */
    private static final class Latin1 implements CharSequence {
        private final byte[] bytes;
        private final int from;
        private final int to;

        Latin1(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Latin1(bytes, from + start, from + end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Parses a YAML mapping whose first line is file line {@code openLine + 1}: flat blocks of {@code key:
     * value} lines through {@link FlatYaml}, everything else (and anything it declines) with the full parser.
     */
    static FrontMatter parseYaml(String yaml, int openLine, int endLine) {
        FrontMatter flat = FlatYaml.parse(yaml, openLine, endLine);
        return flat != null ? flat : parseYamlFully(yaml, openLine, endLine);
    }

    /**
     * {@link #parseYaml} with Jackson and SnakeYAML, whatever the block holds; a block only SnakeYAML refuses
     * ({@link LibyamlText}) is read as Jekyll reads it.
     */
    static FrontMatter parseYamlFully(String yaml, int openLine, int endLine) {
        FrontMatter fm = parseWithSnakeYaml(yaml, openLine, endLine);
        if (fm.status() == FrontMatter.Status.INVALID) {
            String compatible = LibyamlText.rewrite(yaml);
            if (!compatible.equals(yaml)) {
                FrontMatter again = parseWithSnakeYaml(compatible, openLine, endLine);
                if (again.status() != FrontMatter.Status.INVALID) {
                    return again;
                }
            }
        }
        return fm;
    }

    private static FrontMatter parseWithSnakeYaml(String yaml, int openLine, int endLine) {
        Map<String, FrontMatter.Entry> entries = FrontMatter.newEntries();
        List<FrontMatter.Duplicate> duplicates = new ArrayList<>();
        try (YAMLParser p = (YAMLParser) MAPPER.getFactory().createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new FrontMatter(FrontMatter.Status.OK, openLine, endLine, entries, duplicates, null);
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation loc = p.currentTokenLocation();
                return invalid(openLine, endLine, loc, "the front matter is not a list of 'key: value' pairs");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                JsonLocation keyLoc = p.currentTokenLocation();
                // the same few keys recur on every page: one String each for all the summaries kept
                String key = p.currentName().intern();
                p.nextToken();
                JsonLocation valueLoc = p.currentTokenLocation();
                boolean quoted = p.currentToken() == JsonToken.VALUE_STRING && isQuoted(yaml, valueLoc);
                // the scalar's own text (the parser keeps it for numbers too: 020 that reads as 16)
                String source = p.currentToken().isScalarValue() && !quoted ? p.getText() : null;
                JsonNode value = value(p);
                FrontMatter.Entry entry = new FrontMatter.Entry(
                        key,
                        value,
                        fileLine(openLine, keyLoc),
                        col(keyLoc),
                        fileLine(openLine, valueLoc),
                        col(valueLoc),
                        quoted,
                        FrontMatter.Entry.writtenIfOther(value, source));
                FrontMatter.Entry previous = entries.remove(key);
                if (previous != null) {
                    duplicates.add(new FrontMatter.Duplicate(previous, entry));
                }
                entries.put(key, entry);
            }
            if (t != JsonToken.END_OBJECT) {
                return invalid(openLine, endLine, p.currentTokenLocation(), "unexpected content in the front matter");
            }
            if (p.nextToken() != null) {
                return invalid(openLine, endLine, p.currentTokenLocation(), "a second YAML document follows the first");
            }
            return new FrontMatter(FrontMatter.Status.OK, openLine, endLine, entries, duplicates, null);
        } catch (JsonProcessingException e) {
            int[] at = YamlErrors.position(e);
            return invalid(
                    openLine,
                    endLine,
                    at == null ? openLine + 1 : openLine + at[0],
                    at == null ? 1 : at[1],
                    YamlErrors.describe(e));
        } catch (IOException | RuntimeException e) {
            return invalid(openLine, endLine, openLine + 1, 1, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The value the parser stands on, as {@code readTree} builds it; the usual scalars are built
     * directly, which spares a deserialization context per key.
     */
    private static JsonNode value(YAMLParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                return SharedText.node(p.getText());
            case VALUE_TRUE:
                return JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE:
                return JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL:
                return JsonNodeFactory.instance.nullNode();
            default:
                return MAPPER.readTree(p);
        }
    }

    private static boolean isQuoted(String yaml, JsonLocation loc) {
        long offset = loc.getCharOffset();
        if (offset >= 0 && offset < yaml.length()) {
            char c = yaml.charAt((int) offset);
            return c == '"' || c == '\'';
        }
        return false;
    }

    private static FrontMatter invalid(int openLine, int endLine, JsonLocation loc, String message) {
        int line = loc == null || loc.getLineNr() < 1 ? openLine + 1 : fileLine(openLine, loc);
        int column = loc == null || loc.getColumnNr() < 1 ? 1 : loc.getColumnNr();
        return invalid(openLine, endLine, line, column, message);
    }

    /** Front matter Jekyll cannot read: no entries, and why at {@code line}:{@code column} of the file. */
    private static FrontMatter invalid(int openLine, int endLine, int line, int column, String message) {
        return new FrontMatter(
                FrontMatter.Status.INVALID,
                openLine,
                endLine,
                Map.of(),
                List.of(),
                new FrontMatter.Problem(line, column, message));
    }

    private static int fileLine(int openLine, JsonLocation loc) {
        return openLine + loc.getLineNr();
    }

    private static int col(JsonLocation loc) {
        return Math.max(1, loc.getColumnNr());
    }

    /** Collapses line breaks and their surrounding blanks in one pass (a regex \\s*\\n\\s* is quadratic on long blank runs). */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 500));
        int i = 0;
        while (i < s.length() && out.length() < 500) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = out.length();
                while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                    end--;
                }
                out.setLength(end);
                out.append("; ");
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString().trim();
    }

    /** Keeps SnakeYAML's own words ("found character '\t' that cannot start any token") but not its excerpt. */
}
