package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.core.platform.OtherTheme;
import io.github.faqkit.core.platform.UnnamedKeyLayouts;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.Suggestions;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** FM007: a key nothing reads is usually a typo of one that matters ({@code nav-order}, {@code parnet}). */
public final class UnknownKey extends Rule {
    public UnknownKey() {
        super(
                FrontMatterRules.FM007,
                "unknown-key",
                Severity.WARNING,
                "A front matter key that neither just-the-docs, Jekyll, "
                        + "_config.yml defaults nor the allow-list knows; suggests the nearest known key.");
    }

    /**
     * The prefix of the license tags of the REUSE specification ({@code SPDX-License-Identifier},
     * {@code SPDX-FileCopyrightText}, …): license tools read them from the file's text, the site never does, and
     * removing them would break the repository's license compliance.
     */
    private static final String SPDX = "SPDX-";

    /** The page keys jekyll-polyglot reads ({@code page_id}, {@code lang-exclusive}) or sets for layouts. */
    private static final Set<String> POLYGLOT_KEYS =
            Set.of("page_id", "lang-exclusive", "permalink_lang", "rendered_lang");

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.published()) {
            return; // a document of a collection without output: data for templates, not a page of the theme
        }
        Set<String> known = null;
        io.github.faqkit.core.liquid.TemplateKeys templates = site.derived(
                io.github.faqkit.core.liquid.TemplateKeys.class, s -> io.github.faqkit.core.liquid.TemplateKeys.NONE);
        // another theme's layouts (not in the site folder) may read any key: only likely typos are reported
        boolean otherTheme = OtherTheme.of(site.config()) != null;
        UnnamedKeyLayouts layouts = site.derived(UnnamedKeyLayouts.class, s -> null);
        if (templates.readsUnnamedKeys(page.path())
                || layouts != null && layouts.readsUnnamedKeys(page)
                || io.github.faqkit.core.platform.SitePluginKeys.of(site).readsAllKeys()) {
            // its Liquid or layout writes each key ({% for field in page %}), or the site's plugin takes them all
            // (page.data.reject …): any key may change the output
            return;
        }
        for (FrontMatter.Entry e : page.frontMatter().entries().values()) {
            if (KnownKeys.JUST_THE_DOCS.contains(e.key())
                    || KnownKeys.JEKYLL.contains(e.key())
                    || e.key().startsWith(SPDX)) {
                continue;
            }
            if (known == null) {
                known = new TreeSet<>(known(site.config(), out));
                // keys the site's own layouts, includes and Liquid pages read
                known.addAll(templates.keys());
            }
            if (known.contains(e.key()) || templates.mentions(e.key())) {
                continue;
            }
            if (io.github.faqkit.core.platform.PandocBuild.KEYS.contains(e.key())
                    && io.github.faqkit.core.platform.PandocBuild.of(site).runs()) {
                continue; // the repository's pandoc build reads it (a PDF of the same pages): removing it changes that
            }
            if (POLYGLOT_KEYS.contains(e.key())
                    && site.platform() != null
                    && site.platform().runs(io.github.faqkit.core.LanguageBuilds.POLYGLOT)) {
                continue; // jekyll-polyglot pairs translations by page_id and keeps lang-exclusive pages to their
                // builds
            }
            if (io.github.faqkit.core.platform.SitePluginKeys.of(site).keys().contains(e.key())) {
                continue; // the site's own Ruby plugin reads it (page['tutorials']): it has an effect no layout shows
            }
            if (io.github.faqkit.core.platform.WorkflowKeys.of(site).keys().contains(e.key())) {
                continue; // a check the repository's workflow runs looks for it: removing it fails that check
            }
            // a switch is no match for prose: 'comment: "While we use …"' is a note, not a misspelt 'comments: true'
            Set<String> candidates = KnownKeys.fitting(known, e.value());
            String near = Suggestions.nearest(e.key(), candidates);
            if (near == null && otherTheme) {
                continue;
            }
            String message = "'" + e.key() + "' is not a key that Jekyll or just-the-docs reads, so it has no effect";
            FixRecipe fix = rename(page, e, candidates);
            if (near != null) {
                out.report(
                        page,
                        e.keyLine(),
                        e.keyColumn(),
                        message + "; did you mean '" + near + "'?",
                        "rename it to '" + near + "'",
                        fix);
            } else {
                out.report(
                        page,
                        e.keyLine(),
                        e.keyColumn(),
                        message,
                        KnownKeys.isNote(e.key(), e.value())
                                ? "a note for the page's writers can be a YAML comment ('# …' in the front matter), "
                                        + "which Jekyll never reads; otherwise remove it, or list it in <allowedKeys> "
                                        + "if your own layouts read it"
                                : "remove it, or list it in <allowedKeys> if your own layouts read it",
                        fix);
            }
        }
    }

    /** Renames a misspelt key ({@code nav-order:} → {@code nav_order:}) when exactly one known key is nearest. */
    private static FixRecipe rename(Page page, FrontMatter.Entry entry, Set<String> known) {
        return text -> rename(text, page.frontMatter(), entry, known);
    }

    private static Repair rename(PageText text, FrontMatter fm, FrontMatter.Entry entry, Set<String> known) {
        List<String> nearest = Suggestions.nearestAll(entry.key(), known);
        if (nearest.isEmpty()) {
            return new Refusal("no known key is close to '" + entry.key() + "'");
        }
        if (nearest.size() > 1) {
            return new Refusal("'" + entry.key() + "' is equally close to " + String.join(", ", nearest)
                    + "; choose one yourself");
        }
        String target = nearest.get(0);
        if (!Suggestions.oneSlip(entry.key(), target)) {
            return new Refusal("'" + entry.key() + "' differs from '" + target + "' by more than one letter, so it may "
                    + "be a key of its own; rename it yourself if it is a misspelling");
        }
        if (fm.entry(target) != null) {
            return new Refusal("'" + target + "' is already set on this page; renaming would duplicate it");
        }
        for (FrontMatter.Entry other : fm.entries().values()) {
            if (other != entry
                    && !known.contains(other.key())
                    && Suggestions.nearestAll(other.key(), known).equals(nearest)
                    && Suggestions.oneSlip(other.key(), target)) {
                return new Refusal("'" + entry.key() + "' and '" + other.key() + "' would both become '" + target
                        + "'; keep one yourself");
            }
        }
        if (!text.exists(entry.keyLine())) {
            return new Refusal("the key is no longer at this position");
        }
        String line = text.line(entry.keyLine());
        int col = entry.keyColumn() - 1;
        // Only a plain key followed by its colon is renamed; quoted or complex keys are left alone.
        if (col < 0
                || !line.startsWith(entry.key(), col)
                || !line.substring(col + entry.key().length()).stripLeading().startsWith(":")) {
            return new Refusal("the key is written in a form (quoted or complex) that is not renamed automatically");
        }
        int at = text.start(entry.keyLine()) + col;
        return new Fix(
                "renamed '" + entry.key() + "' to '" + target + "'",
                TextEdit.replace(text, at, at + entry.key().length(), target));
    }

    private static Set<String> known(SiteConfig config, Reporter out) {
        return knownKeys(config, out.options());
    }

    /** Every key this rule accepts on the site: theme, Jekyll, allow-list and _config.yml defaults. */
    public static Set<String> knownKeys(SiteConfig config, RuleOptions options) {
        Set<String> keys = new TreeSet<>(KnownKeys.JUST_THE_DOCS);
        keys.addAll(KnownKeys.JEKYLL);
        keys.addAll(options.allowedKeys());
        for (SiteConfig.Default d : config.defaults()) {
            for (Iterator<String> it = d.values().fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
        }
        return keys;
    }
}
