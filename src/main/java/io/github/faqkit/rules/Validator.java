package io.github.faqkit.rules;

import io.github.faqkit.core.AssetReferences;
import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.PageCache;
import io.github.faqkit.core.PageParser;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.SourceReader;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the rules over a site: reads {@code _config.yml}, discovers and parses every page once (in
 * parallel), builds the site graph, runs page rules then site rules. Never throws on content: every
 * problem with the input becomes a finding.
 *
 * <p>Each page is summarised as soon as it is parsed: its text is dropped and only the parsed model
 * (front matter, kramdown model, references, line numbering) is kept, so memory does not grow with the
 * size of the Markdown. {@link #keepingPageText()} keeps the texts (for tools that edit pages).
 *
 * <p>With a cache directory in the request, unchanged pages are rebuilt from their stored summaries
 * ({@link PageCache}) instead of parsed; the file scan and every rule still run over the whole site, so
 * the result is the same as without the cache.
 */
public final class Validator {
    private final List<Rule> rules;
    private final SourceReader reader;
    private final boolean keepText;
    private final Progress progress;
    private final String toolVersion;
    private final java.util.function.Consumer<String> cacheLog;

    public Validator() {
        this(RuleCatalog.all());
    }

    public Validator(List<Rule> rules) {
        this(rules, SourceReader.FILES);
    }

    public Validator(List<Rule> rules, SourceReader reader) {
        this(rules, reader, false, Progress.NONE, PageCache.toolIdentity(), notice -> { });
    }

    private Validator(List<Rule> rules, SourceReader reader, boolean keepText, Progress progress, String toolVersion,
            java.util.function.Consumer<String> cacheLog) {
        this.rules = List.copyOf(rules);
        this.reader = reader;
        this.keepText = keepText;
        this.progress = progress;
        this.toolVersion = toolVersion;
        this.cacheLog = cacheLog;
    }

    /**
     * A validator that tells {@code log} about the cache (ignored or unwritable cache files). These are
     * not notices of the result: the report must not depend on whether a cache was used.
     */
    public Validator withCacheLog(java.util.function.Consumer<String> log) {
        return new Validator(rules, reader, keepText, progress, toolVersion, log);
    }

    /** Test seam: the tool version that keys the cache (normally {@link PageCache#toolIdentity()}). */
    Validator withToolVersion(String version) {
        return new Validator(rules, reader, keepText, progress, version, cacheLog);
    }

    /** A validator whose result pages keep their source and body text. */
    public Validator keepingPageText() {
        return new Validator(rules, reader, true, progress, toolVersion, cacheLog);
    }

    /** The same validator, telling {@code observer} the bytes of every file it reads. */
    Validator observingReads(java.util.function.BiConsumer<SourceEntry, byte[]> observer) {
        SourceReader inner = reader;
        return new Validator(rules, entry -> {
            byte[] bytes = inner.read(entry);
            observer.accept(entry, bytes);
            return bytes;
        }, keepText, progress, toolVersion, cacheLog);
    }

    /** A validator that tells {@code listener} how far it got (see {@link Progress#throttled}). */
    public Validator withProgress(Progress listener) {
        return new Validator(rules, reader, keepText, listener, toolVersion, cacheLog);
    }

    public ValidationResult validate(ValidationRequest request) throws IOException {
        long start = System.nanoTime();
        SiteConfigs.Loaded loaded = SiteConfigs.load(request.contentDirectory(), request.baseUrl());
        return validate(request, loaded, new ContentScanner(request.contentDirectory(), loaded.config()).scan(), start);
    }

    /** A run over a configuration and file scan the caller already made (see {@link IncrementalValidator}). */
    ValidationResult validate(ValidationRequest request, SiteConfigs.Loaded loaded, ContentScanner.Result scan,
            long start) throws IOException {
        Path root = request.contentDirectory();
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        SiteConfig config = loaded.config();
        if (loaded.problem() != null) {
            findings.add(loaded.problem());
        }
        PageParser parser = new PageParser(config);
        List<SourceEntry> markdown = new ArrayList<>();
        for (SourceEntry e : scan.entries()) {
            if (e.markdown()) {
                markdown.add(e);
            }
        }
        List<String> notices = Collections.synchronizedList(new ArrayList<>(scan.skippedNotices()));
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());
        // files whose text holds Liquid: rendered once every page's front matter is known (issue 14)
        Map<SourceEntry, byte[]> liquid = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger parsed = new AtomicInteger();
        // A validator that keeps texts must parse: a cached summary has none.
        PageCache cache = request.cacheDirectory() == null || keepText ? null
                : PageCache.open(request.cacheDirectory(), toolVersion, config, cacheLog);
        markdown.parallelStream().forEach(e -> {
            try {
                byte[] bytes;
                try {
                    bytes = reader.read(e);
                } catch (IOException ex) {
                    notices.add(e.path() + ": skipped, " + ReadFailures.describe(ex));
                    return;
                }
                if (io.github.faqkit.core.liquid.LiquidText.hasLiquid(bytes)) {
                    liquid.put(e, bytes);
                }
                String key = cache == null ? null : cache.keyOf(e, bytes);
                Page cached = cache == null ? null : cache.lookup(e, key);
                if (cached != null) {
                    pages.add(cached);
                    return;
                }
                Page page = parser.parse(e, bytes);
                Page kept = keepText ? page : page.withoutText();
                pages.add(kept);
                if (cache != null) {
                    cache.store(key, kept);
                }
            } catch (RuntimeException | StackOverflowError ex) {
                notices.add(e.path() + ": skipped, it could not be parsed (internal error: "
                        + ReadFailures.oneLine(String.valueOf(ex)) + "); please report this as a bug");
            } finally {
                progress.report(Progress.Phase.PARSING, parsed.incrementAndGet(), markdown.size(), 0);
            }
        });
        if (cache != null) {
            cache.save();
            cacheLog.accept("faq cache: reused the parsed summaries of " + cache.hits() + " of " + markdown.size()
                    + " pages (" + request.cacheDirectory() + ")");
        }
        List<Page> sorted = new ArrayList<>(pages);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        io.github.faqkit.core.liquid.LiquidPages.Result rendered = io.github.faqkit.core.liquid.LiquidPages.render(
                root, config, sorted, liquid, parser, keepText, notices);
        sorted = rendered.pages();
        AssetReferences assets;
        try {
            assets = AssetReferences.scan(root, scan.entries());
        } catch (IOException | RuntimeException e) {
            notices.add("layouts, includes and styles could not be read for image references (" + e + ")");
            assets = AssetReferences.empty();
        }
        Site site = new Site(root, config, sorted, scan.entries(), request.themeVersion(), assets);
        site.derived(io.github.faqkit.core.liquid.TemplateKeys.class, s -> rendered.keys());

        checkAll(site, sorted, request, findings);
        List<Finding> result = new ArrayList<>();
        Filter filter = new Filter(request.includes(), request.excludes());
        List<Finding> unsuppressed = new SuppressionFilter(byId(rules), request.severities())
                .apply(site, new ArrayList<>(findings));
        for (Finding f : unsuppressed) {
            if (filter.accepts(f.file())) {
                result.add(f);
            }
        }
        Collections.sort(result);
        List<String> sortedNotices = new ArrayList<>(notices);
        Collections.sort(sortedNotices);
        return new ValidationResult(site, List.copyOf(result), List.copyOf(sortedNotices),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Every page check of every rule in one parallel pass over the pages (a page's model is visited
     * while it is in cache, and there is one pass to schedule instead of one per rule), then the site
     * checks rule by rule. Findings are sorted afterwards, so the result does not depend on the order.
     */
    private void checkAll(Site site, List<Page> pages, ValidationRequest request,
            ConcurrentLinkedQueue<Finding> findings) {
        // reporters.get(i): where rule i reports, null when it is switched off
        List<Reporter> reporters = new ArrayList<>();
        for (Rule rule : rules) {
            Severity severity = request.severities().getOrDefault(rule.id(), rule.defaultSeverity());
            reporters.add(severity == Severity.OFF ? null : reporter(rule, severity, request, findings));
        }
        // The count moves with the site checks: the page checks of all rules run together, first.
        progress.report(Progress.Phase.CHECKING, 0, rules.size(), 0);
        pages.parallelStream().forEach(p -> {
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                Reporter out = reporters.get(i);
                if (out != null) {
                    runSafely(rule, p.path(), out, () -> rule.checkPage(p, site, out));
                }
            }
        });
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                progress.report(Progress.Phase.CHECKING, i, rules.size(), 0);
            }
            Rule rule = rules.get(i);
            Reporter out = reporters.get(i);
            if (out != null) {
                runSafely(rule, "", out, () -> rule.checkSite(site, out));
            }
        }
    }

    private static Map<String, Rule> byId(List<Rule> rules) {
        Map<String, Rule> m = new HashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        return m;
    }

    private static void runSafely(Rule rule, String file, Reporter out, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            out.report(file, 0, 0, "this file could not be checked by " + rule.id() + " (internal error: "
                    + e + ")", "please report this as a bug of faq-maven-plugin with the file attached");
        }
    }

    private static Reporter reporter(Rule rule, Severity severity, ValidationRequest request,
            ConcurrentLinkedQueue<Finding> sink) {
        return new Reporter() {
            @Override
            public void report(String file, int line, int column, String message, String hint) {
                sink.add(new Finding(rule.id(), rule.name(), severity, file, Math.max(0, line),
                        line <= 0 ? 0 : Math.max(1, column), message, hint));
            }

            @Override
            public RuleOptions options() {
                return request.options();
            }
        };
    }

    /** Include/exclude globs over content-relative paths. */
    private static final class Filter {
        private final List<PathMatcher> includes = new ArrayList<>();
        private final List<PathMatcher> excludes = new ArrayList<>();

        Filter(List<String> inc, List<String> exc) {
            inc.forEach(g -> includes.add(FileSystems.getDefault().getPathMatcher("glob:" + g)));
            exc.forEach(g -> excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g)));
        }

        boolean accepts(String file) {
            if (file.isEmpty()) {
                return true;
            }
            Path p = Path.of(file);
            for (PathMatcher m : excludes) {
                if (m.matches(p)) {
                    return false;
                }
            }
            if (includes.isEmpty()) {
                return true;
            }
            for (PathMatcher m : includes) {
                if (m.matches(p)) {
                    return true;
                }
            }
            return false;
        }
    }
}
