package io.github.faqkit.report;

import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report files written on every run, at fixed names under the report directory. */
public final class Reports {
    private Reports() {
    }

    public static List<ReportWriter> writers() {
        return List.of(new JsonReportWriter(), new SarifReportWriter(), new CheckstyleReportWriter(),
                new JUnitReportWriter(), new HtmlReportWriter());
    }

    /** Writes every report; returns the files written. */
    public static List<Path> writeAll(ValidationResult result, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportWriter w : writers()) {
            Path file = directory.resolve(w.fileName());
            w.write(result, file);
            written.add(file);
        }
        return written;
    }
}
