package io.github.faqkit.report;

import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source lines around a finding. Pages come from the parsed model; other text files with findings
 * (e.g. {@code _config.yml}) are read once here: reports may read files, rules may not.
 *
 * <p>A file read here is not decoded as a whole: its lines are found in the UTF-8 bytes and only the
 * lines shown are decoded. With thousands of findings, decoding every page with one (most of them
 * CJK text) cost more than writing all the reports. This gives the same lines as decoding first:
 * a UTF-8 multi-byte sequence never contains a line-break byte, and the JDK's decoder never takes one
 * into a malformed sequence; a line that decodes with U+FFFD falls back to decoding the whole file.
 */
final class SourceExcerpts {
    static final int CONTEXT = 2;
    private static final long MAX_READ = 1 << 20;
    /** Reports visit findings file by file: a few recent files suffice, not every page with a finding. */
    private static final int KEPT = 32;

    record Line(int number, String text) {
    }

    private final Site site;
    private final Path contentDirectory;
    private final Map<String, Lines> files = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Lines> eldest) {
            return size() > KEPT;
        }
    };

    SourceExcerpts(Site site) {
        this(site, site == null ? null : site.contentDirectory());
    }

    /** Excerpts of a result: from its pages, or (a result taken over from an earlier run has none) its files. */
    SourceExcerpts(io.github.faqkit.rules.ValidationResult result) {
        this(result.site(), result.contentDirectory());
    }

    private SourceExcerpts(Site site, Path contentDirectory) {
        this.site = site;
        this.contentDirectory = contentDirectory;
    }

    List<Line> around(String file, int line) {
        if (line <= 0 || file.isEmpty()) {
            return List.of();
        }
        Lines lines = lines(file);
        if (lines.isEmpty()) {
            return List.of();
        }
        int last = lines.count();
        List<Line> out = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT); n <= Math.min(last, line + CONTEXT); n++) {
            out.add(new Line(n, lines.line(n)));
        }
        return out;
    }

    /** The 1-based line of the file without its line break, or "" when the file has no such line. */
    String line(String file, int line) {
        Lines lines = lines(file);
        if (line <= 0 || lines.isEmpty() || line > lines.count()) {
            return "";
        }
        return lines.line(line);
    }

    private Lines lines(String file) {
        Lines l = files.get(file);
        if (l == null) {
            l = load(file);
            files.put(file, l);
        }
        return l;
    }

    /** The lines of the file as the rules saw it; none when it is not text or cannot be read. */
    private Lines load(String file) {
        if (contentDirectory == null) {
            return Lines.NONE;
        }
        Page page = site == null ? null : site.pageByPath(file);
        if (page != null && page.hasText()) {
            return Lines.of(page.source().text());
        }
        // Validated pages keep no text (see Validator): an excerpt reads the one file it shows.
        try {
            Path p = contentDirectory.resolve(file).normalize();
            if (!p.startsWith(contentDirectory.normalize()) || !Files.isRegularFile(p) || Files.size(p) > MAX_READ
                    || !(file.endsWith(".yml") || file.endsWith(".yaml") || file.endsWith(".md")
                    || file.endsWith(".markdown") || file.endsWith(".html"))) {
                return Lines.NONE;
            }
            return Lines.ofUtf8(Files.readAllBytes(p));
        } catch (IOException | RuntimeException e) {
            return Lines.NONE;
        }
    }

    /** Numbered lines of a text ({@link LineIndex} rules), kept as decoded text or as UTF-8 bytes. */
    private static final class Lines {
        static final Lines NONE = of("");

        private String text;
        private LineIndex index;
        private byte[] bytes;
        private int from;
        private int[] starts;

        static Lines of(String text) {
            Lines l = new Lines();
            l.text = text;
            l.index = new LineIndex(text);
            return l;
        }

        /** {@link SourceText#decode} semantics: a UTF-8 byte order mark is not part of the text. */
        static Lines ofUtf8(byte[] bytes) {
            Lines l = new Lines();
            l.bytes = bytes;
            l.from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            l.starts = starts(bytes, l.from);
            return l;
        }

        /** As {@link LineIndex}: "\n", "\r\n" and a lone "\r" end a line (offsets relative to {@code from}). */
        private static int[] starts(byte[] b, int from) {
            int[] starts = new int[64];
            int n = 0;
            starts[n++] = 0;
            for (int i = from; i < b.length; i++) {
                if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1 - from;
                }
            }
            return java.util.Arrays.copyOf(starts, n);
        }

        boolean isEmpty() {
            return text != null ? text.isEmpty() : bytes.length == from;
        }

        int count() {
            if (text != null) {
                return index.lineCount();
            }
            int n = starts.length;
            return n > 1 && starts[n - 1] == bytes.length - from ? n - 1 : n;
        }

        String line(int line) {
            if (text == null) {
                int start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
                int end = line < starts.length ? starts[line] : bytes.length - from;
                while (end > start && (bytes[from + end - 1] == '\n' || bytes[from + end - 1] == '\r')) {
                    end--;
                }
                String s = new String(bytes, from + start, end - start, StandardCharsets.UTF_8);
                if (s.indexOf('\uFFFD') < 0) {
                    return s;
                }
                // Invalid bytes (or a real U+FFFD): take the line from the whole decoded text, to be sure.
                text = SourceText.decode(bytes).text();
                index = new LineIndex(text);
                bytes = null;
                starts = null;
            }
            return text.substring(index.lineStart(line), index.lineEnd(text, line));
        }
    }
}
