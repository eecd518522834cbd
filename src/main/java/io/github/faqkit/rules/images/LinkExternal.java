package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.ExternalChecker;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * LNK002: external links and images checked over HTTP. Off by default (it needs the network and is
 * slow); {@code checkExternal} or a severity in {@code <rules>} turns it on. Answers are cached.
 */
public final class LinkExternal extends Rule {
    /**
     * Made on the first check: the rule is off on nearly every run, and an HTTP client loads the JDK's
     * HTTP and TLS classes, which a cold Maven run would otherwise pay for on every build.
     */
    private volatile ExternalChecker checker;

    public LinkExternal() {
        this(null);
    }

    LinkExternal(ExternalChecker checker) { // tests give a checker with short timeouts
        super(
                ImageRules.LNK002,
                "link-external",
                Severity.OFF,
                "An external link or image (http/https) whose server answers with an error or refuses the connection.");
        this.checker = checker;
    }

    private ExternalChecker checker() {
        ExternalChecker c = checker;
        if (c == null) {
            synchronized (this) {
                c = checker;
                if (c == null) {
                    c = ExternalChecker.standard();
                    checker = c;
                }
            }
        }
        return c;
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        TreeSet<String> urls = new TreeSet<>();
        for (Page p : site.pages()) {
            for (Reference r : p.references()) {
                if (checkable(r)) {
                    urls.add(r.path());
                }
            }
        }
        if (urls.isEmpty()) {
            return;
        }
        Map<String, ExternalChecker.Status> answers =
                checker().check(urls, out.options().externalCache());
        for (Page p : site.pages()) {
            for (Reference r : p.references()) {
                ExternalChecker.Status s = checkable(r) ? answers.get(r.path()) : null;
                if (s != null && s.verdict() == ExternalChecker.Verdict.BROKEN) {
                    String what = r.kind() == Reference.Kind.IMAGE ? "image" : "link";
                    out.report(
                            p,
                            r.line(),
                            r.column(),
                            "the external " + what + " " + r.path() + " is broken: " + s.detail()
                                    + ", so readers get an error instead of the " + what,
                            "update or remove the URL (answers are cached for 24 h in target/faq/cache)");
                }
            }
        }
    }

    private static boolean checkable(Reference r) {
        if (r.kind() == Reference.Kind.ANCHOR || r.liquid()) {
            return false;
        }
        String lower = r.path().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
