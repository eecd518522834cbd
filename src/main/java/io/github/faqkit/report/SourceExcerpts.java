package io.github.faqkit.report;

import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
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

    record Line(int number, String text) {}

    private final Site site;
    private final Path contentDirectory;
    private Path root;
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
        return around(file, line, line);
    }

    /**
     * The lines around {@code line}; {@code lastLine} says how far down the file the next calls for it
     * will go (a report visits a file's findings together), so a file is read once, and only as far as
     * needed: most findings are near the top of their page.
     */
    List<Line> around(String file, int line, int lastLine) {
        if (line <= 0 || file.isEmpty()) {
            return List.of();
        }
        Lines lines = lines(file, Math.max(line, lastLine) + CONTEXT);
        if (lines.isEmpty()) {
            return List.of();
        }
        lines.ensure(line + CONTEXT);
        int last = Math.min(lines.count(), line + CONTEXT);
        List<Line> out = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT); n <= last; n++) {
            out.add(new Line(n, lines.line(n)));
        }
        return out;
    }

    /** The 1-based line of the file without its line break, or "" when the file has no such line. */
    String line(String file, int line) {
        Lines lines = lines(file, line);
        if (line <= 0 || lines.isEmpty()) {
            return "";
        }
        lines.ensure(line);
        if (line > lines.count()) {
            return "";
        }
        return lines.line(line);
    }

    private Lines lines(String file, int upTo) {
        Lines l = files.get(file);
        if (l == null) {
            l = load(file, upTo);
            files.put(file, l);
        }
        return l;
    }

    /** The lines of the file as the rules saw it (at least up to line {@code upTo}); none when not text or unreadable. */
    private Lines load(String file, int upTo) {
        if (contentDirectory == null) {
            return Lines.NONE;
        }
        Page page = site == null ? null : site.pageByPath(file);
        if (page != null && page.hasText()) {
            return Lines.of(page.source().text());
        }
        // Validated pages keep no text (see Validator): an excerpt reads the one file it shows.
        try {
            if (root == null) {
                root = contentDirectory.normalize();
            }
            Path p = contentDirectory.resolve(file).normalize();
            if (!p.startsWith(root)
                    || !(file.endsWith(".yml")
                            || file.endsWith(".yaml")
                            || file.endsWith(".md")
                            || file.endsWith(".markdown")
                            || file.endsWith(".html"))) {
                return Lines.NONE;
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile() || a.size() > MAX_READ) {
                return Lines.NONE;
            }
            return Lines.ofFile(p, upTo);
        } catch (IOException | RuntimeException e) {
            return Lines.NONE;
        }
    }

    /**
     * Numbered lines of a text ({@link LineIndex} rules), kept as decoded text or as UTF-8 bytes. Bytes
     * may be the start of the file only (as far as the lines asked for); {@link #ensure} reads the rest.
     */
    private static final class Lines {
        static final Lines NONE = of("");
        private static final int CHUNK = 16 * 1024;

        private String text;
        private LineIndex index;
        private Path file;
        private boolean whole;
        private byte[] bytes;
        private int length;
        private int from;
        private int[] starts;
        private int lineCount;

        static Lines of(String text) {
            Lines l = new Lines();
            l.text = text;
            l.index = new LineIndex(text);
            return l;
        }

        /** The file's first lines, up to line {@code upTo} (or all of it, when shorter). */
        static Lines ofFile(Path file, int upTo) throws IOException {
            Lines l = new Lines();
            l.file = file;
            l.read(upTo);
            return l;
        }

        /** Makes sure line {@code line} is known whole (or the file is read to its end). */
        void ensure(int line) {
            if (text == null && !whole && line > lineCount) {
                try {
                    read(Integer.MAX_VALUE);
                } catch (IOException e) {
                    whole = true; // what was read stays; lines beyond it are not shown
                }
            }
        }

        /** Reads the file from its start until line {@code upTo} has ended, or the whole file. */
        private void read(int upTo) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                if (upTo == Integer.MAX_VALUE) {
                    bytes = in.readAllBytes();
                    length = bytes.length;
                    whole = true;
                    index();
                    return;
                }
                byte[] b = new byte[CHUNK];
                int n = 0;
                int scanned = 0;
                int breaks = 0;
                while (true) {
                    if (n == b.length) {
                        b = Arrays.copyOf(b, b.length * 2);
                    }
                    int r = in.read(b, n, b.length - n);
                    if (r < 0) {
                        whole = true;
                        break;
                    }
                    n += r;
                    // a final "\r" may be the first half of "\r\n": it counts once the next byte is read
                    for (; scanned < n - 1; scanned++) {
                        if (b[scanned] == '\n' || b[scanned] == '\r' && b[scanned + 1] != '\n') {
                            breaks++;
                        }
                    }
                    if (breaks > upTo) {
                        break;
                    }
                }
                bytes = b;
                length = n;
                index();
            }
        }

        /** {@link SourceText#decode} semantics: a UTF-8 byte order mark is not part of the text. */
        private void index() {
            from = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            starts = starts(bytes, from, whole ? length : length - 1, length);
            lineCount = whole ? count(starts, length - from) : starts.length - 1;
        }

        /**
         * As {@link LineIndex}: "\n", "\r\n" and a lone "\r" end a line (offsets relative to {@code from});
         * looks at the bytes before {@code end}, and for a "\r" at the next one (before {@code limit}).
         */
        private static int[] starts(byte[] b, int from, int end, int limit) {
            int[] starts = new int[64];
            int n = 0;
            starts[n++] = 0;
            for (int i = from; i < end; i++) {
                if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= limit || b[i + 1] != '\n')) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1 - from;
                }
            }
            return Arrays.copyOf(starts, n);
        }

        private static int count(int[] starts, int length) {
            int n = starts.length;
            return n > 1 && starts[n - 1] == length ? n - 1 : n;
        }

        boolean isEmpty() {
            return text != null ? text.isEmpty() : length == from;
        }

        /** The number of lines; of a file read in part, the lines read whole so far. */
        int count() {
            return text != null ? index.lineCount() : lineCount;
        }

        String line(int line) {
            if (text == null) {
                int start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
                int end = line < starts.length ? starts[line] : length - from;
                while (end > start && (bytes[from + end - 1] == '\n' || bytes[from + end - 1] == '\r')) {
                    end--;
                }
                String s = new String(bytes, from + start, end - start, StandardCharsets.UTF_8);
                if (s.indexOf('\uFFFD') < 0) {
                    return s;
                }
                // Invalid bytes (or a real U+FFFD): take the line from the whole decoded text, to be sure.
                ensure(Integer.MAX_VALUE);
                text = SourceText.decode(Arrays.copyOf(bytes, length)).text();
                index = new LineIndex(text);
                bytes = null;
                starts = null;
            }
            return text.substring(index.lineStart(line), index.lineEnd(text, line));
        }
    }
}
