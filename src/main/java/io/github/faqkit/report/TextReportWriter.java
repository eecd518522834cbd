package io.github.faqkit.report;

import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.rules.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A report streamed as UTF-8 text (XML or HTML): written atomically to its file, or to a string for tests.
 * Streamed because with thousands of findings a report is tens of megabytes.
 */
abstract class TextReportWriter implements ReportWriter {

    @Override
    public final void write(ValidationResult result, Path file) throws IOException {
        try (Utf8Writer out = new Utf8Writer(AtomicFiles.newOutputStream(file))) {
            render(result, out);
        }
    }

    /** The report as text, for tests. */
    final String render(ValidationResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer out = new Utf8Writer(bytes)) {
            render(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    abstract void render(ValidationResult result, Utf8Writer out) throws IOException;
}
