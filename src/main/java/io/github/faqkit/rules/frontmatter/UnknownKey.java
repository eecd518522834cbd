package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.Suggestions;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** FM007: a key nothing reads is usually a typo of one that matters ({@code nav-order}, {@code parnet}). */
public final class UnknownKey extends Rule {
    public UnknownKey() {
        super("FM007", "unknown-key", Severity.WARNING, "A front matter key that neither just-the-docs, Jekyll, "
                + "_config.yml defaults nor the allow-list knows; suggests the nearest known key.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Set<String> known = null;
        for (FrontMatter.Entry e : page.frontMatter().entries().values()) {
            if (KnownKeys.JUST_THE_DOCS.contains(e.key()) || KnownKeys.JEKYLL.contains(e.key())) {
                continue;
            }
            if (known == null) {
                known = new TreeSet<>(known(site.config(), out));
                // keys the site's own layouts, includes and Liquid pages read
                known.addAll(site.derived(io.github.faqkit.core.liquid.TemplateKeys.class,
                        s -> io.github.faqkit.core.liquid.TemplateKeys.NONE).keys());
            }
            if (known.contains(e.key())) {
                continue;
            }
            String near = Suggestions.nearest(e.key(), known);
            String message = "'" + e.key() + "' is not a key that Jekyll or just-the-docs reads, so it has no effect";
            if (near != null) {
                out.report(page, e.keyLine(), e.keyColumn(), message + "; did you mean '" + near + "'?",
                        "rename it to '" + near + "'");
            } else {
                out.report(page, e.keyLine(), e.keyColumn(), message,
                        "remove it, or list it in <allowedKeys> if your own layouts read it");
            }
        }
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
