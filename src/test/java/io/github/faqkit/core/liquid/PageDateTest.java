package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.FrontMatterParser;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.TestConfigs;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** {@code page.date} as Jekyll shows it in Liquid (liquid-golden post-dates, with golden-pages.txt). */
class PageDateTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-01-01T00:00:00Z");

    private static SiteConfig config() throws Exception {
        return TestConfigs.of(new ObjectMapper(new YAMLFactory()).readTree("timezone: America/New_York\n"));
    }

    private static ZonedDateTime date(String path, String collection, String frontMatter, SiteConfig config) {
        FrontMatter fm =
                FrontMatterParser.split("---\n" + frontMatter + "---\n", false).frontMatter();
        SourceEntry entry = new SourceEntry(
                path, Path.of(path), true, collection, collection == null ? null : path.substring(7), true);
        return SiteDrop.pageDate(entry, fm, fm.toObjectNode(), config, NOW);
    }

    @Test
    void aPostWithoutDateHasItsFileNamesInTheSitesZone() throws Exception {
        assertThat(date("_posts/2023-09-30-a.md", "posts", "title: A\n", config()))
                .hasToString("2023-09-30T00:00-04:00[America/New_York]");
        assertThat(date("_posts/2023-09-30-b.md", "posts", "date: 2023-09-30 23:30:00 -0500\n", config())
                        .toOffsetDateTime())
                .hasToString("2023-10-01T00:30-04:00");
    }

    @Test
    void aPagesUnquotedTimestampIsATimeAndOtherDatesStayAsWritten() throws Exception {
        SiteConfig config = config();
        assertThat(date("stamp.md", null, "date: 2023-05-06 10:20:30\n", config).toOffsetDateTime())
                .hasToString("2023-05-06T06:20:30-04:00");
        // GitHub Pages' Jekyll 3 prints it in UTC
        assertThat(date("stamp.md", null, "date: 2023-05-06 10:20:30\n", config.withJekyllMajor(3))
                        .toOffsetDateTime())
                .hasToString("2023-05-06T10:20:30Z");
        // near misses: a plain date, a quoted timestamp, no date
        assertThat(date("index.md", null, "date: 2023-05-06\n", config)).isNull();
        assertThat(date("index.md", null, "date: \"2023-05-06 10:20:30\"\n", config))
                .isNull();
        assertThat(date("index.md", null, "title: x\n", config)).isNull();
    }
}
