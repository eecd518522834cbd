package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of Jekyll's {@code _config.yml} that decide pages, URLs, kramdown options and defaults. */
public final class SiteConfig {

    /** One entry of {@code defaults:}: a scope and the values it gives. */
    public record Default(String path, String type, ObjectNode values) {}

    private final String baseurl;
    private final String printedBaseurl;
    /** The baseurl given instead of the configured one (faq.baseUrl, a platform's); null when none. */
    private final String baseurlOverride;

    private final String url;
    private final String permalink;
    private final List<String> exclude;
    private final List<String> include;
    private final List<Default> defaults;
    private final Map<String, Boolean> collections;
    private final String collectionsDir;
    private final int[] tocLevels;
    private final String autoIdPrefix;
    private final Publishing publishing;
    /** The {@link #digest()} of a configuration read from no file ({@link Page#digestOf} never gives it). */
    public static final long NO_FILE = -1L;

    private final JsonNode raw;
    private final long digest;
    private final Map<String, Integer> keyLines;
    /** The Ruby that builds the site (its Unicode data makes the heading ids): set by the platform. */
    private final String ruby;
    /**
     * The major version of the Jekyll that builds the site (set by the platform): Jekyll 3, which GitHub Pages
     * runs, returns page URLs from {@code {% link %}} and {@code {% post_url %}} without the baseurl; Jekyll 4
     * puts it in front.
     */
    private final int jekyllMajor;
    /** The name of the configuration file Jekyll reads ({@link SiteConfigs#FILE} when there is none). */
    private final String file;

    /** Debian's Jekyll 4.3.1 runs on Ruby 3.1: the build a site with no other sign is checked against. */
    public static final String DEFAULT_RUBY = "3.1";

    /** Debian's Jekyll is 4.3.1: the build a site with no other sign is checked against. */
    public static final int DEFAULT_JEKYLL_MAJOR = 4;

    SiteConfig(JsonNode raw, String baseurlOverride) {
        this(raw, baseurlOverride, SiteConfigs.FILE, NO_FILE, Map.of());
    }

    /**
     * @param file the name of the configuration file read ({@code _config.yml}, {@code _config.yaml}, …)
     * @param digest {@link Page#digestOf} of the file's bytes ({@link #NO_FILE}: there is none)
     * @param keyLines the 1-based line of each top-level key of the file
     */
    SiteConfig(JsonNode raw, String baseurlOverride, String file, long digest, Map<String, Integer> keyLines) {
        this(raw, baseurlOverride, file, digest, keyLines, DEFAULT_RUBY, DEFAULT_JEKYLL_MAJOR);
    }

    private SiteConfig(
            JsonNode raw,
            String baseurlOverride,
            String file,
            long digest,
            Map<String, Integer> keyLines,
            String ruby,
            int jekyllMajor) {
        this.raw = raw;
        this.baseurlOverride = baseurlOverride;
        this.jekyllMajor = jekyllMajor;
        this.file = file;
        this.digest = digest;
        this.keyLines = Map.copyOf(keyLines);
        this.ruby = ruby;
        String b = baseurlOverride != null ? baseurlOverride : text(raw.get("baseurl"), "");
        this.baseurl = normalizeBaseurl(b);
        // Jekyll prints the configured text as it is (liquid-golden baseurl-kb-*): 'baseurl: "/kb/"' makes
        // '{{ site.baseurl }}/x' the path '/kb//x', 'baseurl: "/"' the network path '//x'
        this.printedBaseurl = b;
        this.url = text(raw.get("url"), "");
        this.permalink = text(raw.get("permalink"), "date");
        this.exclude = listOrCsv(raw.get("exclude"));
        this.include = listOrCsv(raw.get("include"));
        this.defaults = readDefaults(raw.get("defaults"));
        this.collections = readCollections(raw.get("collections"));
        this.collectionsDir = text(raw.get("collections_dir"), "");
        JsonNode kramdown = raw.path("kramdown");
        this.tocLevels = parseTocLevels(kramdown.get("toc_levels"));
        this.autoIdPrefix = text(kramdown.get("auto_id_prefix"), "");
        this.publishing = Publishing.of(raw);
    }

    /** {@code unpublished}, {@code future} and the build's time: what decides, with front matter, what is written. */
    public Publishing publishing() {
        return publishing;
    }

    /** A configuration from an already parsed {@code _config.yml} tree (tests reach it through TestConfigs). */
    static SiteConfig of(JsonNode raw) {
        return new SiteConfig(raw, null);
    }

    /** The same configuration served under {@code baseurl} (a platform's implicit baseurl). */
    public SiteConfig withBaseurl(String baseurl) {
        return new SiteConfig(raw, baseurl, file, digest, keyLines, ruby, jekyllMajor);
    }

    /**
     * The configuration file Jekyll reads: the first of {@code _config.yml}, {@code _config.yaml},
     * {@code _config.toml} in the site source; {@code _config.yml} when there is none (the file to create).
     */
    public String file() {
        return file;
    }

    /**
     * False when the file is one this plugin cannot read ({@code _config.toml}): its settings are unknown, so a
     * rule about a setting must not take the defaults for what the site says.
     */
    public boolean settingsKnown() {
        return !file.endsWith(".toml");
    }

    /** The fingerprint ({@link Page#digestOf}) of the {@code _config.yml} bytes this was read from, or {@link #NO_FILE}. */
    public long digest() {
        return digest;
    }

    /** The 1-based line of the top-level {@code key} in {@code _config.yml}; 0 when it has none. */
    public int keyLine(String key) {
        return keyLines.getOrDefault(key, 0);
    }

    /** The same configuration built by Ruby {@code rubyVersion} (e.g. "3.3"). */
    public SiteConfig withRuby(String rubyVersion) {
        return new SiteConfig(raw, baseurlOverride, file, digest, keyLines, rubyVersion, jekyllMajor);
    }

    /** The same configuration built by Jekyll {@code major} (3 or 4). */
    public SiteConfig withJekyllMajor(int major) {
        return new SiteConfig(raw, baseurlOverride, file, digest, keyLines, ruby, major);
    }

    /** The major version of the Jekyll that builds the site: 3 (GitHub Pages, a Jekyll 3 lock) or 4. */
    public int jekyllMajor() {
        return jekyllMajor;
    }

    /**
     * What {@code {% link %}} and {@code {% post_url %}} put in front of a page URL: the baseurl under Jekyll 4,
     * nothing under Jekyll 3 (whose sites write {@code {{ site.baseurl }}{% link … %}} themselves).
     */
    public String linkTagPrefix() {
        return jekyllMajor >= 4 ? baseurl : "";
    }

    /** The Ruby version ("3.1", "3.3") whose Unicode data kramdown's heading ids are made with. */
    public String ruby() {
        return ruby;
    }

    public static SiteConfig empty() {
        return new SiteConfig(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), null);
    }

    static String normalizeBaseurl(String b) {
        String s = b == null ? "" : b.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isEmpty() && !s.startsWith("/")) {
            s = "/" + s;
        }
        return s;
    }

    /**
     * What {@code {{ site.baseurl }}} prints: the configured text as written ({@code "/kb/"}, {@code "kb"}, {@code "/"}),
     * where {@link #baseurl()} is the path the site is served under; {@code relative_url} still gives {@code /kb/x}
     * (liquid-golden baseurl-slash, baseurl-kb-*).
     */
    public String printedBaseurl() {
        return printedBaseurl;
    }

    /** True when {@code _config.yml} sets {@code baseurl} to only slashes ({@code "/"}), which serves at the root. */
    public boolean slashBaseurl() {
        return baseurl.isEmpty() && printedBaseurl.trim().matches("/+");
    }

    /** {@code baseurl} without a trailing slash; "" for a site at the host root. */
    public String baseurl() {
        return baseurl;
    }

    public String url() {
        return url;
    }

    /** The site permalink style: {@code date} (Jekyll's default), {@code pretty}, {@code none}, … or a template. */
    public String permalink() {
        return permalink;
    }

    public List<String> exclude() {
        return exclude;
    }

    public List<String> include() {
        return include;
    }

    public List<Default> defaults() {
        return defaults;
    }

    /** Collection label → whether Jekyll writes its documents ({@code output: true}). */
    public Map<String, Boolean> collections() {
        return collections;
    }

    public String collectionsDir() {
        return collectionsDir;
    }

    /** kramdown {@code toc_levels} (1..6 unless configured). */
    public int[] tocLevels() {
        return tocLevels.clone();
    }

    public boolean inTocLevels(int level) {
        for (int l : tocLevels) {
            if (l == level) {
                return true;
            }
        }
        return false;
    }

    public String autoIdPrefix() {
        return autoIdPrefix;
    }

    /** The whole configuration, for keys read elsewhere (logo, favicon, just_the_docs …). */
    public JsonNode raw() {
        return raw;
    }

    /**
     * Values the {@code defaults:} entries give a page at {@code path} of the given type, key by key as Jekyll's
     * {@code find} picks them: of the entries that apply and give the key, the one with the longest scope path,
     * at equal length one with a type, else the last.
     */
    public ObjectNode defaultsFor(String path, String type) {
        ObjectNode merged = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Map<String, Default> givenBy = new java.util.HashMap<>();
        for (Default d : defaults) {
            if (!applies(d, path, type)) {
                continue;
            }
            for (Map.Entry<String, JsonNode> e : d.values().properties()) {
                Default old = givenBy.get(e.getKey());
                if (old == null || DefaultScopes.overrides(old.path(), typed(old), d.path(), typed(d))) {
                    merged.set(e.getKey(), e.getValue());
                    givenBy.put(e.getKey(), d);
                }
            }
        }
        return merged;
    }

    private static boolean typed(Default d) {
        return d.type() != null && !d.type().isEmpty();
    }

    /**
     * Which {@code defaults:} entries apply to a page at {@code path} of the given type, by their position: two
     * pages with the same answer get the same {@link #defaultsFor} values, whatever those are.
     */
    public String matchingDefaults(String path, String type) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < defaults.size(); i++) {
            if (applies(defaults.get(i), path, type)) {
                b.append(i).append(' ');
            }
        }
        return b.toString();
    }

    private boolean applies(Default d, String path, String type) {
        return (d.type() == null || d.type().isEmpty() || d.type().equals(type)) && scopeMatches(d.path(), path);
    }

    private boolean scopeMatches(String scope, String path) {
        return DefaultScopes.applies(scope, path, jekyllMajor);
    }

    private static List<Default> readDefaults(JsonNode node) {
        List<Default> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode d : node) {
                JsonNode values = d.get("values");
                if (values instanceof ObjectNode obj) {
                    JsonNode scope = d.path("scope");
                    out.add(new Default(text(scope.get("path"), ""), text(scope.get("type"), ""), obj));
                }
            }
        }
        return out;
    }

    private static Map<String, Boolean> readCollections(JsonNode node) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        out.put("posts", true);
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), e.getValue().path("output").asBoolean(false));
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode n : node) {
                out.put(n.asText(), false);
            }
        }
        return out;
    }

    /** kramdown's toc_levels value: a range {@code 2..4}, a list {@code 2,3} or a YAML array. */
    public static int[] parseTocLevels(JsonNode node) {
        if (node == null || node.isNull()) {
            return new int[] {1, 2, 3, 4, 5, 6};
        }
        List<Integer> levels = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> levels.add(n.asInt()));
        } else {
            String s = node.asText().trim();
            if (s.matches("\\d\\.\\.\\d")) {
                for (int i = s.charAt(0) - '0'; i <= s.charAt(3) - '0'; i++) {
                    levels.add(i);
                }
            } else {
                for (String part : s.split(",")) {
                    String level = part.trim();
                    if (level.length() == 1 && level.charAt(0) >= '0' && level.charAt(0) <= '9') {
                        levels.add(level.charAt(0) - '0');
                    }
                }
            }
        }
        return levels.stream()
                .mapToInt(Integer::intValue)
                .filter(l -> l >= 1 && l <= 6)
                .toArray();
    }

    static String text(JsonNode n, String dflt) {
        return n == null || n.isNull() || n.isContainerNode() ? dflt : n.asText();
    }

    /**
     * {@code include:} or {@code exclude:} as Jekyll 3 reads them: text is a comma-separated list ({@code
     * csv_to_array}); Jekyll 4 refuses text there and stops ({@link SiteConfigs}), so the reading serves Jekyll 3.
     */
    private static List<String> listOrCsv(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return strings(n);
        }
        List<String> out = new ArrayList<>();
        for (String part : n.asText().split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(e -> out.add(e.asText()));
        } else if (n != null && n.isTextual()) {
            out.add(n.asText());
        }
        return out;
    }
}
