package io.github.faqkit.rules.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heading ids set by hand ({@code {#id}} on the heading line, {@code {: #id .class}} below it, {@code .no_toc})
 * next to automatic ones: HDR002 fires exactly as often as the real kramdown output (kramdown-golden, input GFM,
 * auto_ids) repeats an id, and HDR003 exactly for the same-page links whose fragment no id of that output matches.
 */
class HeadingIdsGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/kramdown-golden");
    private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([^\"]*)\"");
    private static final Pattern ANY_ID = Pattern.compile(" id=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]*)\"(?! id=\"markdown-toc)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "h01_custom_id_equals_later_auto_id",
                "h02_ial_id_then_same_titles",
                "h03_ial_id_and_no_toc",
                "h04_no_toc_spellings",
                "h05_header_id_and_ial_id",
                "h06_header_id_with_spaces_and_class",
                "h07_custom_ids_repeat",
                "a32_id_ial_on_heading",
                "c17_explicit_id",
                "c04_duplicates_faq",
                "g21_markdown_block_in_raw_html",
                "g22_faq_details_markdown_div"
            })
    void repeatedIdsAndUnmatchedFragmentsAreThoseOfTheRealOutput(String name) throws Exception {
        String body = Files.readString(GOLDEN.resolve("cases/" + name + ".md"));
        String html = Files.readString(GOLDEN.resolve("expected/" + name + ".html"));
        int repeated = 0;
        Set<String> seen = new HashSet<>();
        Matcher h = HEADING_ID.matcher(html);
        while (h.find()) {
            if (!seen.add(h.group(1))) {
                repeated++;
            }
        }
        Set<String> ids = new HashSet<>();
        Matcher a = ANY_ID.matcher(html);
        while (a.find()) {
            ids.add(a.group(1));
        }
        int unmatched = 0;
        Matcher l = LINK.matcher(html);
        while (l.find()) {
            if (!ids.contains(l.group(1))) {
                unmatched++;
            }
        }
        ValidationResult r =
                SiteFixture.in(dir).page("page.md", "title: Page", body).validate();
        List<Finding> dup = SiteFixture.of(r, KramdownRules.HDR002);
        assertThat(dup).as("HDR002 " + r.findings()).hasSize(repeated);
        assertThat(SiteFixture.of(r, "HDR003")).as("HDR003 " + r.findings()).hasSize(unmatched);
    }
}
