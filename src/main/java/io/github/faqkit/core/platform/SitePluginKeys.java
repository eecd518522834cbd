package io.github.faqkit.core.platform;

import io.github.faqkit.core.Site;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter keys that the site's own Ruby plugins ({@code _plugins/*.rb}) read: {@code page['tutorials']},
 * {@code doc.data["lessons"]}, {@code page.data.fetch('key')}. A build that loads that folder (plain Jekyll, a
 * workflow; GitHub Pages' safe mode loads none) gives such a key an effect no layout shows, e.g. neu-se's course
 * site syncs each module's {@code tutorials:} to Canvas. Jekyll's {@code exclude:} does not stop the folder from
 * being loaded. A plugin that takes a page's data whole ({@code page.data.reject { … }}, {@code JSON.generate(doc.data)},
 * {@code doc.data.each}: CreditTools/CreditTools.org writes each card's keys to a JSON file) reads every key.
 */
public final class SitePluginKeys {
    /** A string key looked up by brackets or {@code fetch}/{@code key?}/{@code dig}: the key is group 1. */
    private static final Pattern READ = Pattern.compile(
            "(?:\\[\\s*|\\.(?:fetch|key\\?|has_key\\?|include\\?|dig)\\(\\s*)[\"':]([A-Za-z_][\\w-]*)[\"']?\\s*[],)]");

    /**
     * A page's or document's {@code data} taken whole: {@code .data} not followed by an index, a lookup of a named key
     * or an assignment, and neither {@code site.data} (the data files) nor {@code self.data} (a page the plugin makes).
     */
    private static final Pattern WHOLE = Pattern.compile("(?<!\\bsite|\\bself)\\.data\\b(?!\\s*\\[|\\s*=(?!=)"
            + "|\\s*\\.\\s*(?:(?:fetch|dig|delete|store)\\b|key\\?|has_key\\?|include\\?)|[?!\\w])");

    private final Set<String> keys;
    private final boolean readsAllKeys;

    private SitePluginKeys(Set<String> keys, boolean readsAllKeys) {
        this.keys = keys;
        this.readsAllKeys = readsAllKeys;
    }

    /** Whether a plugin the build loads takes a page's data whole: then any key may have an effect. */
    public boolean readsAllKeys() {
        return readsAllKeys;
    }

    /** The keys the site's plugins read; empty when the build does not load {@code _plugins}. */
    public Set<String> keys() {
        return keys;
    }

    /** The plugins of {@code site}, read once. */
    public static SitePluginKeys of(Site site) {
        return site.derived(SitePluginKeys.class, s -> {
            if (s.platform() == null || s.platform().platform() == Platform.GITHUB_PAGES) {
                return new SitePluginKeys(Set.of(), false); // safe mode: the folder is not loaded
            }
            Set<String> found = keysIn(
                    s.derived(SitePluginSources.class, site2 -> SitePluginSources.read(site2.contentDirectory())));
            boolean all = found.remove(ALL);
            return new SitePluginKeys(found, all);
        });
    }

    /** Stands in {@link #keysIn} for "a plugin takes the data whole" (no key is named with a space). */
    static final String ALL = "* all keys";

    static Set<String> keysIn(SitePluginSources plugins) {
        Set<String> found = new TreeSet<>();
        for (SitePluginSources.Source f : plugins.sources()) {
            if (f.text() == null) {
                continue; // an unread plugin gives no evidence
            }
            Matcher m = READ.matcher(f.text());
            while (m.find()) {
                found.add(m.group(1));
            }
            if (WHOLE.matcher(f.text()).find()) {
                found.add(ALL);
            }
        }
        return found;
    }
}
