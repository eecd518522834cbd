package io.github.faqkit.rerun;

import java.nio.file.Path;

/**
 * The one owner of the folder where runs leave what the next run may reuse ({@code target/faq/cache} by
 * default, never inside the content directory): every file in it is named here.
 *
 * <ul>
 *   <li>{@link #runRecord()}: inputs and findings of the last run ({@link RunRecord})</li>
 *   <li>{@link #checkRecord()}: what each check of that run found ({@link CheckRecord})</li>
 *   <li>{@link #pageSummaries()}: parsed page summaries ({@link io.github.faqkit.core.PageCache})</li>
 *   <li>{@link #reportStamps()}: which run the reports on disk belong to ({@link ReportStamps})</li>
 *   <li>{@link #keptManifest()}, {@link #keptManifestKey()} and {@code package-files.bin}: the last package's manifest and
 *       its files' checksums ({@link PackagePlans})</li>
 *   <li>{@link #externalLinks()}: answers of external link checks (LNK002)</li>
 * </ul>
 */
public record CacheDirectory(Path path) {
    static final String RUN_RECORD = "run.smile";
    /** Where versions before the binary record kept it: removed when a record is written. */
    static final String LEGACY_RUN_RECORD = "run.json";

    static final String CHECK_RECORD = "checks.smile";
    static final String REPORT_STAMPS = "reports.json";
    static final String KEPT_MANIFEST = "package-manifest.json";
    static final String KEPT_MANIFEST_KEY = "package.key";
    static final String KEPT_CHECKSUMS = "package-files.bin";
    static final String EXTERNAL_LINKS = "external.json";

    /** The cache folder of a report directory. */
    public static CacheDirectory of(Path reportDirectory) {
        return new CacheDirectory(reportDirectory.resolve("cache"));
    }

    public Path runRecord() {
        return path.resolve(RUN_RECORD);
    }

    public Path checkRecord() {
        return path.resolve(CHECK_RECORD);
    }

    /** The folder {@link io.github.faqkit.core.PageCache} keeps its file in. */
    public Path pageSummaries() {
        return path;
    }

    public Path reportStamps() {
        return path.resolve(REPORT_STAMPS);
    }

    public Path keptManifest() {
        return path.resolve(KEPT_MANIFEST);
    }

    public Path keptManifestKey() {
        return path.resolve(KEPT_MANIFEST_KEY);
    }

    public Path externalLinks() {
        return path.resolve(EXTERNAL_LINKS);
    }
}
