package io.github.faqkit.report;

import io.github.faqkit.core.Futures;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The report files written on every run, at fixed names under the report directory. */
public final class Reports {
    private Reports() {}

    public static List<ReportWriter> writers() {
        return List.of(
                new JsonReportWriter(),
                new SarifReportWriter(),
                new CheckstyleReportWriter(),
                new JUnitReportWriter(),
                new HtmlReportWriter());
    }

    /**
     * Writes every report, side by side on the available cores: the writers share nothing but the
     * result, which they only read, and each file is written atomically on its own. Returns the files
     * written, in the order of {@link #writers()}.
     */
    public static List<Path> writeAll(ValidationResult result, Path directory) throws IOException {
        List<ReportWriter> writers = writers();
        List<Path> written = new ArrayList<>();
        for (ReportWriter w : writers) {
            written.add(directory.resolve(w.fileName()));
        }
        int threads = Math.min(writers.size(), Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            for (int i = 0; i < writers.size(); i++) {
                writers.get(i).write(result, written.get(i));
            }
            return written;
        }
        ExecutorService pool = Futures.daemonPool(threads, "faq-report");
        try {
            List<Future<?>> running = new ArrayList<>();
            // the HTML report takes longest: started first, the others share the remaining cores meanwhile
            for (int i = writers.size() - 1; i >= 0; i--) {
                ReportWriter w = writers.get(i);
                Path file = written.get(i);
                running.add(pool.submit(() -> {
                    w.write(result, file);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return written;
    }

    private static void await(Future<?> f) throws IOException {
        Futures.get(f, IOException.class, "writing the reports");
    }
}
