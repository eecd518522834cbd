package io.github.faqkit.rerun;

import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.ScanListing;
import io.github.faqkit.core.Sha256;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.platform.SiteSetup;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Validates a site, or takes the findings of the previous run over when none of its inputs changed: the
 * tool, the request, {@code _config.yml}, the layouts, includes, styles and data files, the schema, the
 * list of files Jekyll would read, the content of every Markdown file and the size and time of every
 * other file. Markdown content is compared by SHA-256, read again only for files whose size or time moved
 * (so touching a page costs one hash). Anything that cannot be fingerprinted (an unreadable page, external
 * link checks, whose answers change on their own) makes the run complete.
 *
 * <p>When only the content of some pages changed, the site is loaded again (from the page cache) but the
 * checks of the other pages, and the site checks, are taken over from the record if every changed page still
 * shows the site what it showed ({@link CarriedChecks}): an edited sentence costs the checks of one page.
 *
 * <p>The record of a run is written after it, in {@link RunRecord#FILE_NAME} of the cache directory; the
 * file stamps in it are the ones taken before the files were read, so a file changed during the run
 * is read again next time.
 */
public final class IncrementalValidator {
    /**
     * What a run gives: the rules {@link Checked checked} the site, or the findings were {@link TakenOver taken
     * over} from the previous run; with the fingerprint of the inputs (null: they could not be fingerprinted).
     */
    public sealed interface Outcome permits Checked, TakenOver {
        ValidationResult result();

        String fingerprint();

        /** True when the findings come from an earlier run over the same inputs (no site model). */
        default boolean reused() {
            return this instanceof TakenOver;
        }

        /** The same outcome with another result of the same run (e.g. without the baselined findings). */
        Outcome withResult(ValidationResult other);
    }

    /** The site was loaded and checked: {@code result.site()} is the model the findings were found in. */
    public record Checked(ValidationResult result, String fingerprint) implements Outcome {
        @Override
        public Checked withResult(ValidationResult other) {
            return new Checked(other, fingerprint);
        }
    }

    /**
     * Nothing changed since the recorded run: its findings, notices and counts, without a site model
     * ({@code result.site()} is null).
     */
    public record TakenOver(ValidationResult result, String fingerprint) implements Outcome {
        @Override
        public TakenOver withResult(ValidationResult other) {
            return new TakenOver(other, fingerprint);
        }
    }

    private final Validator validator;
    private final CacheDirectory cache;
    private final Path recordFile;
    private final String tool;
    private final Consumer<String> log;
    private final boolean compareSurfaces;

    /**
     * @param cacheDirectory where the run record lives (never inside the content directory)
     * @param tool the tool identity (see {@link io.github.faqkit.core.ToolInfo#identity()})
     */
    public IncrementalValidator(Validator validator, Path cacheDirectory, String tool, Consumer<String> log) {
        this(validator, new CacheDirectory(cacheDirectory), tool, log);
    }

    public IncrementalValidator(Validator validator, CacheDirectory cache, String tool, Consumer<String> log) {
        this(validator, cache, tool, log, true);
    }

    private IncrementalValidator(
            Validator validator, CacheDirectory cache, String tool, Consumer<String> log, boolean compareSurfaces) {
        this.compareSurfaces = compareSurfaces;
        this.validator = validator;
        this.cache = cache;
        this.recordFile = cache.runRecord();
        this.tool = tool;
        this.log = log;
    }

    /**
     * Test seam: a validator that takes checks over without comparing the changed pages' surfaces, which is
     * wrong whenever an edit shows other pages something new (the differential test must catch it).
     */
    IncrementalValidator ignoringSurfaces() {
        return new IncrementalValidator(validator, cache, tool, log, false);
    }

    /**
     * @param callerKey anything else the caller's use of the result depends on (e.g. its baseline file)
     * @param mayReuse false to check everything (and record the run for the next one)
     */
    public Outcome validate(ValidationRequest request, String callerKey, boolean mayReuse) throws IOException {
        SiteConfigs.Loaded loaded = SiteConfigs.load(request.contentDirectory(), request.baseUrl());
        return validate(request, loaded, Validator.setupOf(request, loaded), callerKey, mayReuse);
    }

    /**
     * The same over the configuration and build set-up the caller already made (and logs): the set-up
     * reads files outside the scan (Gemfile, workflows, git remote), so it is decided once per run.
     */
    public Outcome validate(
            ValidationRequest request, SiteConfigs.Loaded loaded, SiteSetup setup, String callerKey, boolean mayReuse)
            throws IOException {
        long start = System.nanoTime();
        Instant now = Instant.now();
        long recordedAt = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        Path root = request.contentDirectory();
        FixedInputs inputs = FixedInputs.of(request, tool, callerKey, loaded, setup);
        RunRecord previous = mayReuse && !request.checkExternal() ? RunRecord.read(recordFile, tool, log) : null;
        ContentScanner scanner = new ContentScanner(root, loaded.config());
        Recheck recheck = previous != null
                        && previous.listing() != null
                        && inputs.digest().equals(previous.fixedInputs())
                ? recheck(previous, root, inputs.supportStamps())
                : null;
        if (recheck != null && recheck.pagesSame()) {
            return takenOver(previous, root, start);
        }
        Look look = recheck == null ? null : replayed(scanner, previous, recheck, recordedAt);
        if (look == null) {
            look = scanned(scanner);
        }
        String fixed = inputs.text() + notices(look.scan());
        if (!look.replayed() && unchangedSince(previous, look, fixed, inputs.supportStamps())) {
            return takenOver(previous, root, start);
        }
        // only pages changed (the scan replayed the record's): checks whose inputs did not change are taken over
        CarriedChecks carried = new CarriedChecks(
                look.replayed() ? () -> CheckRecord.read(cache.checkRecord(), previous.fingerprint(), log) : null,
                look.changedPages(),
                compareSurfaces);
        Map<String, String> read = new ConcurrentHashMap<>();
        ValidationResult result = check(request, loaded, setup, look, inputs, carried, read, start);
        String fingerprint = request.checkExternal()
                ? null
                : record(new Recorded(fixed, inputs.digest(), recordedAt, look, read, previous), result);
        keepChecks(request, fingerprint, carried);
        return new Checked(result, fingerprint);
    }

    /** The site loaded and checked, telling {@code read} the SHA-256 of every page it read. */
    private ValidationResult check(
            ValidationRequest request,
            SiteConfigs.Loaded loaded,
            SiteSetup setup,
            Look look,
            FixedInputs inputs,
            CarriedChecks carried,
            Map<String, String> read,
            long start)
            throws IOException {
        ValidationResult result = validator
                .planningChecks(carried)
                .observingDigests((entry, sha256) -> read.put(entry.path(), sha256))
                .withRepositoryMarkdown(inputs.repositoryMarkdown())
                .validate(request, loaded, look.scan(), setup, start);
        if (carried.tookOver()) {
            log.accept("faq cache: " + look.changedPages().size() + " changed page(s) show the other pages nothing"
                    + " new: the checks of every other page were taken over");
        }
        return result;
    }

    /**
     * Keeps the checks of a recorded run (fingerprint not null) for the next, or forgets the old ones. Without page
     * summaries (a cold run keeps none) the next run cannot tell what an edited page showed before, so it could take
     * no check over: such a run pays nothing for it.
     */
    private void keepChecks(ValidationRequest request, String fingerprint, CarriedChecks carried) {
        if (fingerprint == null) {
            RunRecord.delete(recordFile);
        }
        if (fingerprint != null && carried.checks() != null && request.cacheDirectory() != null) {
            new CheckRecord(fingerprint, carried.checks()).write(cache.checkRecord(), log);
        } else {
            CheckRecord.delete(cache.checkRecord());
        }
    }

    /**
     * The files as this run sees them: the scan, the stamps it took and each file's change time (taken before it is
     * read, see RunRecord.Source); {@code changedPages} (with their recorded SHA-256) when the scan replayed the
     * record's because only pages changed, else null.
     */
    private record Look(
            ContentScanner.Result scan,
            Map<String, FileStamp> stamps,
            Map<String, Long> changeTimes,
            Map<String, String> changedPages) {
        boolean replayed() {
            return changedPages != null;
        }
    }

    /** Only pages changed: the files are the ones the recorded walk found (null when the record cannot say). */
    private Look replayed(ContentScanner scanner, RunRecord previous, Recheck recheck, long recordedAt) {
        ContentScanner.Result scan = scanner.replay(previous.listing(), recheck.stamps(), recordedAt);
        if (scan == null) {
            return null;
        }
        log.accept("faq cache: no file was added or removed since the last run, so the folders were not walked again");
        return new Look(scan, stamps(scan), recheck.changeTimes(), recordedDigests(previous, recheck.changed()));
    }

    private static Look scanned(ContentScanner scanner) throws IOException {
        ContentScanner.Result scan = scanner.scan();
        return new Look(scan, stamps(scan), changeTimes(scan), null);
    }

    /** True when a whole scan finds every input as the recorded run had it: its findings stand. */
    private static boolean unchangedSince(RunRecord previous, Look look, String fixed, List<FileStamp> supportStamps) {
        if (previous == null
                || !settled(look.scan().entries(), look.stamps(), supportStamps, previous.recordedAtNanos())) {
            return false;
        }
        Map<String, String> digests = digests(look.scan().entries(), look.stamps(), look.changeTimes(), previous);
        return digests != null
                && fingerprint(fixed, look.scan().entries(), look.stamps(), digests, null)
                        .value()
                        .equals(previous.fingerprint());
    }

    /** What a checked run leaves for the next: its inputs, the files as seen, the pages' digests as read. */
    private record Recorded(
            String fixed,
            String fixedDigest,
            long recordedAt,
            Look look,
            Map<String, String> read,
            RunRecord previous) {}

    /**
     * Writes the run record and gives the run's fingerprint; null (nothing written) when a page was not read or a
     * file not stamped, whose content the record could not vouch for.
     */
    private String record(Recorded run, ValidationResult result) {
        Look look = run.look();
        Map<String, FileStamp> stamps = look.stamps();
        List<SourceEntry> entries = look.scan().entries();
        boolean complete = entries.stream()
                .filter(SourceEntry::markdown)
                .allMatch(e -> run.read().containsKey(e.path()) && stamps.get(e.path()) != null);
        if (!complete) {
            return null;
        }
        // a replayed scan has the recorded files, each other file with its recorded stamp: their lines are the same
        Fingerprint full = fingerprint(
                run.fixed(),
                entries,
                stamps,
                run.read(),
                look.replayed() ? run.previous().listingDigest() : null);
        Map<String, RunRecord.Source> sources = new TreeMap<>();
        Map<String, RunRecord.Source> otherFiles = new TreeMap<>();
        ScanListing listing = look.scan().listing();
        for (SourceEntry e : entries) {
            FileStamp s = stamps.get(e.path());
            long changed = changeTime(look.changeTimes(), e);
            if (e.markdown()) {
                sources.put(
                        e.path(),
                        new RunRecord.Source(
                                s.size(), s.modifiedNanos(), changed, run.read().get(e.path())));
            } else if (ScanListing.contentMatters(e.path())) {
                if (s == null) {
                    listing = null; // a file that could not be stamped is looked at by a whole scan
                } else {
                    otherFiles.put(e.path(), new RunRecord.Source(s.size(), s.modifiedNanos(), changed, null));
                }
            }
        }
        new RunRecord(
                        RunRecord.FORMAT,
                        tool,
                        full.value(),
                        listing == null ? null : full.listing(),
                        run.recordedAt(),
                        run.fixedDigest(),
                        listing,
                        sources,
                        otherFiles,
                        result.findings(),
                        result.notices(),
                        result.pageCount(),
                        result.imageCount())
                .write(recordFile, log);
        return full.value();
    }

    /**
     * As {@link #validate(ValidationRequest, String, boolean)} for a caller that writes reports to
     * {@code reportDirectory}: the findings are taken over only when the reports there are still the ones
     * written for the same inputs (else the site is checked again, since writing reports needs its model).
     */
    public Outcome validateForReports(
            ValidationRequest request, String callerKey, boolean mayReuse, Path reportDirectory) throws IOException {
        SiteConfigs.Loaded loaded = SiteConfigs.load(request.contentDirectory(), request.baseUrl());
        return validateForReports(
                request, loaded, Validator.setupOf(request, loaded), callerKey, mayReuse, reportDirectory);
    }

    /** The same over the configuration and build set-up the caller already made. */
    public Outcome validateForReports(
            ValidationRequest request,
            SiteConfigs.Loaded loaded,
            SiteSetup setup,
            String callerKey,
            boolean mayReuse,
            Path reportDirectory)
            throws IOException {
        Outcome outcome = validate(request, loaded, setup, callerKey, mayReuse);
        if (outcome instanceof TakenOver
                && !ReportStamps.current(cache.path(), reportDirectory, outcome.fingerprint())) {
            outcome = validate(request, loaded, setup, callerKey, false);
        }
        return outcome;
    }

    /** True when no file other than a page was modified too close to the record to trust its stamp. */
    private static boolean settled(
            List<SourceEntry> entries, Map<String, FileStamp> stamps, List<FileStamp> support, long recordedAt) {
        for (FileStamp s : support) {
            if (s != null && !s.settledBefore(recordedAt)) {
                return false;
            }
        }
        for (SourceEntry e : entries) {
            FileStamp s = stamps.get(e.path());
            if (!e.markdown() && contentMatters(e) && s != null && !s.settledBefore(recordedAt)) {
                return false;
            }
        }
        return true;
    }

    /** A page, or a file some check reads (not an image, whose presence is all that counts). */
    private static boolean contentMatters(SourceEntry e) {
        return e.markdown() || ScanListing.contentMatters(e.path());
    }

    /** The stamps the scan saw, or (a scan made without them) read now, of the files whose content matters. */
    private static Map<String, FileStamp> stamps(ContentScanner.Result scan) {
        if (stampedAll(scan)) {
            return scan.stamps(); // the walk stamped every entry it kept whose content matters (the usual case)
        }
        Map<String, FileStamp> out = new ConcurrentHashMap<>();
        scan.entries().parallelStream()
                .filter(IncrementalValidator::contentMatters)
                .forEach(e -> {
                    FileStamp s = scan.stamp(e.path());
                    s = s != null ? s : FileStamp.of(e.file());
                    if (s != null) {
                        out.put(e.path(), s);
                    }
                });
        return out;
    }

    /** The change time of every file whose content matters, taken now (before the run reads them). */
    private static Map<String, Long> changeTimes(ContentScanner.Result scan) {
        Map<String, Long> out = new ConcurrentHashMap<>();
        scan.entries().parallelStream()
                .filter(IncrementalValidator::contentMatters)
                .forEach(e -> out.put(e.path(), FileStamp.changeTime(e.file())));
        return out;
    }

    /**
     * The change time taken for this file; -2 when none was taken, which equals no recorded or current time (the
     * file is hashed again). -1 is a file system that keeps none: there, as for Git, size and time decide alone.
     */
    private static long changeTime(Map<String, Long> changeTimes, SourceEntry e) {
        Long t = changeTimes.get(e.path());
        return t == null ? -2 : t;
    }

    private static boolean stampedAll(ContentScanner.Result scan) {
        for (SourceEntry e : scan.entries()) {
            if (contentMatters(e) && scan.stamp(e.path()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The SHA-256 of every Markdown file: the recorded one when its stamp has not moved since a moment safely
     * before the record was made, else read now. Null when a file cannot be stamped or read.
     */
    private static Map<String, String> digests(
            List<SourceEntry> entries,
            Map<String, FileStamp> stamps,
            Map<String, Long> changeTimes,
            RunRecord previous) {
        Map<String, String> out = new ConcurrentHashMap<>();
        boolean complete = entries.parallelStream()
                .filter(SourceEntry::markdown)
                .allMatch(e -> {
                    FileStamp now = stamps.get(e.path());
                    if (now == null) {
                        return false;
                    }
                    RunRecord.Source was = previous.sources().get(e.path());
                    if (was != null
                            && was.sha256() != null
                            && was.unchangedAt(now, changeTime(changeTimes, e), previous.recordedAtNanos())) {
                        out.put(e.path(), was.sha256());
                        return true;
                    }
                    try {
                        out.put(e.path(), Sha256.hex(Files.readAllBytes(e.file())));
                        return true;
                    } catch (IOException | RuntimeException ex) {
                        return false;
                    }
                });
        return complete ? out : null;
    }

    /**
     * The fingerprint of a run's inputs, and the digest of its part that is every file but the Markdown pages (a
     * rerun whose scan replayed the recorded files, each with its recorded stamp, gives it as {@code listing}
     * instead of hashing tens of thousands of lines again: only the pages' lines change).
     */
    private record Fingerprint(String value, String listing) {}

    private static Fingerprint fingerprint(
            String fixed,
            List<SourceEntry> entries,
            Map<String, FileStamp> stamps,
            Map<String, String> digests,
            String listing) {
        List<SourceEntry> sorted = sortedByPath(entries);
        if (listing == null) {
            DigestText others = new DigestText();
            for (SourceEntry e : sorted) {
                if (!e.markdown()) {
                    line(others, e, stamps, digests);
                }
            }
            listing = others.hex();
        }
        // streamed into the digest: a site has tens of thousands of files, and one string of all of them
        // (with a formatted record per file) cost more than everything else a rerun does
        DigestText b = new DigestText()
                .append(fixed)
                .append("\nother files ")
                .append(listing)
                .append('\n');
        for (SourceEntry e : sorted) {
            if (e.markdown()) {
                line(b, e, stamps, digests);
            }
        }
        return new Fingerprint(b.hex(), listing);
    }

    private static void line(DigestText b, SourceEntry e, Map<String, FileStamp> stamps, Map<String, String> digests) {
        b.append(e.path())
                .append('\t')
                .append(String.valueOf(e.markdown()))
                .append('\t')
                .append(String.valueOf(e.collection()))
                .append('\t')
                .append(String.valueOf(e.pathInCollection()))
                .append('\t')
                .append(String.valueOf(e.published()))
                .append('\t');
        if (e.markdown()) {
            b.append(String.valueOf(digests.get(e.path())));
        } else if (!ScanListing.contentMatters(e.path())) {
            b.append("present"); // no check reads its bytes (see ScanListing)
        } else {
            FileStamp s = stamps.get(e.path());
            if (s == null) {
                b.append("null");
            } else {
                b.append(s.size()).append(' ').append(s.modifiedNanos());
            }
        }
        b.append('\n');
    }

    /** The entries in path order: the scan gives them so (then no copy); anyone else's list is sorted here. */
    private static List<SourceEntry> sortedByPath(List<SourceEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).path().compareTo(entries.get(i).path()) > 0) {
                List<SourceEntry> sorted = new ArrayList<>(entries);
                sorted.sort(Comparator.comparing(SourceEntry::path));
                return sorted;
            }
        }
        return entries;
    }

    /** What the scan left out, as part of the inputs (a folder that becomes readable changes the site). */
    private static String notices(ContentScanner.Result scan) {
        StringBuilder b = new StringBuilder();
        scan.skippedNotices().stream()
                .sorted()
                .forEach(n -> b.append("\nnotice ").append(n));
        return b.toString();
    }

    /** The findings of the recorded run, as the result of this one. */
    private static TakenOver takenOver(RunRecord previous, Path root, long start) {
        return new TakenOver(
                new ValidationResult(
                        null,
                        previous.findings(),
                        previous.notices(),
                        (System.nanoTime() - start) / 1_000_000,
                        previous.pageCount(),
                        previous.imageCount(),
                        root),
                previous.fingerprint());
    }

    /** The pages in {@code changed}, each with the SHA-256 its bytes had in the recorded run. */
    private static Map<String, String> recordedDigests(RunRecord previous, java.util.Set<String> changed) {
        Map<String, String> out = new TreeMap<>();
        for (String path : changed) {
            out.put(path, previous.sources().get(path).sha256());
        }
        return out;
    }

    /**
     * What a look at the recorded run's files found without a scan: the stamps of the pages and of the other
     * files whose content matters, and whether every page still has its recorded content.
     */
    private record Recheck(
            Map<String, FileStamp> stamps, Map<String, Long> changeTimes, java.util.Set<String> changed) {
        boolean pagesSame() {
            return changed.isEmpty();
        }
    }

    /**
     * The recorded files looked at again, or null when a scan must decide: a support file is not settled, a
     * folder the recorded walk entered lists other names ({@link ScanListing}), or a file whose content
     * matters other than a page has another stamp.
     */
    private static Recheck recheck(RunRecord previous, Path root, List<FileStamp> supportStamps) {
        long recordedAt = previous.recordedAtNanos();
        for (FileStamp s : supportStamps) {
            if (s != null && !s.settledBefore(recordedAt)) {
                return null;
            }
        }
        if (!previous.listing().stillCurrent(root, recordedAt)) {
            return null;
        }
        Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
        Map<String, Long> changeTimes = new ConcurrentHashMap<>();
        boolean othersSame = previous.otherFiles().entrySet().parallelStream().allMatch(e -> {
            Path file = root.resolve(e.getKey());
            FileStamp now = FileStamp.of(file);
            long changed = FileStamp.changeTime(file);
            if (now == null || !e.getValue().unchangedAt(now, changed, recordedAt)) {
                return false;
            }
            stamps.put(e.getKey(), now);
            changeTimes.put(e.getKey(), changed);
            return true;
        });
        if (!othersSame) {
            return null;
        }
        java.util.Set<String> changed = ConcurrentHashMap.newKeySet();
        boolean stamped = previous.sources().entrySet().parallelStream().allMatch(e -> {
            Path file = root.resolve(e.getKey());
            FileStamp now = FileStamp.of(file);
            if (now == null) {
                return false;
            }
            stamps.put(e.getKey(), now);
            long changedAt = FileStamp.changeTime(file);
            changeTimes.put(e.getKey(), changedAt);
            RunRecord.Source was = e.getValue();
            if (was.unchangedAt(now, changedAt, recordedAt)) {
                return true;
            }
            try {
                if (!Sha256.hex(Files.readAllBytes(file)).equals(was.sha256())) {
                    changed.add(e.getKey());
                }
            } catch (IOException | RuntimeException ex) {
                changed.add(e.getKey());
            }
            return true;
        });
        return stamped ? new Recheck(stamps, changeTimes, changed) : null;
    }
}
