package io.github.faqkit.rules.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's own {@code {::options … /}} line overrides {@code _config.yml} for that page (kramdown applies it
 * to the whole document): the rules must judge the page with the options kramdown really used.
 */
class PageOptionsTest {
    @TempDir
    Path dir;

    private ValidationResult run(String config, String body) {
        SiteFixture site = SiteFixture.in(dir.resolve("site" + System.nanoTime()));
        if (config != null) {
            site.file("_config.yml", config);
        }
        return site.page("p.md", "title: Page", body).validate(KramdownRules.all(), r -> r);
    }

    @Test
    void autoIdsOffOnThePageMeansNoHeadingIdToMiss() {
        ValidationResult r =
                run(null, "{::options auto_ids=\"false\" /}\n\n## Question\n\n## Other question\n\n## !!!\n");
        assertThat(SiteFixture.of(r, "HDR001"))
                .as(SiteFixture.where(r).toString())
                .isEmpty();
    }

    @Test
    void autoIdsOnThePageOverridesTheSiteSetting() {
        ValidationResult r =
                run("kramdown:\n  auto_ids: false\n", "{::options auto_ids=\"true\" /}\n\n## Question\n\n## !!!\n");
        List<Finding> f = SiteFixture.of(r, "HDR001");
        assertThat(f).extracting(Finding::line).containsExactly(8);
    }

    @Test
    void autoIdsOffInTheSiteStaysSilent() {
        ValidationResult r = run("kramdown:\n  auto_ids: false\n", "## Question\n\n## !!!\n");
        assertThat(SiteFixture.of(r, "HDR001")).isEmpty();
    }
}
