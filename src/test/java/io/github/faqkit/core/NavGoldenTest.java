package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.GoldenBuilds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The navigation model agrees with the real theme: each fixture site under {@code nav-golden} was built by
 * {@code scripts/nav-golden/generate.sh} with Jekyll 4.3 and the just-the-docs theme of each version (v0.3.3 to
 * v0.10.1), and {@code nav-<version>.json} records the main navigation as built (section by section) and the
 * list of children each page shows below its content. The model must show the same entries, and NAV005 and
 * NAV006 must fire exactly where one real list shows two pages with the same nav_order or title.
 */
class NavGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/nav-golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An entry of a list as readers see it: title and URL, and what is listed under it. */
    private record Entry(String title, String url, List<Entry> children) {
        @Override
        public String toString() {
            return title + " " + url + (children.isEmpty() ? "" : " " + children);
        }
    }

    static Stream<Arguments> builds() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (GoldenBuilds.Build b : GoldenBuilds.under(FIXTURES, "nav-")) {
            out.add(Arguments.of(
                    b.fixture(), b.file().substring("nav-".length(), b.file().length() - ".json".length())));
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(37);
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on just-the-docs {1}")
    @MethodSource("builds")
    void mainNavigationShowsWhatTheThemeShows(String fixture, String version) throws IOException {
        JsonNode golden = golden(fixture, version);
        Site site = validate(fixture, version).site();
        Map<String, Page> byUrl = byUrl(site);
        List<String> expectedNames = new ArrayList<>();
        List<List<Entry>> expected = new ArrayList<>();
        for (JsonNode s : golden.path("sidebar")) {
            List<Entry> items = entries(s.path("items"));
            if (!items.isEmpty()) {
                expectedNames.add(
                        s.path("section").isNull() ? null : s.path("section").asText());
                expected.add(items);
            }
        }
        if (!layouts(site).shownOnAny(site.pages())) {
            // no page's layout draws the theme's navigation (own-layouts): the build has none either
            assertThat(expected)
                    .as("sections of a site whose layouts draw no theme navigation")
                    .isEmpty();
            return;
        }
        List<String> names = new ArrayList<>();
        List<List<Entry>> actual = new ArrayList<>();
        for (NavTree.Section s : site.nav().sections()) {
            List<Entry> items = sidebar(s.roots());
            if (s.shown() && !items.isEmpty()) {
                names.add(s.name());
                actual.add(items);
            }
        }
        assertThat(actual).as("sections").hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (expectedNames.get(i) != null) {
                assertThat(names.get(i)).isEqualTo(expectedNames.get(i));
            }
            assertSameList("section " + i, actual.get(i), expected.get(i), byUrl);
        }
    }

    @ParameterizedTest(name = "{0} on just-the-docs {1}")
    @MethodSource("builds")
    void listsOfChildrenBelowPagesAreThoseOfTheTheme(String fixture, String version) throws IOException {
        JsonNode golden = golden(fixture, version);
        Site site = validate(fixture, version).site();
        Map<String, Page> byUrl = byUrl(site);
        Map<String, List<Entry>> expected = new TreeMap<>();
        golden.path("tocs").properties().forEach(e -> {
            if (!e.getValue().isEmpty()) {
                expected.put(e.getKey(), entries(e.getValue()));
            }
        });
        Map<String, List<Entry>> actual = new TreeMap<>();
        walk(site.nav().roots(), n -> {
            if (site.nav().listsChildren(n.page())
                    && layouts(site).mayListChildren(n.page())
                    && !n.children().isEmpty()) {
                actual.putIfAbsent(n.page().path(), all(n.children()));
            }
            return null;
        });
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String page : expected.keySet()) {
            assertSameList("children of " + page, actual.get(page), expected.get(page), byUrl);
        }
    }

    @ParameterizedTest(name = "{0} on just-the-docs {1}")
    @MethodSource("builds")
    void tiesAndRepeatedTitlesAreReportedExactlyWhereARealListShowsThem(String fixture, String version)
            throws IOException {
        JsonNode golden = golden(fixture, version);
        ValidationResult result = validate(fixture, version);
        Map<String, Page> byUrl = byUrl(result.site());
        List<List<Entry>> lists = new ArrayList<>();
        for (JsonNode s : golden.path("sidebar")) {
            collectLists(entries(s.path("items")), lists);
        }
        golden.path("tocs").forEach(t -> lists.add(entries(t)));
        check(result, lists, byUrl, "NAV005", p -> {
            JsonNode o = p.data().get("nav_order");
            return o == null || o.isNull() ? null : o.asText();
        });
        check(result, lists, byUrl, "NAV006", Page::title);
    }

    @ParameterizedTest(name = "{0} on just-the-docs {1}")
    @MethodSource("builds")
    void pagesTheMainNavigationLeavesOutAreTheOnesTheNavRulesName(String fixture, String version) throws IOException {
        JsonNode golden = golden(fixture, version);
        ValidationResult result = validate(fixture, version);
        Set<String> shown = new HashSet<>();
        for (JsonNode s : golden.path("sidebar")) {
            collectUrls(s.path("items"), shown);
        }
        Map<String, Set<String>> rules = new HashMap<>();
        for (Finding f : result.findings()) {
            rules.computeIfAbsent(f.file(), k -> new HashSet<>()).add(f.ruleId());
        }
        if (golden.path("sidebar").isEmpty() && golden.path("tocs").isEmpty()) {
            // no page of the build draws the theme's navigation: nothing the rules say about it is seen
            assertThat(result.findings())
                    .as("navigation findings on a site that never draws the theme's navigation")
                    .noneMatch(f -> f.ruleId().startsWith("NAV") && !f.ruleId().equals("NAV004"));
            return;
        }
        for (Page p : result.site().pages()) {
            Set<String> on = rules.getOrDefault(p.path(), Set.of());
            if (on.contains("NAV007")) {
                assertThat(shown)
                        .as("NAV007 on " + p.path() + ", which the theme shows")
                        .doesNotContain(p.url());
            }
            if (p.parent() == null
                    || p.title() == null
                    || shown.contains(p.url())
                    || result.site().nav().excluded(p)) {
                continue;
            }
            if (!result.site().nav().listsNamespace(p.entry().collection())) {
                // a collection just_the_docs.collections does not list is left out as a whole (_notes): no page
                // of it is in the navigation whatever its parent says, so no finding names one
                assertThat(on).as(p.path()).doesNotContain("NAV001");
                continue;
            }
            // left out: the page says why, or its parent is left out too, or says it hides its children
            boolean explained = on.stream()
                    .anyMatch(
                            r -> Set.of("NAV001", "NAV003", "NAV007", "NAV009").contains(r));
            for (Page parent : result.site().pagesTitled(p.parent())) {
                explained |= !shown.contains(parent.url())
                        || rules.getOrDefault(parent.path(), Set.of()).contains("NAV008");
            }
            assertThat(explained)
                    .as(p.path() + " is not in the main navigation of " + version)
                    .isTrue();
        }
    }

    private static void collectUrls(JsonNode items, Set<String> out) {
        for (JsonNode e : items) {
            out.add(e.path("url").asText());
            collectUrls(e.path("children"), out);
        }
    }

    /**
     * Within each real list, the pages sharing a key (nav_order or title) must all be reported but one; no other
     * page may be reported.
     */
    private static void check(
            ValidationResult result,
            List<List<Entry>> lists,
            Map<String, Page> byUrl,
            String rule,
            Function<Page, String> key) {
        Set<String> reported = new HashSet<>();
        for (Finding f : result.findings()) {
            if (f.ruleId().equals(rule)) {
                reported.add(f.file());
            }
        }
        Set<String> tied = new HashSet<>();
        for (List<Entry> list : lists) {
            Map<String, List<String>> byKey = new HashMap<>();
            for (Entry e : list) {
                Page p = byUrl.get(e.url());
                String k = p == null || e.title().equals("∞") ? null : key.apply(p);
                if (k != null) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p.path());
                }
            }
            for (List<String> group : byKey.values()) {
                if (group.size() > 1) {
                    tied.addAll(group);
                    long hits = group.stream().filter(reported::contains).count();
                    assertThat(hits).as(rule + " on the pages " + group).isGreaterThanOrEqualTo(group.size() - 1);
                }
            }
        }
        assertThat(reported)
                .as(rule + " only on pages that a real list shows together")
                .isSubsetOf(tied);
    }

    private static void collectLists(List<Entry> list, List<List<Entry>> out) {
        out.add(list);
        for (Entry e : list) {
            if (!e.children().isEmpty()) {
                collectLists(e.children(), out);
            }
        }
    }

    /**
     * Same entries in the same order, except that pages whose nav_order ties may come in either order (the
     * theme's sort is not stable, the model breaks ties by path).
     */
    private static void assertSameList(String what, List<Entry> actual, List<Entry> expected, Map<String, Page> byUrl) {
        assertThat(actual.stream().map(e -> e.title() + " " + e.url()).sorted())
                .as(what)
                .containsExactlyElementsOf(expected.stream()
                        .map(e -> e.title() + " " + e.url())
                        .sorted()
                        .toList());
        for (int i = 0; i < expected.size(); i++) {
            Entry a = actual.get(i);
            Entry e = expected.get(i);
            if (!a.url().equals(e.url())) {
                assertThat(order(byUrl.get(a.url())))
                        .as(what + ": " + a + " where the theme lists " + e)
                        .isEqualTo(order(byUrl.get(e.url())));
            }
        }
        Map<String, Entry> actualByUrl = new LinkedHashMap<>();
        actual.forEach(a -> actualByUrl.put(a.url(), a));
        for (Entry e : expected) {
            assertSameList(what + " > " + e.title(), actualByUrl.get(e.url()).children(), e.children(), byUrl);
        }
    }

    private static String order(Page p) {
        return p == null ? null : Objects.toString(p.data().get("nav_order"));
    }

    private static List<Entry> sidebar(List<NavTree.Node> nodes) {
        List<Entry> out = new ArrayList<>();
        for (NavTree.Node n : nodes) {
            if (n.inSidebar()) {
                out.add(new Entry(n.loop() ? "∞" : n.page().title(), n.page().url(), sidebar(n.children())));
            }
        }
        return out;
    }

    private static List<Entry> all(List<NavTree.Node> nodes) {
        List<Entry> out = new ArrayList<>();
        for (NavTree.Node n : nodes) {
            out.add(new Entry(n.page().title(), n.page().url(), List.of()));
        }
        return out;
    }

    private static void walk(List<NavTree.Node> nodes, Function<NavTree.Node, Void> visit) {
        for (NavTree.Node n : nodes) {
            visit.apply(n);
            walk(n.children(), visit);
        }
    }

    private static List<Entry> entries(JsonNode list) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : list) {
            out.add(new Entry(
                    e.path("title").asText(),
                    e.path("url").asText(),
                    e.has("children") ? entries(e.path("children")) : List.of()));
        }
        return out;
    }

    private static Map<String, Page> byUrl(Site site) {
        Map<String, Page> out = new HashMap<>();
        for (Page p : site.pages()) {
            out.put(p.url(), p);
        }
        return out;
    }

    private static JsonNode golden(String fixture, String version) throws IOException {
        JsonNode golden = JSON.readTree(
                FIXTURES.resolve(fixture).resolve("nav-" + version + ".json").toFile());
        assertThat(golden.path("version").asText()).isEqualTo(version);
        return golden;
    }

    private static ValidationResult validate(String fixture, String version) throws IOException {
        Path site = FIXTURES.resolve(fixture).resolve("site");
        return new Validator()
                .validate(new ValidationRequest(site, null, null, null, ThemeVersion.parse(version), null, null, false)
                        .withPlatform("jekyll"));
    }

    private static io.github.faqkit.core.platform.NavigationLayouts layouts(Site site) {
        return site.derived(
                io.github.faqkit.core.platform.NavigationLayouts.class,
                s -> io.github.faqkit.core.platform.NavigationLayouts.UNKNOWN);
    }
}
