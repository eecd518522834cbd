package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.SourceReader;
import io.github.faqkit.core.SourceText;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a site and applies the repairs its findings carry (see {@link io.github.faqkit.core.fix.FixRecipe}),
 * combined per file. The rules decide what to change; this engine only groups the repairs by file, checks that
 * the file is the one validated and that each edit finds the text it expects, keeps edits of different
 * findings apart (the first wins, the other waits for the next run) and writes bytes. Nothing is written
 * until {@link FixPlan#apply()}.
 */
public final class FixEngine {

    /**
     * Validates the site as {@code faq:validate} does with the same request (platform, theme version, rule
     * settings, suppressions, merged findings, includes/excludes) and plans the repairs its findings carry.
     */
    public FixPlan plan(ValidationRequest request) throws IOException {
        ValidationResult result = new Validator().validate(request);
        return plan(result.site(), result.findings());
    }

    /**
     * Validates the site again as {@code plan} would leave it, in memory (changed files are read from the plan,
     * every other file from disk), and sets its findings against those of the plan: what the fixes remove,
     * what they leave and what they bring to light. Nothing is written.
     */
    public Recount recount(ValidationRequest request, FixPlan plan) throws IOException {
        Map<Path, byte[]> changed = new HashMap<>();
        Map<String, LineMap> moved = new HashMap<>();
        for (FileFix f : plan.changedFiles()) {
            changed.put(f.file().toAbsolutePath().normalize(), f.after());
            moved.put(f.path(), LineMap.of(f.before(), f.after()));
        }
        Set<Path> served = ConcurrentHashMap.newKeySet();
        SourceReader fixed = entry -> {
            Path p = entry.file().toAbsolutePath().normalize();
            byte[] b = changed.get(p);
            if (b == null) {
                return Files.readAllBytes(entry.file());
            }
            served.add(p);
            return b.clone();
        };
        ValidationResult after =
                new Validator(RuleCatalog.all(), fixed).keepingPageText().validate(request.withCacheDirectory(null));
        return Recount.of(plan.findings(), after, moved, served.containsAll(changed.keySet()));
    }

    /** Plans the repairs of {@code findings}, which must come from validating {@code site}. */
    public FixPlan plan(Site site, List<Finding> findings) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        List<Finding> notFixable = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix() != null) {
                byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            } else {
                notFixable.add(f);
            }
        }
        List<FileFix> files = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            files.add(planFile(site, e.getKey(), e.getValue()));
        }
        return new FixPlan(files, notFixable);
    }

    private FileFix planFile(Site site, String path, List<Finding> findings) throws IOException {
        Path file = site.contentDirectory().resolve(path);
        long validated = validatedDigest(site, path);
        List<FileFix.Applied> applied = new ArrayList<>();
        List<FileFix.Skipped> skipped = new ArrayList<>();
        if (validated == SiteConfig.NO_FILE || !Files.isRegularFile(file)) {
            findings.forEach(f -> skipped.add(new FileFix.Skipped(f, "not a Markdown page of the site")));
            return new FileFix(path, file, new byte[0], new byte[0], applied, skipped);
        }
        byte[] before = Files.readAllBytes(file);
        SourceText source = SourceText.decode(before);
        String unsafe = source.utf16Bom() || source.hasInvalidBytes()
                ? "the file is not valid UTF-8; fix it by hand"
                : Page.digestOf(before) != validated ? "the file changed since it was validated; run again" : null;
        if (unsafe != null) {
            findings.forEach(f -> skipped.add(new FileFix.Skipped(f, unsafe)));
            return new FileFix(path, file, before, before, applied, skipped);
        }
        // The same bytes the rules saw: every recipe works out its edits against this text.
        PageText text = new PageText(source.text());
        List<TextEdit> accepted = new ArrayList<>();
        List<List<TextEdit>> acceptedFixes = new ArrayList<>();
        for (Finding f : findings) {
            Repair r = repair(f, text);
            if (r instanceof Refusal refusal) {
                skipped.add(new FileFix.Skipped(f, refusal.reason()));
            } else if (r instanceof Fix fix) {
                String unexpected = unexpectedText(fix, text);
                if (unexpected != null) {
                    skipped.add(new FileFix.Skipped(f, unexpected));
                } else if (acceptedFixes.contains(fix.edits())) {
                    // Two findings about the same defect (e.g. both lines of one TOC marker): one repair.
                    applied.add(new FileFix.Applied(f, fix.description()));
                } else if (fix.edits().stream().anyMatch(x -> accepted.stream().anyMatch(y -> overlap(x, y)))) {
                    skipped.add(new FileFix.Skipped(f, "it touches the same text as another fix; run faq:fix again"));
                } else {
                    accepted.addAll(fix.edits());
                    acceptedFixes.add(fix.edits());
                    applied.add(new FileFix.Applied(f, fix.description()));
                }
            }
        }
        accepted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        byte[] after = accepted.isEmpty()
                ? before
                : ByteEdits.apply(before, source.utf8Bom() ? 3 : 0, source.text(), accepted);
        return new FileFix(path, file, before, after, applied, skipped);
    }

    /**
     * The fingerprint of the bytes the rules saw in {@code path}: a page's, or the configuration file's (CFG001 edits
     * it); {@link SiteConfig#NO_FILE} for any other file.
     */
    private static long validatedDigest(Site site, String path) {
        Page page = site.pageByPath(path);
        if (page != null) {
            return page.digest();
        }
        return path.equals(site.config().file()) ? site.config().digest() : SiteConfig.NO_FILE;
    }

    private static Repair repair(Finding f, PageText text) {
        try {
            Repair r = f.fix().against(text);
            return r != null ? r : new Refusal("internal error in the fixer (no repair); please report it");
        } catch (RuntimeException e) {
            // A fix bug must never damage a file: leave this occurrence alone and say so.
            return new Refusal("internal error in the fixer (" + e + "); please report it");
        }
    }

    /** Why the fix cannot apply: an edit outside the text, or over text that is not what the rule expected. */
    private static String unexpectedText(Fix fix, PageText text) {
        for (TextEdit e : fix.edits()) {
            if (e.end() > text.text().length() || !text.text().startsWith(e.expected(), e.start())) {
                return "internal error in the fixer (the text at offset " + e.start() + " is not what it expected);"
                        + " please report it";
            }
        }
        for (int i = 0; i < fix.edits().size(); i++) {
            for (int j = i + 1; j < fix.edits().size(); j++) {
                if (overlap(fix.edits().get(i), fix.edits().get(j))) {
                    return "internal error in the fixer (its edits overlap); please report it";
                }
            }
        }
        return null;
    }

    /** True when both touch the same characters, or insert at the same place (order would be ambiguous). */
    private static boolean overlap(TextEdit a, TextEdit b) {
        if (a.start() == b.start() && (a.start() == a.end() || b.start() == b.end())) {
            return true;
        }
        return a.start() < b.end() && b.start() < a.end();
    }
}
