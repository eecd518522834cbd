package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The incremental cache of page summaries ({@code pages.bin} in its directory: one record per page with its
 * {@link PageSummary} as bytes, in Jackson's binary JSON; see {@link PageCacheFile}): a page whose bytes, tool
 * version and parse-relevant configuration are unchanged is rebuilt from its text-free summary instead of being
 * parsed again. Site rules and page rules still run over every page; only reading and parsing are skipped.
 *
 * <p>The cache is never a source of wrong answers: an entry is used only when its key matches exactly
 * (SHA-256 of the file bytes, and a SHA-256 of the tool version, the whole {@code _config.yml} except
 * {@code defaults}, the effective {@code baseurl}, and the defaults that apply to the page's path); a
 * file that cannot be read, is damaged, or was written by another format or tool version is ignored
 * with a notice and rewritten. Front matter values that the stored form would not give back identically are not
 * cached (such a page is parsed every time). Lookups and updates are safe from the parallel parse. A run appends
 * the entries it made anew (an edited page costs its own record, not a rewrite of every page's); the file is
 * written whole, to a temporary sibling moved into place, when it is new, damaged, or holds about as many
 * replaced records as live ones.
 *
 * <p>As Git's index does, an entry also keeps the size and modification time the file had when its bytes
 * were hashed, with the time its inode last changed ({@link FileStamp#changeTime}), and a file whose size
 * and times still equal them is taken without being read. The stamp is
 * kept only when the time lies safely before the scan that saw it ({@link FileStamp#settledBefore}): a
 * file written again within the same clock tick as it was read would otherwise keep its stamp with other
 * bytes. A write that puts the old size and modification time back ({@code touch -r}, archive extraction)
 * still moves the change time, which only the system sets. The limit is Git's too: where the file system
 * keeps no change time (no Unix attributes), or the clock is set back, such a write is not noticed until the
 * size or time moves, or the cache is removed ({@code mvn clean}, or {@code -Dfaq.cache=false}).
 */
public final class PageCache {
    /** Bumped whenever the stored entries or summaries change shape. */
    static final int FORMAT = 11;

    /** Replaced records a small site's file may hold beyond as many as it has pages before it is written whole. */
    public static final int COMPACTION_SLACK = 64;

    public static final String FILE_NAME = "pages.bin";

    /** What earlier versions wrote (JSON lines, then one Smile array): removed when the file is written whole. */
    static final List<String> LEGACY_FILE_NAMES = List.of("pages.json", "pages.smile");

    private static final ObjectMapper MAPPER = SmileMapper.builder(SmileFactory.builder()
                    // the summaries are stored as raw bytes: the file is not sent anywhere 7-bit
                    .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
                    // headings, ids and link targets repeat within a page: back-references make the file ~40 % smaller
                    .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                    .build())
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final Path file;
    private final String tool;
    private final SiteConfig config;
    private final String globalFingerprint;
    private final long scannedAtNanos;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final Map<String, String> configKeys = new ConcurrentHashMap<>();
    private final Consumer<String> log;
    /** The paths whose entry this run made anew (parsed, or stamped again): what an append adds. */
    private final Set<String> renewed = ConcurrentHashMap.newKeySet();
    /** How many records the file held (a path's replaced records count too). */
    private final int records;
    /** True when the file was read whole, in this format and tool: then new entries may be appended. */
    private final boolean appendable;

    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger unread = new AtomicInteger();

    private PageCache(
            Path file,
            String tool,
            SiteConfig config,
            long scannedAtNanos,
            Map<String, Entry> previous,
            int records,
            boolean appendable,
            Consumer<String> log) {
        this.records = records;
        this.appendable = appendable;
        this.file = file;
        this.tool = tool;
        this.config = config;
        this.globalFingerprint = globalFingerprint(tool, config);
        this.scannedAtNanos = scannedAtNanos;
        this.previous = previous;
        this.log = log;
    }

    /**
     * Opens the cache in {@code directory} for a run with this tool version and configuration. Never
     * throws: an unreadable or foreign file is reported to {@code log} and treated as empty.
     *
     * @param scannedAtNanos when (epoch nanoseconds) the scan that stamped the files began; 0 when unknown
     *     (no stamp is then trusted or kept)
     */
    public static PageCache open(
            Path directory, String toolVersion, SiteConfig config, long scannedAtNanos, Consumer<String> log) {
        Path file = directory.resolve(FILE_NAME);
        Map<String, Entry> previous = Map.of();
        int records = 0;
        boolean whole = false;
        try {
            PageCacheFile.Contents read = PageCacheFile.read(file, FORMAT, toolVersion);
            switch (read.state()) {
                case FOREIGN -> log.accept("faq cache " + file + " " + read.foreign() + "; every page is parsed again");
                case TORN_TAIL ->
                    log.accept("faq cache " + file + " ends in a partial entry (a run stopped while"
                            + " writing it): the entries before it are used, and the file is written again");
                case WHOLE -> whole = true;
            }
            previous = read.entries();
            records = read.records();
        } catch (NoSuchFileException e) {
            // first run: nothing to reuse
        } catch (IOException | RuntimeException e) {
            log.accept("faq cache " + file + " could not be read (" + oneLine(e) + "); it is ignored and rewritten");
        }
        return new PageCache(file, toolVersion, config, scannedAtNanos, previous, records, whole, log);
    }

    /** What a page's summary is keyed by: the SHA-256 of its bytes and of everything parsing reads besides. */
    public record Key(String sha256, String config) {}

    /** A page taken from the cache, and the SHA-256 of the bytes it was parsed from. */
    public record Hit(Page page, String sha256) {}

    /** The key of a page whose bytes have this SHA-256 (lower-case hex). */
    public Key keyOf(SourceEntry entry, String sha256) {
        return new Key(sha256, configKeyOf(entry));
    }

    private String configKeyOf(SourceEntry entry) {
        String type = entry.collection() == null ? "pages" : entry.collection();
        // most pages of a site share a few sets of defaults: one digest each, of the values they give (so
        // editing one default changes the key of the pages it applies to only), worked out once per set
        return configKeys.computeIfAbsent(type + "\n" + config.matchingDefaults(entry.path(), type), set -> {
            String typeAndDefaults = type + "\n" + config.defaultsFor(entry.path(), type);
            return Sha256.hex((globalFingerprint + "\n" + typeAndDefaults).getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * The page stored for this entry when the file still has the size, modification and change time stored
     * with it (which are kept only when they were safely settled): its bytes need not be read. Null otherwise, or when the
     * page had Liquid (whose rendering needs the text), or its configuration key moved.
     */
    public Hit lookupUnread(SourceEntry entry, FileStamp stamp) {
        Entry e = previous.get(entry.path());
        if (e == null
                || stamp == null
                || e.liquid()
                || e.size() < 0
                || e.size() != stamp.size()
                || e.modifiedNanos() != stamp.modifiedNanos()
                || !configKeyOf(entry).equals(e.config())
                || FileStamp.changeTime(entry.file()) != e.changedNanos()) {
            return null;
        }
        Page page = bind(e, entry);
        if (page == null) {
            return null;
        }
        current.put(entry.path(), e);
        hits.incrementAndGet();
        unread.incrementAndGet();
        return new Hit(page, e.sha256());
    }

    /**
     * The summary stored for this page under this key, rebuilt as a text-free {@link Page}; null when
     * there is none or it does not rebuild. A hit is kept for the next save, with the stamp and change time
     * the file had before it was read.
     */
    public Page lookup(SourceEntry entry, Key key, FileStamp stamp, long changed, boolean liquid) {
        Entry e = previous.get(entry.path());
        if (e == null || !key.sha256().equals(e.sha256()) || !key.config().equals(e.config())) {
            return null;
        }
        Page page = bind(e, entry);
        if (page == null) {
            return null;
        }
        Entry now = e.stamped(trusted(stamp), changed, liquid);
        if (!now.sameStamp(e)) {
            renewed.add(entry.path());
        }
        current.put(entry.path(), now);
        hits.incrementAndGet();
        return page;
    }

    /**
     * The page the summary read from the cache file gives for this entry when that summary was parsed from bytes
     * with this SHA-256 under the configuration this run has, and its text held no Liquid (whose rendering needs
     * the text); null otherwise. What a page showed the site before it was edited, without any run keeping it.
     */
    public Page previous(SourceEntry entry, String sha256) {
        Entry e = previous.get(entry.path());
        if (e == null
                || e.liquid()
                || !e.sha256().equals(sha256)
                || !configKeyOf(entry).equals(e.config())) {
            return null;
        }
        return bind(e, entry);
    }

    private Page bind(Entry e, SourceEntry entry) {
        try {
            return PageSummary.read(MAPPER, e.summary(), entry, config.publishing());
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /** The stamp to keep with an entry: null when the file was modified too close to the scan to trust it. */
    private FileStamp trusted(FileStamp stamp) {
        return stamp != null && scannedAtNanos > 0 && stamp.settledBefore(scannedAtNanos) ? stamp : null;
    }

    /**
     * Remembers a freshly parsed page (text-free or not: only the summary is stored) with the stamp and change
     * time ({@link FileStamp#changeTime}) its file had before it was read.
     */
    public void store(SourceEntry entry, Key key, FileStamp stamp, long changed, boolean liquid, Page page) {
        if (!PageSummary.storable(page)) {
            return;
        }
        byte[] summary;
        try {
            summary = PageSummary.write(MAPPER, page);
        } catch (IOException | RuntimeException e) {
            return;
        }
        current.put(entry.path(), Entry.of(entry.path(), key, trusted(stamp), changed, liquid, summary));
        renewed.add(entry.path());
    }

    /**
     * Keeps the entries of this run for the next: appends the ones this run made anew, or writes the file whole
     * (pages no longer present are dropped) when it could not be appended to or would hold about as many replaced
     * records as live ones. A failure is reported to the log, never thrown: the cache only saves time.
     */
    public void save() {
        try {
            if (appendable && records + renewed.size() <= 2 * current.size() + COMPACTION_SLACK) {
                if (!renewed.isEmpty()) {
                    List<Entry> added = new ArrayList<>();
                    for (String path : new TreeSet<>(renewed)) {
                        added.add(current.get(path));
                    }
                    PageCacheFile.append(file, added);
                }
                return;
            }
            PageCacheFile.writeWhole(file, FORMAT, tool, new TreeMap<>(current).values());
            for (String legacy : LEGACY_FILE_NAMES) {
                Files.deleteIfExists(file.resolveSibling(legacy));
            }
        } catch (IOException | RuntimeException e) {
            log.accept(
                    "faq cache " + file + " could not be written (" + oneLine(e) + "); the next run parses every page");
        }
    }

    /** Pages rebuilt from the cache in this run. */
    public int hits() {
        return hits.get();
    }

    /** Of the {@link #hits()}, the pages taken by their stamp, without reading their bytes. */
    public int unread() {
        return unread.get();
    }

    private static String globalFingerprint(String toolVersion, SiteConfig config) {
        JsonNode raw = config.raw();
        String withoutDefaults =
                raw instanceof ObjectNode o ? o.deepCopy().without("defaults").toString() : String.valueOf(raw);
        return "format " + FORMAT + "\ntool " + toolVersion + "\nbaseurl " + config.baseurl() + "\nruby "
                + config.ruby() + "\njekyll " + config.jekyllMajor() + "\nconfig " + withoutDefaults;
    }

    private static String oneLine(Exception e) {
        String s = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * One page: its path, key, the stamp and change time its file had when its bytes were last hashed (size
     * -1: none trusted), whether its text holds Liquid, and its summary (a {@link PageDto} in the same binary form).
     */
    record Entry(
            String path,
            String sha256,
            String config,
            long size,
            long modifiedNanos,
            long changedNanos,
            boolean liquid,
            byte[] summary) {
        static Entry of(String path, Key key, FileStamp stamp, long changed, boolean liquid, byte[] summary) {
            return new Entry(
                    path,
                    key.sha256(),
                    key.config(),
                    stamp == null ? -1 : stamp.size(),
                    stamp == null ? 0 : stamp.modifiedNanos(),
                    stamp == null ? -1 : changed,
                    liquid,
                    summary);
        }

        Entry stamped(FileStamp stamp, long changed, boolean hasLiquid) {
            return of(path, new Key(sha256, config), stamp, changed, hasLiquid, summary);
        }

        boolean sameStamp(Entry other) {
            return size == other.size
                    && modifiedNanos == other.modifiedNanos
                    && changedNanos == other.changedNanos
                    && liquid == other.liquid;
        }
    }
}
