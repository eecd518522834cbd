package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.PageCache;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.report.JsonReportWriter;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental cache never changes an answer: after every kind of change, a run that uses the cache
 * writes the same report.json bytes as a cold run without it, and it does reuse what did not change.
 */
class ValidatorCacheTest {
    private static final Pattern UNREAD = Pattern.compile("(\\d+) of them without reading the file");
    private static final Pattern REUSED = Pattern.compile("reused the parsed summaries of (\\d+) of (\\d+) pages");

    @TempDir
    Path tmp;

    private Path content;
    private Path cacheDir;
    private SiteFixture site;
    private final List<String> log = new ArrayList<>();
    private final FileTime past = FileTime.from(Instant.now().minusSeconds(3600));

    @BeforeEach
    void buildSite() {
        content = tmp.resolve("site");
        cacheDir = tmp.resolve("target/faq/cache");
        site = SiteFixture.in(content)
                .file("_config.yml", config("/faq", "Guide", ""))
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n\nSee [the guide](guide.md).\n")
                .page("guide.md", "title: Guide\nhas_children: true", "# Guide\n\n![overview](pics/a.png)\n")
                .page(
                        "docs/a.md",
                        "title: A\nratio: \".nan\"\nweight: 1.5\nbig: 12345678901\ntitle: A",
                        "# A\n{: .no_toc }\n\n1. TOC\n{:toc}\n\n## Intro\n\n[back](#intro) [gone](#nowhere)\n\n"
                                + "![shot](/faq/pics/a.png)\n\n<!-- faq-disable-next-line IMG001 -->\n"
                                + "![muted](missing.png)\n\n{% for s in site.data.shots %}![x]({{ s }}){% endfor %}\n")
                .page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![later](../pics/b.png)\n\n##Tight\n")
                .bytes("docs/c.md", utf8BomAndBadByte())
                .bytes("pics/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    private static String config(String baseurl, String defaultParent, String autoIdPrefix) {
        return "title: FAQ\nbaseurl: " + baseurl + "\npermalink: pretty\n"
                + "kramdown:\n  auto_id_prefix: \"" + autoIdPrefix + "\"\n"
                + "defaults:\n  - scope:\n      path: docs\n    values:\n      parent: " + defaultParent + "\n";
    }

    private static byte[] utf8BomAndBadByte() {
        byte[] text =
                "---\ntitle: C\ntitle: C again\n---\n# C\n\nbad \u0000 byte: X\n".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        out[out.length - 3] = (byte) 0xC3; // a lone lead byte: not UTF-8
        return out;
    }

    @Test
    void anUnchangedRerunReusesEveryPageAndReportsTheSame() throws IOException {
        byte[] first = cached();
        assertThat(first).isEqualTo(cold());
        assertThat(reused()).containsExactly(0, 5);
        assertThat(Files.exists(cacheDir.resolve(PageCache.FILE_NAME))).isTrue();

        assertThat(cached()).isEqualTo(first);
        assertThat(reused()).containsExactly(5, 5);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("IMG001", "HDR003", "HDR004", "FM00");
    }

    @Test
    void configurationChangesInvalidateWhatTheyAffect() throws IOException {
        cached();
        byte[] before = cold();

        site.file("_config.yml", config("/faq", "Nope", ""));
        byte[] defaults = cold();
        assertThat(defaults).isNotEqualTo(before);
        assertThat(cached()).isEqualTo(defaults);
        // The docs pages get other defaults; the two pages outside docs are reused.
        assertThat(reused()).containsExactly(2, 5);

        site.file("_config.yml", config("", "Nope", ""));
        byte[] baseurl = cold();
        assertThat(baseurl).isNotEqualTo(defaults);
        assertThat(cached()).isEqualTo(baseurl);

        site.file("_config.yml", config("", "Nope", "p-"));
        assertThat(cached()).isEqualTo(cold());
        assertThat(reused()).containsExactly(0, 5);
    }

    @Test
    void anotherToolVersionIgnoresTheCache() throws IOException {
        cached();
        byte[] other = cached(new Validator().withToolVersion("99.0.0"));
        assertThat(other).isEqualTo(cold());
        assertThat(log).anyMatch(l -> l.contains("written by version"));
        assertThat(reused()).containsExactly(0, 5);
    }

    @Test
    void aParentRetitledOnAnotherPageChangesTheSiteFindings() throws IOException {
        byte[] before = cached();
        site.page("guide.md", "title: Handbook\nhas_children: true", "# Guide\n\n![overview](pics/a.png)\n");
        byte[] after = cold();
        assertThat(after).isNotEqualTo(before);
        assertThat(new String(after, StandardCharsets.UTF_8)).contains("NAV001");
        assertThat(cached()).isEqualTo(after);
        assertThat(reused()).containsExactly(4, 5);
    }

    @Test
    void imagesAddedOrRemovedAreSeenThoughNoPageChanged() throws IOException {
        byte[] before = cached();
        site.bytes("pics/b.png", new byte[] {1, 2, 3});
        byte[] added = cold();
        assertThat(added).isNotEqualTo(before);
        assertThat(cached()).isEqualTo(added);
        assertThat(reused()).containsExactly(5, 5);

        Files.delete(content.resolve("pics/a.png"));
        byte[] removed = cold();
        assertThat(removed).isNotEqualTo(added);
        assertThat(cached()).isEqualTo(removed);
    }

    @Test
    void anEditedPageIsParsedAgain() throws IOException {
        byte[] before = cached();
        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![later](../pics/b.png)\n\n![new](nope.png)\n");
        byte[] after = cold();
        assertThat(after).isNotEqualTo(before);
        assertThat(cached()).isEqualTo(after);
        assertThat(reused()).containsExactly(4, 5);

        Files.delete(content.resolve("docs/b.md"));
        assertThat(cached()).isEqualTo(cold());
    }

    @Test
    void aCorruptTruncatedOrForeignCacheFileIsIgnoredWithANotice() throws IOException {
        byte[] expected = cached();
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        byte[] good = Files.readAllBytes(file);
        CacheFile parsed = CacheFile.of(good);
        List<byte[]> damaged = List.of(
                java.util.Arrays.copyOf(good, good.length / 2),
                java.util.Arrays.copyOf(good, 6),
                "not a cache at all".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                // the JSON lines an earlier version wrote, under the new name
                ("{\"format\":3,\"tool\":\"" + ToolInfo.identity() + "\"}\n").getBytes(StandardCharsets.UTF_8),
                // the Smile array the version before wrote, under the new name
                SMILE.writeValueAsBytes(List.of(8, ToolInfo.identity())),
                // a file of another format version
                parsed.withFormat(1).bytes(),
                // a record whose bytes no longer match its CRC-32C
                parsed.flippingAByteOfRecord(2),
                // a well-formed file in which the first page's first line start (0) is 7: it does not rebuild
                parsed.withSummary(0, edited(parsed.summary(0), summary -> {
                            // the numbers are stored as differences in seven-bit groups: 0 is the byte 0, 7 the byte 14
                            byte[] starts =
                                    summary.get(LINE_STARTS).binaryValue().clone();
                            starts[0] = 14;
                            summary.set(LINE_STARTS, BinaryNode.valueOf(starts));
                        }))
                        .bytes());
        for (byte[] bad : damaged) {
            assertThat(bad).isNotEqualTo(good);
            Files.write(file, bad);
            log.clear();
            assertThat(cached()).isEqualTo(expected);
            assertThat(reused().get(0)).isLessThan(5);
            // a damaged file is written whole again; to the well-formed last one the page parsed again is appended
            assertThat(CacheFile.of(Files.readAllBytes(file)).records())
                    .hasSize(bad == damaged.get(damaged.size() - 1) ? 6 : 5);
        }
        assertThat(log).noneMatch(l -> l.contains("could not be written"));
        // After the last (well-formed, but one page does not rebuild) file the cache is whole again.
        assertThat(cached()).isEqualTo(expected);
        assertThat(reused()).containsExactly(5, 5);
    }

    /** Where a page summary keeps its line starts (the cache's summaries are positional arrays). */
    private static final int LINE_STARTS = 8;

    private static final ObjectMapper SMILE = new SmileMapper();

    /** {@code smile} (one array) read as a tree, changed by {@code edit} and written again. */
    private static byte[] edited(byte[] smile, IoConsumer<ArrayNode> edit) throws IOException {
        ArrayNode tree = (ArrayNode) SMILE.readTree(smile);
        edit.accept(tree);
        return SMILE.writeValueAsBytes(tree);
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    @Test
    void aRecordThatDoesNotMatchItsChecksumDropsTheWholeFile() throws IOException {
        cached();
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        Files.write(file, CacheFile.of(Files.readAllBytes(file)).flippingAByteOfRecord(4));
        byte[] again = cached();
        assertThat(again).isEqualTo(cold());
        assertThat(log).anyMatch(l -> l.contains("could not be read") && l.contains("CRC-32C"));
        assertThat(reused()).containsExactly(0, 5);
    }

    @Test
    void aFileOfAnEarlierVersionIsReplacedAndRemoved() throws IOException {
        Files.createDirectories(cacheDir);
        Files.write(cacheDir.resolve("pages.smile"), SMILE.writeValueAsBytes(List.of(8, ToolInfo.identity())));
        assertThat(cached()).isEqualTo(cold());
        assertThat(listing(cacheDir)).containsExactly(cacheDir.resolve(PageCache.FILE_NAME));
    }

    @Test
    void anEditedPageIsAppendedAndItsLastRecordCounts() throws IOException {
        settle();
        cached();
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        byte[] whole = Files.readAllBytes(file);
        assertThat(CacheFile.of(whole).records()).hasSize(5);

        // two edits, each appended: the file keeps the page's three records, the last one counts
        editB("![new](nope.png)", 1800);
        byte[] second = cached();
        assertThat(second).isEqualTo(cold());
        editB("![newer](nope-too.png)", 1700);
        byte[] third = cached();
        assertThat(third).isEqualTo(cold()).isNotEqualTo(second);
        byte[] appended = Files.readAllBytes(file);
        assertThat(java.util.Arrays.copyOf(appended, whole.length)).isEqualTo(whole);
        assertThat(CacheFile.of(appended).paths())
                .containsExactly(
                        "docs/a.md", "docs/b.md", "docs/c.md", "guide.md", "index.md", "docs/b.md", "docs/b.md");
        // taken by its stamp: what was read is the last record (the first would not match the stamp)
        assertThat(cached()).isEqualTo(third);
        assertThat(unread()).isEqualTo(4);
        assertThat(Files.readAllBytes(file)).isEqualTo(appended);

        // back to the first text: its summary is no longer the last record, so the page is parsed again
        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![later](../pics/b.png)\n\n##Tight\n");
        Files.setLastModifiedTime(
                content.resolve("docs/b.md"), FileTime.from(Instant.now().minusSeconds(1600)));
        assertThat(cached()).isEqualTo(cold());
        assertThat(reused()).containsExactly(4, 5);
    }

    @Test
    void anInterruptedAppendLeavesTheRecordsBeforeItInUse() throws IOException {
        settle();
        cached();
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        int whole = Files.readAllBytes(file).length;
        editB("![new](nope.png)", 1800);
        cached();
        byte[] appended = Files.readAllBytes(file);
        assertThat(appended.length).isGreaterThan(whole);
        // the run stopped while writing its record: part of it reached the file
        Files.write(file, java.util.Arrays.copyOf(appended, whole + (appended.length - whole) / 2));

        assertThat(cached()).isEqualTo(cold());
        assertThat(log).anyMatch(l -> l.contains("ends in a partial entry"));
        // the five whole records were used: four by their stamp; docs/b.md's old record does not match its bytes
        assertThat(reused()).containsExactly(4, 5);
        assertThat(unread()).isEqualTo(3);
        assertThat(CacheFile.of(Files.readAllBytes(file)).records()).hasSize(5);
        cached();
        assertThat(unread()).isEqualTo(4);
    }

    @Test
    void aTouchedPageIsReadOnceAndItsNewStampAppended() throws IOException {
        settle();
        cached();
        cached();
        assertThat(unread()).isEqualTo(4);
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        int records = CacheFile.of(Files.readAllBytes(file)).records().size();

        Files.setLastModifiedTime(
                content.resolve("docs/b.md"), FileTime.from(Instant.now().minusSeconds(1200)));
        assertThat(cached()).isEqualTo(cold());
        assertThat(reused()).containsExactly(5, 5);
        assertThat(unread()).isEqualTo(3);
        assertThat(CacheFile.of(Files.readAllBytes(file)).records()).hasSize(records + 1);
        cached();
        assertThat(unread()).isEqualTo(4);
    }

    @Test
    void aFileOfMostlyReplacedRecordsIsWrittenWholeAgain() throws IOException {
        settle();
        cached();
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        int most = 0;
        for (int i = 0; i < PageCache.COMPACTION_SLACK + 12; i++) {
            editB("![n" + i + "](nope.png)", 1800 - i);
            cached();
            int records = CacheFile.of(Files.readAllBytes(file)).records().size();
            most = Math.max(most, records);
            assertThat(records).isLessThanOrEqualTo(2 * 5 + PageCache.COMPACTION_SLACK);
        }
        assertThat(most).isEqualTo(2 * 5 + PageCache.COMPACTION_SLACK);
        assertThat(cached()).isEqualTo(cold());
        assertThat(unread()).isEqualTo(4);
    }

    /** Gives docs/b.md another image and a settled time this many seconds ago. */
    private void editB(String image, int secondsAgo) throws IOException {
        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![later](../pics/b.png)\n\n" + image + "\n");
        Files.setLastModifiedTime(
                content.resolve("docs/b.md"), FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    /**
     * The page cache file as this test reads it, by its documented layout (magic, format, tool; then records framed
     * by length and CRC-32C, each path, key, stamp, Liquid flag and summary), to damage or edit it on purpose.
     */
    private record CacheFile(byte[] header, List<byte[]> records) {
        static CacheFile of(byte[] bytes) throws IOException {
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
            in.readLong();
            in.readInt();
            in.readUTF();
            byte[] header = java.util.Arrays.copyOf(bytes, bytes.length - in.available());
            List<byte[]> records = new ArrayList<>();
            while (in.available() > 0) {
                byte[] record = new byte[in.readInt()];
                in.readInt();
                in.readFully(record);
                records.add(record);
            }
            return new CacheFile(header, records);
        }

        byte[] bytes() throws IOException {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(b);
            out.write(header);
            for (byte[] r : records) {
                java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
                crc.update(r);
                out.writeInt(r.length);
                out.writeInt((int) crc.getValue());
                out.write(r);
            }
            return b.toByteArray();
        }

        CacheFile withFormat(int format) {
            byte[] h = header.clone();
            java.nio.ByteBuffer.wrap(h).putInt(8, format);
            return new CacheFile(h, records);
        }

        /** The same file but for a byte in the middle of record {@code i} (its CRC-32C kept as it was). */
        byte[] flippingAByteOfRecord(int i) throws IOException {
            byte[] all = bytes();
            int at = header.length;
            for (int r = 0; r < i; r++) {
                at += 8 + records.get(r).length;
            }
            all[at + 8 + records.get(i).length / 2] ^= 0x55;
            return all;
        }

        List<String> paths() throws IOException {
            List<String> out = new ArrayList<>();
            for (byte[] r : records) {
                out.add(new java.io.DataInputStream(new java.io.ByteArrayInputStream(r)).readUTF());
            }
            return out;
        }

        byte[] summary(int i) throws IOException {
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(records.get(i)));
            skipToSummary(in);
            return in.readNBytes(in.readInt());
        }

        CacheFile withSummary(int i, byte[] summary) throws IOException {
            byte[] r = records.get(i);
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(r));
            skipToSummary(in);
            int before = r.length - in.available();
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(b);
            out.write(r, 0, before);
            out.writeInt(summary.length);
            out.write(summary);
            List<byte[]> changed = new ArrayList<>(records);
            changed.set(i, b.toByteArray());
            return new CacheFile(header, changed);
        }

        private static void skipToSummary(java.io.DataInputStream in) throws IOException {
            in.readUTF();
            in.readUTF();
            in.readUTF();
            in.readLong();
            in.readLong();
            in.readLong();
            in.readBoolean();
        }
    }

    @Test
    void aSettledPageIsTakenByItsStampWithoutReadingIt() throws IOException {
        settle();
        byte[] first = cached();
        assertThat(unread()).isZero();
        assertThat(cached()).isEqualTo(first).isEqualTo(cold());
        // docs/a.md holds Liquid, whose rendering needs the text: it is read (and then reused by its key)
        assertThat(reused()).containsExactly(5, 5);
        assertThat(unread()).isEqualTo(4);

        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![later](../pics/b.png)\n\n![new](nope.png)\n");
        Files.setLastModifiedTime(
                content.resolve("docs/b.md"), FileTime.from(Instant.now().minusSeconds(1800)));
        byte[] edited = cached();
        assertThat(edited).isEqualTo(cold()).isNotEqualTo(first);
        assertThat(reused()).containsExactly(4, 5);
        assertThat(unread()).isEqualTo(3);
    }

    @Test
    void aPageWrittenTooCloseToTheRunIsReadUntilItsStampSettles() throws IOException {
        // every file was just written: within the clock tick of the scan, a stamp proves nothing
        cached();
        assertThat(cached()).isEqualTo(cold());
        assertThat(reused()).containsExactly(5, 5);
        assertThat(unread()).isZero();

        // an edit in the same tick that keeps size and time is caught: the page was hashed, not trusted
        Path b = content.resolve("docs/b.md");
        FileTime time = Files.getLastModifiedTime(b);
        sameSizeEdit(b, time);
        assertThat(cached()).isEqualTo(cold());
        assertThat(unread()).isZero();

        settle();
        cached();
        assertThat(unread()).isZero();
        cached();
        assertThat(unread()).isEqualTo(4);
    }

    @Test
    void anEditThatPutsSizeAndTimeBackIsCaughtByTheChangeTime() throws IOException {
        Path b = content.resolve("docs/b.md");
        Assumptions.assumeTrue(FileStamp.changeTime(b) >= 0, "the file system keeps a change time");
        settle();
        cached();
        byte[] before = cached();
        assertThat(unread()).isEqualTo(4);

        // as `touch -r` after an edit of the same length: only the change time (set by the system) moved
        sameSizeEdit(b, Files.getLastModifiedTime(b));
        byte[] after = cold();
        assertThat(after).isNotEqualTo(before);
        assertThat(cached()).isEqualTo(after);
        assertThat(unread()).isEqualTo(3);
    }

    /** Rewrites the page with other bytes of the same length that change its findings, and sets its time back. */
    private static void sameSizeEdit(Path page, FileTime time) throws IOException {
        String text = Files.readString(page);
        String edited = text.replace("![later](../pics/b.png)", "![later](../pics/x.png)");
        assertThat(edited).isNotEqualTo(text).hasSameSizeAs(text);
        Files.writeString(page, edited);
        Files.setLastModifiedTime(page, time);
    }

    /**
     * Moves every file's time back to the same moment an hour before the test began, as for content that was
     * not edited just now (a file already there keeps its stamp).
     */
    private void settle() throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    @Test
    void aTruncatedFileSaysSo() throws IOException {
        cached();
        Path file = cacheDir.resolve(PageCache.FILE_NAME);
        byte[] good = Files.readAllBytes(file);
        int header = CacheFile.of(good).header().length;
        // cut inside the header: damaged
        Files.write(file, java.util.Arrays.copyOf(good, header - 3));
        cached();
        assertThat(log).anyMatch(l -> l.contains("could not be read") && l.contains("ignored"));
        assertThat(reused()).containsExactly(0, 5);
        // cut inside the first record: as an append that stopped halfway, with no whole record before it
        Files.write(file, java.util.Arrays.copyOf(good, header + 20));
        cached();
        assertThat(log).anyMatch(l -> l.contains("ends in a partial entry"));
        assertThat(reused()).containsExactly(0, 5);
    }

    @Test
    void theCacheWritesOnlyItsOwnFileAndNothingInTheContent() throws IOException {
        List<Path> contentBefore = listing(content);
        cached();
        site.page("docs/b.md", "title: B\nparent: Guide", "# B changed\n");
        cached();
        assertThat(listing(content)).isEqualTo(contentBefore);
        assertThat(listing(cacheDir)).containsExactly(cacheDir.resolve(PageCache.FILE_NAME));
    }

    @Test
    void concurrentRunsSharingACacheAgreeWithAColdRun() throws Exception {
        byte[] expected = cold();
        List<CompletableFuture<byte[]>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return report(new Validator()
                            .validate(ValidationRequest.of(content).withCacheDirectory(cacheDir)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (CompletableFuture<byte[]> run : runs) {
            assertThat(run.get()).isEqualTo(expected);
        }
        assertThat(cached()).isEqualTo(expected);
        assertThat(reused()).containsExactly(5, 5);
    }

    @Test
    void theSampleSiteFromTheCacheEqualsAColdRun() throws IOException {
        Path sample = Path.of("sample-site");
        byte[] expected = report(new Validator().validate(ValidationRequest.of(sample)));
        ValidationRequest cachedRequest = ValidationRequest.of(sample).withCacheDirectory(cacheDir);
        assertThat(report(new Validator().withCacheLog(log::add).validate(cachedRequest)))
                .isEqualTo(expected);
        log.clear();
        assertThat(report(new Validator().withCacheLog(log::add).validate(cachedRequest)))
                .isEqualTo(expected);
        assertThat(reused().get(0)).isEqualTo(reused().get(1)).isPositive();
    }

    @Test
    void aCollectionFileThatGitHubPagesRendersAsAPageIsTheSameFromTheCacheAndAfterAPlatformSwitch() throws IOException {
        // without front matter, a collection's Markdown file is a page at its source path on GitHub Pages and a raw
        // copy elsewhere: a summary stored for one platform must never stand for the other
        Path pages = tmp.resolve("pages");
        SiteFixture.in(pages)
                .file("_config.yml", "title: Plain\ncollections:\n  guides:\n    output: true\n")
                .page("index.md", "title: Home", "[plain](_guides/plain.html) [raw](guides/plain.md)\n")
                .file("_guides/plain.md", "# Plain guide\n\n[home](../index.html) [gone](nowhere.html)\n");
        for (String platform : List.of("github-pages", "jekyll", "github-pages")) {
            byte[] expected =
                    report(new Validator().validate(ValidationRequest.of(pages).withPlatform(platform)));
            for (int run = 0; run < 2; run++) {
                assertThat(report(new Validator()
                                .validate(ValidationRequest.of(pages)
                                        .withPlatform(platform)
                                        .withCacheDirectory(cacheDir))))
                        .as(platform + " run " + run)
                        .isEqualTo(expected);
            }
        }
    }

    private byte[] cold() throws IOException {
        return report(new Validator().validate(ValidationRequest.of(content)));
    }

    private byte[] cached() throws IOException {
        return cached(new Validator());
    }

    private byte[] cached(Validator validator) throws IOException {
        log.clear();
        return report(validator
                .withCacheLog(log::add)
                .validate(ValidationRequest.of(content).withCacheDirectory(cacheDir)));
    }

    /** Pages taken by their stamp, without reading, in the last cached run. */
    private int unread() {
        for (String line : log) {
            Matcher m = UNREAD.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no cache summary in " + log);
    }

    /** Pages reused and pages in all, from the last cached run's log line. */
    private List<Integer> reused() {
        for (String line : log) {
            Matcher m = REUSED.matcher(line);
            if (m.find()) {
                return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        throw new AssertionError("no cache summary in " + log);
    }

    private byte[] report(ValidationResult result) throws IOException {
        Path out = Files.createTempFile(tmp, "report", ".json");
        new JsonReportWriter().write(result, out);
        return Files.readAllBytes(out);
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
