package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.report.HtmlReportWriter;
import io.github.faqkit.report.JsonReportWriter;
import io.github.faqkit.report.ReportWriter;
import io.github.faqkit.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are "current" only while every one of them is exactly the file written for that run. */
class ReportStampsTest {
    @TempDir
    Path tmp;

    private Path reports;
    private Path cache;

    @BeforeEach
    void writeReports() throws IOException {
        reports = tmp.resolve("faq");
        cache = reports.resolve("cache");
        Files.createDirectories(reports);
        for (ReportWriter w : Reports.writers()) {
            Files.writeString(reports.resolve(w.fileName()), "report " + w.fileName());
        }
        ReportStamps.record(cache, reports, "abc");
    }

    @Test
    void currentForTheSameRunOnly() {
        assertThat(ReportStamps.current(cache, reports, "abc")).isTrue();
        assertThat(ReportStamps.current(cache, reports, "abd")).isFalse();
        assertThat(ReportStamps.current(cache, reports, null)).isFalse();
    }

    @Test
    void anEditedOrDeletedReportIsNotCurrent() throws IOException {
        Path json = reports.resolve(new JsonReportWriter().fileName());
        FileTime time = Files.getLastModifiedTime(json);
        Files.writeString(json, "report edited");
        Files.setLastModifiedTime(json, time);
        assertThat(ReportStamps.current(cache, reports, "abc")).isFalse();

        writeReports();
        Files.delete(reports.resolve(new HtmlReportWriter().fileName()));
        assertThat(ReportStamps.current(cache, reports, "abc")).isFalse();
    }

    @Test
    void forgottenOrDamagedStampsAreNotCurrent() throws IOException {
        Files.writeString(cache.resolve(ReportStamps.FILE_NAME), "{not json");
        assertThat(ReportStamps.current(cache, reports, "abc")).isFalse();
        writeReports();
        ReportStamps.forget(cache);
        assertThat(ReportStamps.current(cache, reports, "abc")).isFalse();
    }
}
