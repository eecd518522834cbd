package io.github.faqkit.rerun;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.codec.SummaryReader;
import io.github.faqkit.rules.CheckedFindings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the checks of the recorded run found before filtering, by page and by site check: what a rerun after an
 * edit takes over ({@link CarriedChecks}). Kept beside the run
 * record, not in it, so that a rerun with nothing changed does not read it; it belongs to the run whose
 * fingerprint it names, and any other run ignores it.
 */
record CheckRecord(String runFingerprint, CheckedFindings checks) {
    /** Bumped whenever the file changes shape. */
    static final int FORMAT = 2;

    private static final SmileFactory SMILE =
            SmileFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** The record in {@code file} if it belongs to the run with {@code runFingerprint}; null otherwise. */
    static CheckRecord read(Path file, String runFingerprint, Consumer<String> log) {
        try (InputStream stream = Files.newInputStream(file);
                JsonParser parser = SMILE.createParser(stream)) {
            SummaryReader in = new SummaryReader(parser);
            if (parser.nextToken() != JsonToken.START_ARRAY
                    || in.readInt() != FORMAT
                    || !runFingerprint.equals(in.readString())) {
                return null;
            }
            Map<String, List<Finding>> byPage = new HashMap<>();
            in.requireArray();
            while (in.more()) {
                byPage.put(RunRecordFile.required(in.readString()), RunRecordFile.readFindings(in));
            }
            Map<String, List<Finding>> bySite = new HashMap<>();
            in.requireArray();
            while (in.more()) {
                bySite.put(RunRecordFile.required(in.readString()), RunRecordFile.readFindings(in));
            }
            in.end();
            if (parser.nextToken() != null) {
                throw new IOException("the record goes on after its end");
            }
            return new CheckRecord(runFingerprint, new CheckedFindings(byPage, bySite));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            log.accept("faq: " + file + " could not be read (" + e.getClass().getSimpleName()
                    + "); every page is checked again");
            return null;
        }
    }

    /**
     * Writes the record whole or not at all (each page as its path and findings, then each site check as
     * its rule id and findings); a failure only costs the next run its shortcut.
     */
    void write(Path file, Consumer<String> log) {
        try {
            AtomicFiles.write(file, out -> {
                try (JsonGenerator g = SMILE.createGenerator(out)) {
                    g.writeStartArray();
                    g.writeNumber(FORMAT);
                    g.writeString(runFingerprint);
                    g.writeStartArray();
                    for (Map.Entry<String, List<Finding>> e : new TreeMap<>(checks.byPage()).entrySet()) {
                        g.writeString(e.getKey());
                        RunRecordFile.writeFindings(g, e.getValue());
                    }
                    g.writeEndArray();
                    g.writeStartArray();
                    for (Map.Entry<String, List<Finding>> e : new TreeMap<>(checks.bySiteCheck()).entrySet()) {
                        g.writeString(e.getKey());
                        RunRecordFile.writeFindings(g, e.getValue());
                    }
                    g.writeEndArray();
                    g.writeEndArray();
                }
            });
        } catch (IOException | RuntimeException e) {
            log.accept("faq: " + file + " could not be written (" + e.getMessage() + "); the next run after an edit"
                    + " checks every page again");
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless: it names the run it belongs to, which no later run is
        }
    }
}
