package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.ScanListing;
import io.github.faqkit.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordFileTest {
    @TempDir
    Path dir;

    private static RunRecord record(ScanListing listing) {
        Finding absorbed = Finding.of("KDN002", "toc-marker", Severity.WARNING, "docs/a.md", 3, 1, "inner", "");
        Finding outer = Finding.of(
                        "KDN001", "attribute-line", Severity.ERROR, "docs/a.md", 3, 1, "outer ü 日本", "fix it")
                .withAbsorbed(List.of(absorbed));
        Finding whole = Finding.of("FM001", "title", Severity.INFO, "docs/b.md", 0, 0, "no title", "");
        Map<String, RunRecord.Source> sources = new TreeMap<>();
        sources.put(
                "docs/a.md",
                new RunRecord.Source(120, 1_700_000_000_123_456_789L, 1_700_000_000_987_654_321L, "ab".repeat(32)));
        sources.put("docs/b.md", new RunRecord.Source(0, -1, -1, "cd".repeat(32)));
        return new RunRecord(
                RunRecord.FORMAT,
                "0.1.0@1-2",
                "ef".repeat(32),
                "23".repeat(32),
                1_800_000_000_000_000_000L,
                "01".repeat(32),
                listing,
                sources,
                Map.of("assets/app.js", new RunRecord.Source(7, 8, 9, null)),
                List.of(outer, whole),
                List.of("a notice", ""),
                2,
                5);
    }

    private RunRecord roundTrip(RunRecord r) throws IOException {
        Path file = dir.resolve(RunRecord.FILE_NAME);
        RunRecordFile.write(file, r);
        return RunRecordFile.read(file);
    }

    @Test
    void everyFieldComesBackAsWritten() throws IOException {
        Map<String, ScanListing.Folder> folders = new TreeMap<>();
        folders.put("", new ScanListing.Folder(42, "docs/\0pics/\0index.md\0"));
        folders.put("docs", new ScanListing.Folder(43, "a.md\0b.md\0"));
        RunRecord written = record(new ScanListing(folders));
        RunRecord read = roundTrip(written);
        assertThat(read).isEqualTo(written);
        assertThat(read.findings().get(0).absorbed())
                .containsExactly(written.findings().get(0).absorbed().get(0));
    }

    @Test
    void aRecordWithoutListingKeepsNone() throws IOException {
        assertThat(roundTrip(record(null)).listing()).isNull();
    }

    @Test
    void aRecordOfAnotherFormatIsNotRead() throws IOException {
        RunRecord r = record(null);
        RunRecord older = new RunRecord(
                RunRecord.FORMAT - 1,
                r.tool(),
                r.fingerprint(),
                r.listingDigest(),
                r.recordedAtNanos(),
                r.fixedInputs(),
                null,
                r.sources(),
                r.otherFiles(),
                r.findings(),
                r.notices(),
                r.pageCount(),
                r.imageCount());
        assertThat(roundTrip(older)).isNull();
    }

    @Test
    void aDamagedOrForeignFileCostsOnlyTheShortcut() throws IOException {
        Path file = dir.resolve(RunRecord.FILE_NAME);
        RunRecordFile.write(file, record(null));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        List<String> log = new ArrayList<>();
        assertThat(RunRecord.read(file, "0.1.0@1-2", log::add)).isNull();
        assertThat(log).singleElement().asString().contains("could not be read");

        Files.writeString(file, "{\"format\":2}", StandardCharsets.UTF_8); // JSON, as earlier versions wrote
        assertThat(RunRecord.read(file, "0.1.0@1-2", log::add)).isNull();
    }

    @Test
    void anotherToolsRecordIsNotTakenOver() throws IOException {
        Path file = dir.resolve(RunRecord.FILE_NAME);
        RunRecordFile.write(file, record(null));
        assertThat(RunRecord.read(file, "0.1.0@1-2", m -> {})).isNotNull();
        assertThat(RunRecord.read(file, "0.2.0", m -> {})).isNull();
    }

    @Test
    void writingARecordRemovesTheJsonOneOfEarlierVersions() throws IOException {
        Path legacy = dir.resolve(CacheDirectory.LEGACY_RUN_RECORD);
        Files.writeString(legacy, "{}");
        record(null).write(dir.resolve(RunRecord.FILE_NAME), m -> {});
        assertThat(legacy).doesNotExist();
        assertThat(dir.resolve(RunRecord.FILE_NAME)).isRegularFile();
    }
}
