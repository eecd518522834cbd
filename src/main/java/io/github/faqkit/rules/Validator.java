package io.github.faqkit.rules;

import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.LoadedSite;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.SiteLoader;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.SourceReader;
import io.github.faqkit.core.platform.SiteSetup;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Validates a site: {@link SiteLoader} builds the model, {@link RuleRunner} runs the rules over it,
 * {@link FindingsFilter} applies suppressions and the include/exclude globs. Never throws on content:
 * every problem with the input becomes a finding or a notice.
 *
 * <p>With a cache directory in the request, unchanged pages are rebuilt from their stored summaries
 * instead of parsed; the file scan runs over the whole site, so the result is the same as without the cache.
 * A {@link ChecksPlanner} may let checks whose inputs did not change give what they gave in an earlier run
 * (see {@link ChecksReuse}); without one every check runs.
 */
public final class Validator {
    private final List<Rule> rules;
    private final SiteLoader loader;
    private final Progress progress;
    private final ChecksPlanner planner;

    /**
     * Decides, once the site is loaded, what the checks may take over from an earlier run, and learns what
     * they found (see {@link io.github.faqkit.rerun.IncrementalValidator}).
     */
    public interface ChecksPlanner {
        /**
         * The pages whose recorded version {@link #plan} compares with the new one, each with the SHA-256 its bytes
         * had then ({@link io.github.faqkit.core.SiteLoader#withPreviousPages}); null for none.
         */
        default Map<String, String> previousPages() {
            return null;
        }

        /** What the checks of this run may take over; null to run every check. */
        ChecksReuse plan(LoadedSite site);

        /** What the checks found ({@code reuse}: what they took over, null for none). */
        void checked(LoadedSite site, CheckedFindings checks, ChecksReuse reuse);
    }

    public Validator() {
        this(RuleCatalog.all());
    }

    public Validator(List<Rule> rules) {
        this(rules, SourceReader.FILES);
    }

    public Validator(List<Rule> rules, SourceReader reader) {
        this(rules, new SiteLoader().readingWith(reader), Progress.NONE);
    }

    private Validator(List<Rule> rules, SiteLoader loader, Progress progress) {
        this(rules, loader, progress, null);
    }

    private Validator(List<Rule> rules, SiteLoader loader, Progress progress, ChecksPlanner planner) {
        this.rules = List.copyOf(rules);
        this.loader = loader.withProgress((done, total) -> progress.report(Progress.Phase.PARSING, done, total, 0));
        this.progress = progress;
        this.planner = planner;
    }

    /** The same validator, letting {@code planner} decide which checks are taken over from an earlier run. */
    public Validator planningChecks(ChecksPlanner planner) {
        return new Validator(rules, loader, progress, planner);
    }

    /**
     * A validator that tells {@code log} about the cache (ignored or unwritable cache files). These are
     * not notices of the result: the report must not depend on whether a cache was used.
     */
    public Validator withCacheLog(Consumer<String> log) {
        return new Validator(rules, loader.withCacheLog(log), progress, planner);
    }

    /** Test seam: the tool version that keys the cache (normally the tool's identity). */
    Validator withToolVersion(String version) {
        return new Validator(rules, loader.withToolVersion(version), progress, planner);
    }

    /** A validator whose result pages keep their source and body text. */
    public Validator keepingPageText() {
        return new Validator(rules, loader.keepingPageText(), progress, planner);
    }

    /**
     * The same validator, telling {@code observer} the SHA-256 of every Markdown page it loads (to fingerprint
     * them; see {@link io.github.faqkit.core.SiteLoader#observingDigests}).
     */
    public Validator observingDigests(BiConsumer<SourceEntry, String> observer) {
        return new Validator(rules, loader.observingDigests(observer), progress, planner);
    }

    /**
     * The same validator, taking the repository's Markdown files around the site from {@code listed} (see
     * {@link io.github.faqkit.core.SiteLoader#withRepositoryMarkdown}) instead of listing them again.
     */
    public Validator withRepositoryMarkdown(List<io.github.faqkit.core.AssetReferences.RepositoryFile> listed) {
        return new Validator(rules, loader.withRepositoryMarkdown(listed), progress, planner);
    }

    /** A validator that tells {@code listener} how far it got (see {@link Progress#throttled}). */
    public Validator withProgress(Progress listener) {
        return new Validator(rules, loader, listener, planner);
    }

    public ValidationResult validate(ValidationRequest request) throws IOException {
        SiteConfigs.Loaded loaded = loader.loadConfig(request.contentDirectory(), request.baseUrl());
        return validate(request, loaded, setupOf(request, loaded));
    }

    /** A run over a configuration and build set-up the caller already made (it logs the set-up, for one). */
    public ValidationResult validate(ValidationRequest request, SiteConfigs.Loaded loaded, SiteSetup setup)
            throws IOException {
        long start = System.nanoTime();
        return validate(
                request, loaded, new ContentScanner(request.contentDirectory(), loaded.config()).scan(), setup, start);
    }

    /** The platform, served configuration and theme version a request builds its site with. */
    public static SiteSetup setupOf(ValidationRequest request, SiteConfigs.Loaded loaded) {
        return SiteSetup.of(
                request.contentDirectory(),
                loaded.config(),
                request.platform(),
                request.baseUrl(),
                request.themeVersion(),
                System.getenv(),
                loaded.workflows());
    }

    /**
     * A run over a configuration and file scan the caller already made (see
     * {@link io.github.faqkit.rerun.IncrementalValidator}); {@code start} is when the run began
     * ({@link System#nanoTime()}).
     */
    public ValidationResult validate(
            ValidationRequest request, SiteConfigs.Loaded loaded, ContentScanner.Result scan, long start)
            throws IOException {
        return validate(request, loaded, scan, setupOf(request, loaded), start);
    }

    /** The same with the build set-up the caller already made ({@link #setupOf}). */
    public ValidationResult validate(
            ValidationRequest request,
            SiteConfigs.Loaded loaded,
            ContentScanner.Result scan,
            SiteSetup setup,
            long start)
            throws IOException {
        LoadedSite site = loader.withPageCache(request.cacheDirectory())
                .withPreviousPages(planner == null ? null : planner.previousPages())
                .load(request.contentDirectory(), loaded, scan, setup);
        ChecksReuse reuse = planner == null ? null : planner.plan(site);
        CheckedFindings checks =
                new RuleRunner(rules, progress).runChecks(site.site(), request.severities(), request.options(), reuse);
        if (planner != null) {
            planner.checked(site, checks, reuse);
        }
        io.github.faqkit.core.refs.Resolver resolver = io.github.faqkit.core.refs.Resolver.ifMade(site.site());
        if (resolver != null) {
            // the checks that ask about references ran: the site outlives them by the reports
            resolver.forgetResolutions();
        }
        List<Finding> raw = checks.all();
        List<Finding> shown = new FindingsFilter(rules, request.severities(), request.includes(), request.excludes())
                .apply(site.site(), raw);
        return new ValidationResult(
                site.site(), List.copyOf(shown), site.notices(), (System.nanoTime() - start) / 1_000_000);
    }
}
