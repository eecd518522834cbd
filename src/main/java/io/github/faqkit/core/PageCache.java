package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.core.refs.Reference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The incremental cache of page summaries ({@code pages.json} in its directory: a header line, then one line per page): a page whose bytes,
 * tool version and parse-relevant configuration are unchanged is rebuilt from its text-free summary
 * instead of being parsed again. Site rules and page rules still run over every page; only parsing is
 * skipped.
 *
 * <p>The cache is never a source of wrong answers: an entry is used only when its key matches exactly
 * (SHA-256 of the file bytes, and a SHA-256 of the tool version, the whole {@code _config.yml} except
 * {@code defaults}, the effective {@code baseurl}, and the defaults that apply to the page's path); a
 * file that cannot be read, is truncated, or was written by another format or tool version is ignored
 * with a notice and rewritten. Front matter values that JSON would not give back identically are not
 * cached (such a page is parsed every time). Lookups and updates are safe from the parallel parse; the
 * file is written whole to a temporary sibling and moved into place.
 */
public final class PageCache {
    /** Bumped whenever the stored summary changes shape. */
    static final int FORMAT = 3;

    public static final String FILE_NAME = "pages.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .build();

    private final Path file;
    private final String tool;
    private final SiteConfig config;
    private final String globalFingerprint;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final Consumer<String> log;
    private volatile boolean stored;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    private PageCache(
            Path file,
            String tool,
            SiteConfig config,
            String globalFingerprint,
            Map<String, Entry> previous,
            Consumer<String> log) {
        this.file = file;
        this.tool = tool;
        this.config = config;
        this.globalFingerprint = globalFingerprint;
        this.previous = previous;
        this.log = log;
    }

    /**
     * Opens the cache in {@code directory} for a run with this tool version and configuration. Never
     * throws: an unreadable or foreign file is reported to {@code log} and treated as empty.
     */
    public static PageCache open(Path directory, String toolVersion, SiteConfig config, Consumer<String> log) {
        Path file = directory.resolve(FILE_NAME);
        String global = globalFingerprint(toolVersion, config);
        Map<String, Entry> previous = Map.of();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()))) {
            Header header = MAPPER.readValue(String.valueOf(in.readLine()), Header.class);
            if (header == null || header.format() != FORMAT) {
                log.accept("faq cache " + file + " has another format; every page is parsed again");
            } else if (!toolVersion.equals(header.tool())) {
                log.accept("faq cache " + file + " was written by version " + header.tool()
                        + "; every page is parsed again");
            } else {
                previous = readEntries(in);
            }
        } catch (NoSuchFileException e) {
            // first run: nothing to reuse
        } catch (IOException | RuntimeException e) {
            log.accept("faq cache " + file + " could not be read (" + oneLine(e) + "); it is ignored and rewritten");
        }
        return new PageCache(file, toolVersion, config, global, previous, log);
    }

    /**
     * One line per page: its path (a JSON string, so it holds no tab), its key, and its summary as JSON. The
     * summaries stay text until a page's key matches, so they are bound in the parallel parse and only for
     * pages that did not change.
     */
    private static Map<String, Entry> readEntries(BufferedReader in) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int tab1 = line.indexOf('\t');
            int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
            if (tab2 < 0) {
                throw new IOException("a line without path, key and summary");
            }
            entries.put(
                    MAPPER.readValue(line.substring(0, tab1), String.class),
                    new Entry(line.substring(tab1 + 1, tab2), line.substring(tab2 + 1)));
        }
        return entries;
    }

    /**
     * The tool version that keys the cache. A SNAPSHOT is rebuilt under the same version and may parse
     * differently, so its identity also carries the size and time of the jar it runs from.
     */
    public static String toolIdentity() {
        String version = ToolInfo.VERSION;
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        try {
            Path jar = Path.of(PageCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(jar)) {
                return version + "@" + Files.size(jar) + "-"
                        + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            // an unusual class loader: the version alone keys the cache
        }
        return version;
    }

    /** The key of a page with these bytes: changes whenever anything that parsing reads changes. */
    public String keyOf(SourceEntry entry, byte[] bytes) {
        String type = entry.collection() == null ? "pages" : entry.collection();
        String defaults = config.defaultsFor(entry.path(), type).toString();
        return Sha256.hex(bytes) + ":"
                + Sha256.hex((globalFingerprint + "\n" + type + "\n" + defaults).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The summary stored for this page under this key, rebuilt as a text-free {@link Page}; null when
     * there is none or it does not rebuild. A hit is kept for the next save.
     */
    public Page lookup(SourceEntry entry, String key) {
        Entry e = previous.get(entry.path());
        if (e == null || !key.equals(e.key())) {
            return null;
        }
        Page page;
        try {
            page = MAPPER.readValue(e.json(), PageDto.class).toPage(entry);
        } catch (IOException | RuntimeException ex) {
            return null;
        }
        current.put(entry.path(), e);
        hits.incrementAndGet();
        return page;
    }

    /** Remembers a freshly parsed page (text-free or not: only the summary is stored). */
    public void store(String key, Page page) {
        if (!PageDto.cacheable(page)) {
            return;
        }
        try {
            current.put(page.path(), new Entry(key, MAPPER.writeValueAsString(PageDto.of(page))));
        } catch (IOException | RuntimeException e) {
            return;
        }
        stored = true;
    }

    /**
     * Writes the entries of this run (pages no longer present are dropped) when they differ from what was
     * read. A failure is reported to the log, never thrown: the cache only saves time.
     */
    public void save() {
        if (!stored && current.keySet().equals(previous.keySet())) {
            return;
        }
        try {
            AtomicFiles.write(file, stream -> {
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
                out.write(MAPPER.writeValueAsString(new Header(FORMAT, tool)));
                out.write('\n');
                for (Map.Entry<String, Entry> e : new TreeMap<>(current).entrySet()) {
                    out.write(MAPPER.writeValueAsString(e.getKey()));
                    out.write('\t');
                    out.write(e.getValue().key());
                    out.write('\t');
                    out.write(e.getValue().json());
                    out.write('\n');
                }
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            log.accept(
                    "faq cache " + file + " could not be written (" + oneLine(e) + "); the next run parses every page");
        }
    }

    /** Pages rebuilt from the cache in this run. */
    public int hits() {
        return hits.get();
    }

    private static String globalFingerprint(String toolVersion, SiteConfig config) {
        JsonNode raw = config.raw();
        String withoutDefaults =
                raw instanceof ObjectNode o ? o.deepCopy().without("defaults").toString() : String.valueOf(raw);
        return "format " + FORMAT + "\ntool " + toolVersion + "\nbaseurl " + config.baseurl() + "\nruby "
                + config.ruby() + "\nconfig " + withoutDefaults;
    }

    private static String oneLine(Exception e) {
        String s = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The first line of the file. */
    record Header(int format, String tool) {}

    /** One page: its key and its summary (JSON of a {@link PageDto}). */
    record Entry(String key, String json) {}

    /** What {@link SourceText#withoutText()} keeps. */
    record SourceDto(boolean utf8Bom, boolean utf16Bom, int invalidLine, int invalidColumn) {}

    record FrontMatterDto(
            FrontMatter.Status status,
            int startLine,
            int endLine,
            List<FrontMatter.Entry> entries,
            List<FrontMatter.Duplicate> duplicates,
            FrontMatter.Problem problem) {}

    /** A text-free {@link Page} without its {@link SourceEntry} (which comes from this run's scan). */
    record PageDto(
            SourceDto source,
            FrontMatterDto frontMatter,
            ObjectNode data,
            String url,
            int lineOffset,
            int[] lineStarts,
            int textLength,
            KramdownModel kramdown,
            List<Reference> references,
            List<Suppressions.Range> suppressions,
            Set<String> loopVariables,
            long digest) {

        static PageDto of(Page p) {
            SourceText s = p.source();
            FrontMatter fm = p.frontMatter();
            MarkdownBody body = p.body();
            return new PageDto(
                    new SourceDto(s.utf8Bom(), s.utf16Bom(), s.invalidLine(), s.invalidColumn()),
                    new FrontMatterDto(
                            fm.status(),
                            fm.startLine(),
                            fm.endLine(),
                            List.copyOf(fm.entries().values()),
                            fm.duplicates(),
                            fm.problem()),
                    p.data(),
                    p.url(),
                    body.lineOffset(),
                    body.lines().lineStarts(),
                    body.lines().length(),
                    p.kramdown(),
                    p.references(),
                    p.suppressions().ranges(),
                    p.loopVariables(),
                    p.digest());
        }

        Page toPage(SourceEntry entry) {
            Map<String, FrontMatter.Entry> entries = FrontMatter.newEntries();
            for (FrontMatter.Entry e : frontMatter.entries()) {
                entries.put(e.key(), e);
            }
            FrontMatter fm = new FrontMatter(
                    frontMatter.status(),
                    frontMatter.startLine(),
                    frontMatter.endLine(),
                    entries,
                    frontMatter.duplicates() == null ? List.of() : frontMatter.duplicates(),
                    frontMatter.problem());
            SourceText text = new SourceText(
                    null, source.utf8Bom(), source.utf16Bom(), source.invalidLine(), source.invalidColumn());
            MarkdownBody body = MarkdownBody.summary(lineOffset, LineIndex.of(lineStarts, textLength));
            return new Page(
                    entry,
                    text,
                    fm,
                    data,
                    url,
                    body,
                    kramdown,
                    List.copyOf(references),
                    Suppressions.of(suppressions),
                    loopVariables,
                    digest);
        }

        /**
         * True when every front matter value comes back from JSON as the same node (a YAML float,
         * decimal or binary, or a long that fits an int, might not): other pages are parsed every time.
         */
        static boolean cacheable(Page p) {
            if (!roundTrips(p.data())) {
                return false;
            }
            for (FrontMatter.Entry e : p.frontMatter().entries().values()) {
                if (!roundTrips(e.value())) {
                    return false;
                }
            }
            for (FrontMatter.Duplicate d : p.frontMatter().duplicates()) {
                if (!roundTrips(d.first().value()) || !roundTrips(d.repeated().value())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean roundTrips(JsonNode n) {
            if (n == null) {
                return true;
            }
            JsonNodeType t = n.getNodeType();
            switch (t) {
                case OBJECT:
                case ARRAY:
                    for (JsonNode c : n) {
                        if (!roundTrips(c)) {
                            return false;
                        }
                    }
                    return true;
                case STRING:
                case BOOLEAN:
                case NULL:
                    return true;
                case NUMBER:
                    if (n.isInt() || n.isDouble()) {
                        return true;
                    }
                    if (n.isLong()) {
                        return !n.canConvertToInt();
                    }
                    return n.isBigInteger() && !n.canConvertToLong();
                default:
                    return false;
            }
        }
    }
}
