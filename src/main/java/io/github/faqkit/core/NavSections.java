package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sections of just-the-docs' main navigation ({@code components/site_nav.html}, {@code sidebar.html}): the
 * site's pages ({@code site.html_pages}, which holds no collection document), then one section per entry of
 * {@code just_the_docs.collections} in the order {@code _config.yml} lists them, each built from that
 * collection's documents only. A collection entry with {@code nav_exclude: true} is left out as a whole, and a
 * collection that no entry names is in no section. From v0.3.2 to v0.3.x the collections replace the site's
 * pages instead of following them.
 */
public final class NavSections {
    /** v0.3.2: the first version that reads {@code just_the_docs.collections}. */
    static final ThemeVersion COLLECTIONS = new ThemeVersion(0, 3, 2);
    /** v0.4.0: the site's pages are listed before the collections, not replaced by them. */
    static final ThemeVersion PAGES_AND_COLLECTIONS = new ThemeVersion(0, 4, 0);

    /** One {@code just_the_docs.collections} entry. */
    public record Entry(String collection, String name, boolean navExclude) {}

    private final List<Entry> entries;

    private NavSections(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The entries of {@code just_the_docs.collections} in {@code config} (none when absent or not a mapping). */
    public static NavSections of(JsonNode config) {
        JsonNode map = config.path("just_the_docs").path("collections");
        List<Entry> out = new ArrayList<>();
        if (map.isObject()) {
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                JsonNode v = e.getValue();
                // site_nav.html tests `collection_value.nav_exclude != true`: only the boolean true leaves it out
                JsonNode ex = v.path("nav_exclude");
                out.add(new Entry(e.getKey(), v.path("name").asText(e.getKey()), ex.isBoolean() && ex.asBoolean()));
            }
        }
        return new NavSections(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether the theme lists the site's own pages (not collection documents) in the main navigation. */
    boolean showsPages(ThemeVersion version) {
        return entries.isEmpty() || version.before(COLLECTIONS) || !version.before(PAGES_AND_COLLECTIONS);
    }

    /** The entry of {@code collection} that the theme shows, or null when its documents are in no section. */
    Entry shown(String collection, ThemeVersion version) {
        if (version.before(COLLECTIONS)) {
            return null;
        }
        for (Entry e : entries) {
            if (e.collection().equals(collection)) {
                return e.navExclude() ? null : e;
            }
        }
        return null;
    }

    /** Whether the layout's list of children is known: v0.3.x with collections lists the last section's pages. */
    boolean childListsKnown(ThemeVersion version) {
        return entries.isEmpty() || version.before(COLLECTIONS) || !version.before(PAGES_AND_COLLECTIONS);
    }
}
