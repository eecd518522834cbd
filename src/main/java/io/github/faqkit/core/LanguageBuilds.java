package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The languages jekyll-polyglot builds a page in. Polyglot runs the whole build once per language of
 * {@code languages} (the {@code default_lang} into the site root, every other one into {@code /<lang>/}); in the
 * build of a language each page and each collection's document is replaced by its translation, matched by
 * {@code page_id} or by the URL without a language part ({@code /faq.fr/} → {@code /faq/}): a page of that language
 * wins, else the default language's page stands in (a fallback), and {@code lang-exclusive} keeps a page out of
 * the other languages' builds. A page's language is its {@code lang}, else (with {@code lang_from_path}) a language
 * named by a part of its path between {@code /} and {@code .}, else {@code default_lang}; a page whose {@code lang}
 * is none of the site's languages is skipped in every build. Read from polyglot's {@code coordinate_documents}.
 *
 * <p>Two pages meet (as siblings, parent and child, or at one URL) only when some build holds both: the English
 * and French pages at {@code /faq/} never do. Without polyglot, or with fewer than two languages, there is one build
 * and every two pages share it.
 */
public final class LanguageBuilds {
    /** The plugin's gem and {@code plugins:} name. */
    public static final String POLYGLOT = "jekyll-polyglot";

    private static final LanguageBuilds ONE_BUILD = new LanguageBuilds(Map.of(), Map.of(), List.of());

    private final Map<Page, Set<String>> builds;
    private final Map<Page, String> languages;
    /** The languages built under {@code /<lang>/}: all but the default. */
    private final List<String> prefixed;

    private LanguageBuilds(Map<Page, Set<String>> builds, Map<Page, String> languages, List<String> prefixed) {
        this.builds = builds;
        this.languages = languages;
        this.prefixed = List.copyOf(prefixed);
    }

    /**
     * The site path without a leading {@code /<lang>/} of a language built under it ({@code /fr/faq/} →
     * {@code /faq/}), or null when it has none.
     */
    public String withoutLanguage(String sitePath) {
        for (String l : prefixed) {
            if (sitePath.startsWith("/" + l + "/")) {
                return sitePath.substring(l.length() + 1);
            }
        }
        return null;
    }

    /** The builds of {@code pages} when {@code polyglot} runs with the languages of {@code config}. */
    public static LanguageBuilds of(List<Page> pages, JsonNode config, boolean polyglot) {
        if (!polyglot) {
            return ONE_BUILD;
        }
        String dflt = config.path("default_lang").isValueNode()
                ? config.path("default_lang").asText()
                : "en";
        List<String> langs = new ArrayList<>();
        langs.add(dflt);
        JsonNode list = config.path("languages");
        if (list.isArray()) {
            for (JsonNode l : list) {
                if (l.isValueNode() && !langs.contains(l.asText())) {
                    langs.add(l.asText());
                }
            }
        }
        if (langs.size() < 2) {
            return ONE_BUILD;
        }
        boolean fromPath = config.path("lang_from_path").asBoolean(false);
        Pattern langPart = langPart(langs);
        Map<Page, String> langOf = new IdentityHashMap<>();
        Map<Page, String> keyOf = new IdentityHashMap<>();
        for (Page p : pages) {
            String lang = language(p, langs, dflt, fromPath);
            if (lang != null) {
                langOf.put(p, lang);
                String id = p.scalar("page_id");
                // pages and each collection are coordinated apart: a key never pairs a page with a document
                keyOf.put(
                        p,
                        p.entry().collection() + "\u0000"
                                + (id != null ? id : langPart.matcher(p.url()).replaceAll("/")));
            }
        }
        Map<Page, Set<String>> builds = new IdentityHashMap<>();
        for (Page p : pages) {
            builds.put(p, new TreeSet<>());
        }
        for (String active : langs) {
            for (Page p : chosen(pages, active, dflt, langOf, keyOf)) {
                builds.get(p).add(active);
            }
        }
        Map<Page, Set<String>> frozen = new IdentityHashMap<>();
        builds.forEach((p, s) -> frozen.put(p, Collections.unmodifiableSet(s)));
        return new LanguageBuilds(frozen, langOf, langs.subList(1, langs.size()));
    }

    /** Polyglot's choice for the build of {@code active}: its loop over the documents, in reading order. */
    private static List<Page> chosen(
            List<Page> pages, String active, String dflt, Map<Page, String> langOf, Map<Page, String> keyOf) {
        Map<String, Page> approved = new HashMap<>();
        Map<String, String> fileLangs = new HashMap<>();
        for (Page p : pages) {
            String lang = langOf.get(p);
            if (lang == null) {
                continue; // a lang none of the languages: polyglot skips it in every build
            }
            String key = keyOf.get(p);
            String had = fileLangs.get(key);
            if (active.equals(had) || (dflt.equals(had) && !lang.equals(active))) {
                continue;
            }
            List<String> exclusive = exclusive(p);
            if (!exclusive.isEmpty() && !exclusive.contains(active)) {
                continue;
            }
            approved.put(key, p);
            fileLangs.put(key, lang);
        }
        return new ArrayList<>(approved.values());
    }

    private static List<String> exclusive(Page p) {
        JsonNode n = p.data().get("lang-exclusive");
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (n != null && n.isValueNode() && !n.isNull()) {
            out.add(n.asText()); // Ruby's include? on a string: a substring test, which a language code passes
        }
        return out;
    }

    /** The page's language as polyglot reads it, or null when its {@code lang} is none of the site's. */
    private static String language(Page p, List<String> langs, String dflt, boolean fromPath) {
        String explicit = p.scalar("lang");
        if (explicit == null && fromPath) {
            for (String part : p.path().split("[./]")) {
                for (String l : langs) {
                    if (l.equalsIgnoreCase(part)) {
                        explicit = l;
                        break;
                    }
                }
                if (explicit != null) {
                    break;
                }
            }
        }
        if (explicit == null) {
            return dflt;
        }
        for (String l : langs) {
            if (l.toLowerCase(Locale.ROOT).equals(explicit.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }

    /** Polyglot's {@code document_url_regex}: a language between {@code /} or {@code .} on both sides. */
    private static Pattern langPart(List<String> langs) {
        List<String> parts = new ArrayList<>();
        for (String l : langs.subList(1, langs.size())) {
            parts.add("[/.]" + Pattern.quote(l) + "[/.]");
        }
        return Pattern.compile(String.join("|", parts));
    }

    /** Whether polyglot splits the site into several language builds. */
    public boolean split() {
        return !builds.isEmpty();
    }

    /** Whether some build holds both pages (always, without polyglot). */
    public boolean share(Page a, Page b) {
        Set<String> x = builds.get(a);
        Set<String> y = builds.get(b);
        if (x == null || y == null) {
            return true; // a page polyglot was not told about (not written): not judged here
        }
        return !Collections.disjoint(x, y);
    }

    /** Whether both pages are in the same language (always, without polyglot). */
    public boolean sameLanguage(Page a, Page b) {
        if (builds.isEmpty()) {
            return true;
        }
        return Objects.equals(languages.get(a), languages.get(b));
    }

    /**
     * The builds (languages) that hold the page; one unnamed build without polyglot. A page none holds is
     * in no build.
     */
    public Set<String> buildsOf(Page p) {
        if (builds.isEmpty()) {
            return Set.of("");
        }
        Set<String> s = builds.get(p);
        return s == null ? Set.of("") : s;
    }

    /** Every build of the site, the default language first. */
    public Set<String> all() {
        if (builds.isEmpty()) {
            return Set.of("");
        }
        Set<String> out = new LinkedHashSet<>();
        builds.values().forEach(out::addAll);
        return out;
    }
}
