package io.github.faqkit.rerun;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.ScanListing;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.codec.SummaryReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run record on disk: one binary (Smile) array of its fields in a fixed order, read token by token. A rerun
 * with nothing changed does little else than read it: binding the same record from JSON by reflection took
 * about as long as everything else that run does (tens of thousands of stamps, the findings), and loaded a
 * few hundred classes that only served it.
 */
final class RunRecordFile {
    private static final SmileFactory SMILE =
            SmileFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private RunRecordFile() {}

    static void write(Path file, RunRecord r) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = SMILE.createGenerator(out)) {
                g.writeStartArray();
                g.writeNumber(r.format());
                g.writeString(r.tool());
                g.writeString(r.fingerprint());
                g.writeString(r.listingDigest());
                g.writeNumber(r.recordedAtNanos());
                g.writeString(r.fixedInputs());
                writeListing(g, r.listing());
                writeSources(g, r.sources());
                writeSources(g, r.otherFiles());
                writeFindings(g, r.findings());
                g.writeStartArray();
                for (String notice : r.notices()) {
                    g.writeString(notice);
                }
                g.writeEndArray();
                g.writeNumber(r.pageCount());
                g.writeNumber(r.imageCount());
                g.writeEndArray();
            }
        });
    }

    /**
     * The record in {@code file}, or null when it was written in another format (the format comes first, so an
     * older record is told apart before anything else is read).
     */
    static RunRecord read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file);
                JsonParser parser = SMILE.createParser(stream)) {
            SummaryReader in = new SummaryReader(parser);
            if (parser.nextToken() != JsonToken.START_ARRAY || in.readInt() != RunRecord.FORMAT) {
                return null;
            }
            RunRecord r = new RunRecord(
                    RunRecord.FORMAT,
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readLong(),
                    in.readString(),
                    readListing(in),
                    readSources(in),
                    readSources(in),
                    readFindings(in),
                    in.readStrings(),
                    in.readInt(),
                    in.readInt());
            in.end();
            if (parser.nextToken() != null) {
                throw new IOException("the record goes on after its end");
            }
            return r;
        }
    }

    /** Each folder as its path, time and names in a row: null when there is no listing. */
    private static void writeListing(JsonGenerator g, ScanListing listing) throws IOException {
        if (listing == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Map.Entry<String, ScanListing.Folder> e : listing.folders().entrySet()) {
            g.writeString(e.getKey());
            g.writeNumber(e.getValue().modifiedNanos());
            g.writeString(e.getValue().names());
        }
        g.writeEndArray();
    }

    private static ScanListing readListing(SummaryReader in) throws IOException {
        if (!in.array()) {
            return null;
        }
        Map<String, ScanListing.Folder> folders = new LinkedHashMap<>();
        while (in.more()) {
            String path = required(in.readString());
            folders.put(path, new ScanListing.Folder(in.readLong(), required(in.readString())));
        }
        return new ScanListing(folders);
    }

    /** Each file as its path, size, time and SHA-256 (null for a file recorded without one) in a row. */
    private static void writeSources(JsonGenerator g, Map<String, RunRecord.Source> sources) throws IOException {
        g.writeStartArray();
        for (Map.Entry<String, RunRecord.Source> e : sources.entrySet()) {
            RunRecord.Source s = e.getValue();
            g.writeString(e.getKey());
            g.writeNumber(s.size());
            g.writeNumber(s.modifiedNanos());
            g.writeNumber(s.changedNanos());
            g.writeString(s.sha256());
        }
        g.writeEndArray();
    }

    private static Map<String, RunRecord.Source> readSources(SummaryReader in) throws IOException {
        in.requireArray();
        // looked up by path only, never iterated in order: no tree needed
        Map<String, RunRecord.Source> sources = new HashMap<>();
        while (in.more()) {
            String path = required(in.readString());
            sources.put(path, new RunRecord.Source(in.readLong(), in.readLong(), in.readLong(), in.readString()));
        }
        return sources;
    }

    static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeStartArray();
        for (Finding f : findings) {
            g.writeStartArray();
            g.writeString(f.ruleId());
            g.writeString(f.ruleName());
            g.writeString(f.severity().name());
            g.writeString(f.file());
            g.writeNumber(f.line());
            g.writeNumber(f.column());
            g.writeString(f.message());
            g.writeString(f.hint());
            writeFindings(g, f.absorbed());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    static List<Finding> readFindings(SummaryReader in) throws IOException {
        in.requireArray();
        List<Finding> findings = new ArrayList<>();
        while (in.more()) {
            in.requireArray();
            String ruleId = required(in.readString());
            String ruleName = in.readString();
            Severity severity = severity(in.readString());
            String file = required(in.readString());
            int line = in.readInt();
            int column = in.readInt();
            String message = required(in.readString());
            String hint = in.readString();
            List<Finding> absorbed = readFindings(in);
            in.end();
            // the recipe of a repair is never recorded: faq:fix works on a fresh run (see Finding)
            findings.add(new Finding(ruleId, ruleName, severity, file, line, column, message, hint, null, absorbed));
        }
        return findings;
    }

    private static Severity severity(String name) throws IOException {
        try {
            return Severity.valueOf(required(name));
        } catch (IllegalArgumentException e) {
            throw new IOException("an unknown severity " + name);
        }
    }

    static String required(String s) throws IOException {
        if (s == null) {
            throw new IOException("a value missing");
        }
        return s;
    }
}
