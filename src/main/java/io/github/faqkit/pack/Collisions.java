package io.github.faqkit.pack;

import io.github.faqkit.core.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds what would clash once several artifacts and the site's own pages share one Jekyll site:
 * the same file path, the same URL (Jekyll silently keeps one page), and a {@code parent} title that
 * several origins carry (the theme then nests the page under whichever it meets first).
 */
public final class Collisions {

    /** A file as it would sit in the merged site; {@code url}/{@code title}/{@code parent} are null for assets. */
    public record Placed(String origin, String path, String url, String title, String parent) {}

    private Collisions() {}

    public static List<String> find(List<Placed> incoming, List<Placed> site) {
        List<Placed> all = new ArrayList<>(site);
        all.addAll(incoming);
        List<String> problems = new ArrayList<>();
        Map<String, List<Placed>> byPath = group(all, p -> p.path());
        byPath.forEach((path, list) -> {
            if (origins(list).size() > 1) {
                problems.add("'" + path + "' is provided by " + names(list));
            }
        });
        Map<String, List<Placed>> byUrl = group(all, p -> p.url() == null ? null : Urls.folded(p.url()));
        byUrl.forEach((url, list) -> {
            if (origins(list).size() > 1) {
                problems.add("URL " + list.get(0).url() + " is claimed by " + describe(list)
                        + "; Jekyll would publish only one of them");
            }
        });
        Map<String, List<Placed>> byTitle = group(all, Placed::title);
        Set<String> reported = new LinkedHashSet<>();
        for (Placed p : all) {
            if (p.parent() == null) {
                continue;
            }
            List<Placed> parents = byTitle.get(p.parent());
            if (parents != null && origins(parents).size() > 1 && reported.add(p.parent())) {
                problems.add("parent title '" + p.parent() + "' (used by " + p.path() + " from " + p.origin()
                        + ") becomes ambiguous: " + describe(parents) + " carry that title, so just-the-docs"
                        + " may nest the page under the wrong one");
            }
        }
        return problems;
    }

    private interface Key {
        String of(Placed p);
    }

    private static Map<String, List<Placed>> group(List<Placed> all, Key key) {
        Map<String, List<Placed>> out = new TreeMap<>();
        for (Placed p : all) {
            String k = key.of(p);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    private static Set<String> origins(List<Placed> list) {
        Set<String> out = new LinkedHashSet<>();
        for (Placed p : list) {
            out.add(p.origin());
        }
        return out;
    }

    private static String names(List<Placed> list) {
        return String.join(" and ", origins(list));
    }

    private static String describe(List<Placed> list) {
        Map<String, List<String>> byOrigin = new LinkedHashMap<>();
        for (Placed p : list) {
            byOrigin.computeIfAbsent(p.origin(), k -> new ArrayList<>()).add(p.path());
        }
        List<String> parts = new ArrayList<>();
        byOrigin.forEach((o, paths) -> parts.add(String.join(", ", paths) + " (" + o + ")"));
        return String.join(" and ", parts);
    }
}
