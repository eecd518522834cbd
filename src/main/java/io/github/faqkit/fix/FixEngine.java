package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteLoader;
import io.github.faqkit.core.SourceText;
import io.github.faqkit.rules.FindingsFilter;
import io.github.faqkit.rules.Progress;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.RuleRunner;
import io.github.faqkit.rules.ValidationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates a site, hands every finding of a fixable rule to its fixer and combines the proposed edits
 * per file. Edits of different findings that touch the same text are not combined: the first wins and
 * the other waits for the next run. Nothing is written until {@link FixPlan#apply()}.
 */
public final class FixEngine {
    private final Map<String, Fixer> fixers = new LinkedHashMap<>();

    public FixEngine() {
        this(defaultFixers());
    }

    public FixEngine(List<Fixer> fixers) {
        for (Fixer f : fixers) {
            this.fixers.put(f.ruleId(), f);
        }
    }

    /** One fixer per rule that has an exact repair. */
    public static List<Fixer> defaultFixers() {
        return List.of(new UnknownKeyFixer(), new NavOrderQuotedFixer(), new HeadingSpaceFixer(),
                new ImageCaseFixer(), new DetachedIalFixer(), new TocMarkerFixer());
    }

    /** Ids of the rules this engine repairs. */
    public List<String> fixableRules() {
        return List.copyOf(fixers.keySet());
    }

    /**
     * Loads the site keeping the page texts (the fixers edit them), validates it with the request's
     * settings and plans the repairs.
     */
    public FixPlan plan(ValidationRequest request) throws IOException {
        Site site = new SiteLoader().keepingPageText()
                .load(request.contentDirectory(), request.baseUrl(), request.themeVersion()).site();
        List<Rule> rules = RuleCatalog.all();
        List<Finding> raw = new RuleRunner(rules, Progress.NONE).run(site, request.severities(), request.options());
        List<Finding> findings = new FindingsFilter(rules, request.severities(), request.includes(),
                request.excludes()).apply(site, raw);
        return plan(site, findings, request.options());
    }

    /** Plans the repairs of {@code findings}, which must come from validating {@code site}. */
    public FixPlan plan(Site site, List<Finding> findings, RuleOptions options) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        List<Finding> notFixable = new ArrayList<>();
        for (Finding f : findings) {
            if (fixers.containsKey(f.ruleId())) {
                byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            } else {
                notFixable.add(f);
            }
        }
        List<FileFix> files = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            files.add(planFile(site, e.getKey(), e.getValue(), options));
        }
        return new FixPlan(files, notFixable);
    }

    private FileFix planFile(Site site, String path, List<Finding> findings, RuleOptions options) throws IOException {
        Path file = site.contentDirectory().resolve(path);
        Page page = pageAt(site, path);
        List<FileFix.Applied> applied = new ArrayList<>();
        List<FileFix.Skipped> skipped = new ArrayList<>();
        if (page == null || !Files.isRegularFile(file)) {
            findings.forEach(f -> skipped.add(new FileFix.Skipped(f, "not a Markdown page of the site")));
            return new FileFix(path, file, new byte[0], new byte[0], applied, skipped);
        }
        byte[] before = Files.readAllBytes(file);
        SourceText source = SourceText.decode(before);
        String unsafe = source.utf16Bom() || source.hasInvalidBytes() ? "the file is not valid UTF-8; fix it by hand"
                : Page.digestOf(before) != page.digest() ? "the file changed since it was validated; run again"
                : null;
        if (unsafe != null) {
            findings.forEach(f -> skipped.add(new FileFix.Skipped(f, unsafe)));
            return new FileFix(path, file, before, before, applied, skipped);
        }
        if (!page.hasText()) {
            findings.forEach(f -> skipped.add(new FileFix.Skipped(f,
                    "internal error: the site was loaded without page texts; please report it")));
            return new FileFix(path, file, before, before, applied, skipped);
        }
        FixContext ctx = new FixContext(page, new PageText(source.text()), site, options);
        List<Edit> accepted = new ArrayList<>();
        List<List<Edit>> acceptedFixes = new ArrayList<>();
        for (Finding f : findings) {
            Proposal p = propose(f, ctx);
            if (!p.fixes()) {
                skipped.add(new FileFix.Skipped(f, p.reason()));
            } else if (acceptedFixes.contains(p.edits())) {
                // Two findings about the same defect (e.g. both lines of one TOC marker): one repair.
                applied.add(new FileFix.Applied(f, p.description()));
            } else if (p.edits().stream().anyMatch(x -> accepted.stream().anyMatch(x::overlaps))) {
                skipped.add(new FileFix.Skipped(f, "it touches the same text as another fix; run faq:fix again"));
            } else {
                accepted.addAll(p.edits());
                acceptedFixes.add(p.edits());
                applied.add(new FileFix.Applied(f, p.description()));
            }
        }
        accepted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        byte[] after = accepted.isEmpty() ? before
                : ByteEdits.apply(before, source.utf8Bom() ? 3 : 0, source.text(), accepted);
        return new FileFix(path, file, before, after, applied, skipped);
    }

    private Proposal propose(Finding f, FixContext ctx) {
        if (f.line() <= 0) {
            return Proposal.none("the finding is about the whole file");
        }
        try {
            return fixers.get(f.ruleId()).propose(f, ctx);
        } catch (RuntimeException e) {
            // A fixer bug must never damage a file: leave this occurrence alone and say so.
            return Proposal.none("internal error in the fixer (" + e + "); please report it");
        }
    }

    private static Page pageAt(Site site, String path) {
        for (Page p : site.markdownFiles()) {
            if (p.path().equals(path)) {
                return p;
            }
        }
        return null;
    }
}
