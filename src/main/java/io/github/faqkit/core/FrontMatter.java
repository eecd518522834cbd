package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML front matter of a page as Jekyll reads it, with the file position of every top-level
 * key and value. {@link #status()} says whether Jekyll found a block at all.
 */
public final class FrontMatter {

    /** What Jekyll made of the start of the file. */
    public enum Status {
        /** A well-formed {@code ---} block that parsed as a mapping (possibly empty). */
        OK,
        /** No {@code ---} on the first line: Jekyll copies the file as a static file. */
        MISSING,
        /** Same as missing, but only because a UTF-8 byte order mark precedes {@code ---}. */
        MISSING_BOM,
        /** {@code ---} opens a block that is never closed. */
        UNTERMINATED,
        /** The block is there but is not valid YAML or not a mapping. */
        INVALID,
        /**
         * No {@code ---} on the first line, but the file is a dated post: Jekyll reads every dated file of
         * {@code _posts} as a post, front matter or not, and renders it (platform-golden/posts-without-front-matter).
         */
        POST_WITHOUT_BLOCK
    }

    /**
     * A top-level key with its position and the position of its value (1-based, in the file). {@code written} is
     * the value as the file writes it when YAML reads a plain scalar as something else ({@code 020}, the octal
     * number 16; {@code ~}, null); null when the value's own text is what the file says.
     */
    public record Entry(
            String key,
            JsonNode value,
            int keyLine,
            int keyColumn,
            int valueLine,
            int valueColumn,
            boolean quoted,
            String written) {

        public Entry(
                String key,
                JsonNode value,
                int keyLine,
                int keyColumn,
                int valueLine,
                int valueColumn,
                boolean quoted) {
            this(key, value, keyLine, keyColumn, valueLine, valueColumn, quoted, null);
        }

        /** {@code written} when the plain scalar {@code source} reads as a value with another text; else null. */
        static String writtenIfOther(JsonNode value, String source) {
            return source == null
                            || value == null
                            || value.isTextual()
                            || value.isContainerNode()
                            || source.equals(value.asText())
                    ? null
                    : source;
        }

        /** The value as the file writes it. */
        public String asWritten() {
            return written != null ? written : value == null ? "" : value.asText();
        }
    }

    /** A key that occurs more than once; {@code first} is the occurrence Jekyll ignores. */
    public record Duplicate(Entry first, Entry repeated) {}

    /** A YAML problem at a file position. */
    public record Problem(int line, int column, String message) {}

    private final Status status;
    private final int startLine;
    private final int endLine;
    private final Map<String, Entry> entries;
    private final List<Duplicate> duplicates;
    private final Problem problem;

    FrontMatter(
            Status status,
            int startLine,
            int endLine,
            Map<String, Entry> entries,
            List<Duplicate> duplicates,
            Problem problem) {
        this.status = status;
        this.startLine = startLine;
        this.endLine = endLine;
        this.entries =
                entries.isEmpty() ? Map.of() : new Entries(entries.values().toArray(new FrontMatter.Entry[0]));
        this.duplicates = duplicates;
        this.problem = problem;
    }

    static FrontMatter absent(Status status) {
        return new FrontMatter(status, 0, 0, Map.of(), List.of(), null);
    }

    public Status status() {
        return status;
    }

    /** True when Jekyll renders the file as a page or document (it saw a {@code ---} first line, or it is a post). */
    public boolean isPage() {
        return status != Status.MISSING && status != Status.MISSING_BOM;
    }

    /** Line of the opening {@code ---} (1), or 0 when absent. */
    public int startLine() {
        return startLine;
    }

    /** Line of the closing {@code ---}/{@code ...}, or 0 when absent or unterminated. */
    public int endLine() {
        return endLine;
    }

    /** Top-level keys in file order; the last occurrence wins, as in Ruby's YAML. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    /** The YAML error (status INVALID) or the unterminated opening (UNTERMINATED); null otherwise. */
    public Problem problem() {
        return problem;
    }

    /** The front matter as a JSON tree (empty when absent or invalid). */
    public ObjectNode toObjectNode() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Entry e : entries.values()) {
            node.set(e.key(), e.value());
        }
        return node;
    }

    static Map<String, Entry> newEntries() {
        return new LinkedHashMap<>();
    }

    /**
     * The entries of a parsed block, immutable, in file order, as one array: a page has a handful of keys, and
     * every page summary of the site keeps them (a linked hash map costs three times the entries).
     */
    private static final class Entries extends java.util.AbstractMap<String, FrontMatter.Entry> {
        private final FrontMatter.Entry[] entries;

        Entries(FrontMatter.Entry[] entries) {
            this.entries = entries;
        }

        @Override
        public FrontMatter.Entry get(Object key) {
            for (FrontMatter.Entry e : entries) {
                if (e.key() == key) {
                    return e; // keys are interned: the usual lookup by a constant needs no comparison
                }
            }
            for (FrontMatter.Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public java.util.Set<Map.Entry<String, FrontMatter.Entry>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, FrontMatter.Entry>> iterator() {
                    return new java.util.Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < entries.length;
                        }

                        @Override
                        public Map.Entry<String, FrontMatter.Entry> next() {
                            if (next >= entries.length) {
                                throw new java.util.NoSuchElementException();
                            }
                            FrontMatter.Entry e = entries[next++];
                            return new java.util.AbstractMap.SimpleImmutableEntry<>(e.key(), e);
                        }
                    };
                }

                @Override
                public int size() {
                    return entries.length;
                }
            };
        }

        @Override
        public java.util.Collection<FrontMatter.Entry> values() {
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(entries));
        }
    }
}
