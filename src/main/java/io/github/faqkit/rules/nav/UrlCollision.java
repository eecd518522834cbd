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
            Page first = group.get(0);
            for (Page p : group.subList(1, group.size())) {
                boolean sameCase = Urls.outputPath(p.url()).equals(Urls.outputPath(first.url()));
                int line = p.frontMatter().entry("permalink") != null ? p.valueLine("permalink") : 1;
                int col = p.frontMatter().entry("permalink") != null ? p.valueColumn("permalink") : 1;
                String baseurl = site.config().baseurl();
                if (sameCase) {
                    out.report(
                            p,
                            line,
                            col,
                            "this page and " + first.path() + " are both published at " + baseurl + p.url()
                                    + ": Jekyll writes one over the other and only one survives",
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
