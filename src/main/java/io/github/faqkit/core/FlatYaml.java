package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The front matter most pages have — one {@code key: value} per line, plain or simply quoted scalars — read
 * without setting up a YAML parser per page (most of the cost of front matter). It gives exactly what
 * {@link FrontMatterParser} gets from Jackson and SnakeYAML for such a block (same values, node types,
 * positions, quoting, duplicates), or null for anything else: then the full parser reads the block. Every
 * decision a value needs is SnakeYAML's own: its resolver (YAML 1.1 booleans, numbers, nulls, dates) tags
 * the plain scalars, and only strings, small decimal integers and {@code true}/{@code false} are taken
 * here. {@code FlatYamlTest} compares both on golden and random blocks.
 */
final class FlatYaml {
    /** Larger blocks are left to the full parser (its limits apply to them). */
    private static final int MAX_LENGTH = 16 * 1024;

    /** The resolver Jackson's YAML parser creates for each document; it is read-only once built. */
    private static final Tags RESOLVER = new Tags();

    /**
     * SnakeYAML's resolver, told apart from its patterns for the scalars it cannot tag otherwise than a
     * string: a value whose first character starts no pattern of its table (and the table's patterns for any
     * character only match the empty value) is a string without running a regex.
     */
    private static final class Tags extends Resolver {
        /** The patterns tried on every value whatever its first character (set while the table is built). */
        private List<java.util.regex.Pattern> forAny;

        private final boolean onlyEmptyForAny;

        Tags() {
            onlyEmptyForAny = forAny == null || forAny.stream().allMatch(p -> p == Resolver.EMPTY);
        }

        @Override
        public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
            noteForAny(regexp, first);
            super.addImplicitResolver(tag, regexp, first, limit);
        }

        @Override
        public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first) {
            noteForAny(regexp, first);
            super.addImplicitResolver(tag, regexp, first);
        }

        private void noteForAny(java.util.regex.Pattern regexp, String first) {
            if (first == null) {
                if (forAny == null) {
                    forAny = new ArrayList<>();
                }
                forAny.add(regexp);
            }
        }

        /** Tags of short values already resolved (a tag depends on the value only): nav_order numbers, keys. */
        private final Map<String, Tag> known = new java.util.concurrent.ConcurrentHashMap<>();

        Tag tag(String value) {
            if (onlyEmptyForAny && !value.isEmpty() && !yamlImplicitResolvers.containsKey(value.charAt(0))) {
                return Tag.STR;
            }
            if (value.length() > 24) {
                return resolve(NodeId.scalar, value, true);
            }
            Tag tag = known.get(value);
            if (tag == null) {
                tag = resolve(NodeId.scalar, value, true);
                if (known.size() < 4096) {
                    known.put(value, tag);
                }
            }
            return tag;
        }
    }

    private FlatYaml() {}

    /** The front matter of {@code yaml} (first line is file line {@code openLine + 1}), or null. */
    static FrontMatter parse(String yaml, int openLine, int endLine) {
        int n = yaml.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        Map<String, FrontMatter.Entry> entries = FrontMatter.newEntries();
        List<FrontMatter.Duplicate> duplicates = new ArrayList<>(0);
        int lineNo = 0;
        int pos = 0;
        while (pos < n) {
            lineNo++;
            int end = yaml.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int lineEnd = end > pos && yaml.charAt(end - 1) == '\r' ? end - 1 : end;
            FrontMatter.Entry entry = entry(yaml, pos, lineEnd, openLine + lineNo);
            if (entry == null) {
                return null;
            }
            FrontMatter.Entry previous = entries.remove(entry.key());
            if (previous != null) {
                duplicates.add(new FrontMatter.Duplicate(previous, entry));
            }
            entries.put(entry.key(), entry);
            pos = end + 1;
        }
        return new FrontMatter(FrontMatter.Status.OK, openLine, endLine, entries, duplicates, null);
    }

    /*
     * The steps of a line are small methods on purpose: front matter values take new branches long after the
     * JIT compiled the reader (the first quoted value, the first number), and it compiles again only the
     * method such a branch is in.
     */

    /** One {@code key: value} line {@code [from, to)} (without its line break), or null. */
    private static FrontMatter.Entry entry(String yaml, int from, int to, int fileLine) {
        int colon = keyEnd(yaml, from, to);
        if (colon < 0) {
            return null;
        }
        String key = key(yaml, from, colon);
        int start = valueStart(yaml, colon, to);
        if (key == null || start < 0) {
            return null;
        }
        int end = valueEnd(yaml, start, to);
        if (end < 0) {
            return null;
        }
        boolean quoted = yaml.charAt(start) == '\'' || yaml.charAt(start) == '"';
        String source = quoted ? null : yaml.substring(start, end);
        JsonNode value = quoted ? quoted(yaml, start, end) : plain(source);
        if (value == null) {
            return null;
        }
        return new FrontMatter.Entry(
                key,
                value,
                fileLine,
                1,
                fileLine,
                start - from + 1,
                quoted,
                FrontMatter.Entry.writtenIfOther(value, source));
    }

    /** Where the colon after a plain key at {@code from} is; -1 when the line does not start so. */
    private static int keyEnd(String yaml, int from, int to) {
        int i = from;
        if (i >= to || !keyStart(yaml.charAt(i))) {
            return -1;
        }
        while (i < to && keyPart(yaml.charAt(i))) {
            i++;
        }
        return i < to && yaml.charAt(i) == ':' ? i : -1;
    }

    /** The key, when YAML reads it as a string; the same few keys recur on every page: one String each. */
    private static String key(String yaml, int from, int colon) {
        String key = yaml.substring(from, colon);
        return RESOLVER.tag(key) == Tag.STR ? key.intern() : null;
    }

    /** The first character of the value after {@code ": "} and more spaces; -1 when there is none. */
    private static int valueStart(String yaml, int colon, int to) {
        int i = colon + 1;
        if (i >= to || yaml.charAt(i) != ' ') {
            return -1; // no value ("key:" is null, maybe of a nested block), or "key:value" (one plain scalar)
        }
        while (i < to && yaml.charAt(i) == ' ') {
            i++;
        }
        return i < to ? i : -1;
    }

    /** The end of the value without trailing spaces; -1 when it holds a character read otherwise. */
    private static int valueEnd(String yaml, int start, int to) {
        int end = to;
        while (yaml.charAt(end - 1) == ' ') {
            end--;
        }
        for (int k = start; k < end; k++) {
            if (!safe(yaml.charAt(k))) {
                return -1;
            }
        }
        return end;
    }

    /** A quoted scalar that spans {@code [from, to)} exactly and needs no unescaping; null otherwise. */
    private static JsonNode quoted(String yaml, int from, int to) {
        char q = yaml.charAt(from);
        if (to - from < 3 || yaml.charAt(to - 1) != q) {
            return null; // empty, unterminated, or followed by something
        }
        for (int k = from + 1; k < to - 1; k++) {
            char c = yaml.charAt(k);
            if (c == q || c == '\\') {
                return null; // an escape ('' or \x), or text after the closing quote
            }
        }
        return SharedText.node(yaml.substring(from + 1, to - 1));
    }

    /** A plain scalar as SnakeYAML reads it and Jackson types it; null for anything but the simple cases. */
    private static JsonNode plain(String v) {
        char first = v.charAt(0);
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0
                || first == '-' && (v.length() < 2 || !Character.isDigit(v.charAt(1)))) {
            return null; // an indicator: a sequence, flow collection, alias, tag, block scalar, directive...
        }
        if (v.endsWith(":") || v.contains(": ") || v.contains(" #")) {
            return null; // a nested mapping, or a comment after the value
        }
        Tag tag = RESOLVER.tag(v);
        if (tag == Tag.STR) {
            return SharedText.node(v);
        }
        if (tag == Tag.INT && smallDecimal(v)) {
            return JsonNodeFactory.instance.numberNode(Integer.parseInt(v));
        }
        if (tag == Tag.BOOL && (v.equals("true") || v.equals("false"))) {
            return JsonNodeFactory.instance.booleanNode(v.equals("true"));
        }
        return null; // other booleans (yes, on, ...), nulls, floats, dates, octal or hex: the full parser
    }

    /** An optional minus, then 1 to 9 digits without a leading zero (or a lone 0): always an int node. */
    private static boolean smallDecimal(String v) {
        int i = v.charAt(0) == '-' ? 1 : 0;
        int digits = v.length() - i;
        if (digits < 1 || digits > 9 || v.charAt(i) == '0' && digits > 1) {
            return false;
        }
        for (int k = i; k < v.length(); k++) {
            if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                return false;
            }
        }
        return !(i == 1 && digits == 1 && v.charAt(1) == '0'); // "-0" is left to the parser
    }

    private static boolean keyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean keyPart(char c) {
        return keyStart(c) || c >= '0' && c <= '9' || c == '-';
    }

    /**
     * Characters SnakeYAML reads as themselves inside a scalar on one line: printable, no tab, no line break
     * of YAML 1.1 (NEL, U+2028, U+2029), no byte order mark and no surrogate (column and offset counts of
     * characters outside the BMP differ between SnakeYAML and Java).
     */
    private static boolean safe(char c) {
        return c >= 0x20 && c <= 0x7E
                || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }
}
