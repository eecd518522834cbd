package io.github.faqkit.rerun;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.faqkit.core.FileStamp;
import io.github.faqkit.report.ReportWriter;
import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which run the report files on disk were written for ({@code reports.json} in the cache
 * directory: the run's input fingerprint and each report's size and time), so a run whose findings are
 * taken over can leave them alone, and rewrites them when one was deleted or edited since.
 */
public final class ReportStamps {
    static final String FILE_NAME = CacheDirectory.REPORT_STAMPS;
    private static final JsonFactory JSON = new JsonFactory();

    private ReportStamps() {}

    /** True when every report in {@code reportDirectory} is the one written for the run with this fingerprint. */
    public static boolean current(Path cacheDirectory, Path reportDirectory, String fingerprint) {
        if (fingerprint == null) {
            return false;
        }
        try {
            Recorded recorded = read(cacheDirectory.resolve(FILE_NAME));
            if (!fingerprint.equals(recorded.fingerprint())) {
                return false;
            }
            for (ReportWriter w : Reports.writers()) {
                FileStamp now = FileStamp.of(reportDirectory.resolve(w.fileName()));
                if (now == null || !now.toString().equals(recorded.files().get(w.fileName()))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What {@link #record} wrote: the run's fingerprint (null if none) and each report's stamp by file name. */
    private record Recorded(String fingerprint, Map<String, String> files) {}

    /** The file read token by token: a rerun with nothing changed reads it and little else, so no data binding. */
    private static Recorded read(Path file) throws IOException {
        String fingerprint = null;
        Map<String, String> files = new HashMap<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Recorded(null, files);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("fingerprint") && value == JsonToken.VALUE_STRING) {
                    fingerprint = p.getText();
                } else if (field.equals("files") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING) {
                            files.put(name, p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Recorded(fingerprint, files);
    }

    /** Records the reports just written for the run with this fingerprint. */
    public static void record(Path cacheDirectory, Path reportDirectory, String fingerprint) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (ReportWriter w : Reports.writers()) {
            FileStamp s = FileStamp.of(reportDirectory.resolve(w.fileName()));
            if (s == null) {
                return;
            }
            files.put(w.fileName(), s.toString());
        }
        JsonFiles.write(cacheDirectory.resolve(FILE_NAME), g -> {
            g.writeStartObject();
            g.writeStringField("fingerprint", fingerprint);
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, String> e : files.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /**
     * Writes the reports of a checked run and records them under its fingerprint (null: not recorded). The
     * stamps are forgotten first: a failure half-way must not leave the old ones "current".
     */
    public static void rewrite(Path cacheDirectory, Path reportDirectory, ValidationResult result, String fingerprint)
            throws IOException {
        forget(cacheDirectory);
        Reports.writeAll(result, reportDirectory);
        if (fingerprint != null) {
            record(cacheDirectory, reportDirectory, fingerprint);
        }
    }

    /** Forgets the reports (before they are rewritten: a failure half-way must not leave them "current"). */
    public static void forget(Path cacheDirectory) throws IOException {
        Files.deleteIfExists(cacheDirectory.resolve(FILE_NAME));
    }
}
