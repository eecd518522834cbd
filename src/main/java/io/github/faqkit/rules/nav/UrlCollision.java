package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.Urls;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** NAV004: two pages writing the same output file (or paths differing only by case) overwrite each other. */
public final class UrlCollision extends Rule {
    public UrlCollision() {
        super(
                NavRules.NAV004,
                "url-collision",
                Severity.ERROR,
                "Two pages produce the same URL, or URLs that differ only by letter case.");
    }

    /**
     * The first of {@code earlier} that meets {@code p} at one URL: in the same build, or (a second page of the same
     * language and URL, which polyglot drops) in the same language. Without polyglot, the first.
     */
    private static Page earlierMet(List<Page> earlier, Page p, Site site) {
        for (Page q : earlier) {
            if (site.languages().share(p, q) || site.languages().sameLanguage(p, q)) {
                return q;
            }
        }
        return null;
    }

    /** Which of two pages at one output file Jekyll writes last, when that is sure (null otherwise). */
    private static Page lastWritten(Site site, Page p, Page q) {
        io.github.faqkit.core.OverwrittenPages overwritten = io.github.faqkit.core.OverwrittenPages.of(site);
        Page overP = overwritten.overwrittenBy(p);
        Page overQ = overwritten.overwrittenBy(q);
        return overP != null && overP == overQ ? overP : overP == q ? q : overQ == p ? p : null;
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        Map<String, List<Page>> byOutput = new LinkedHashMap<>();
        for (Page p : site.pages()) {
            byOutput.computeIfAbsent(Urls.folded(Urls.outputPath(p.url())), k -> new ArrayList<>())
                    .add(p);
        }
        for (List<Page> group : byOutput.values()) {
            if (group.size() < 2) {
                continue;
            }
            // The page that keeps its natural URL (no own permalink) is the one the others collide with.
            group.sort(Comparator.comparing((Page p) -> p.frontMatter().entry("permalink") != null)
                    .thenComparing(Page::path));
            for (int i = 1; i < group.size(); i++) {
                Page p = group.get(i);
                Page first = earlierMet(group.subList(0, i), p, site);
                if (first == null) {
                    continue; // jekyll-polyglot writes each language's page into its own build (/fr/faq/)
                }
                boolean sameCase = Urls.outputPath(p.url()).equals(Urls.outputPath(first.url()));
                int line = p.frontMatter().entry("permalink") != null ? p.valueLine("permalink") : 1;
                int col = p.frontMatter().entry("permalink") != null ? p.valueColumn("permalink") : 1;
                String baseurl = site.config().baseurl();
                if (sameCase) {
                    Page last = lastWritten(site, p, first);
                    out.report(
                            p,
                            line,
                            col,
                            "this page and " + first.path() + " are both published at " + baseurl + p.url()
                                    + ": Jekyll writes one over the other and only one survives"
                                    + (last == null ? "" : " (" + last.path() + ", written last)"),
                            "give one of them a different permalink (or rename the file)");
                } else {
                    out.report(
                            p,
                            line,
                            col,
                            "this page's URL " + baseurl + p.url() + " differs from "
                                    + first.path() + "'s " + baseurl + first.url() + " only by letter case: on a case-"
                                    + "insensitive disk (macOS, Windows, many CDNs) one file overwrites the other",
                            "make the URLs differ by more than letter case");
                }
            }
        }
    }
}
