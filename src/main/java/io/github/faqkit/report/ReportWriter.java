package io.github.faqkit.report;

import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one report file from the findings of a run. */
public interface ReportWriter {

    /** The file name under the report directory, e.g. {@code report.json}. */
    String fileName();

    void write(ValidationResult result, Path file) throws IOException;
}
