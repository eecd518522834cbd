package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The settings and dates Jekyll's publisher reads (the site-level behaviour is PublishingSettingsTest's). */
class PublishingTest {
    private static final ObjectMapper YAML = new YAMLMapper();

    private static Publishing config(String yaml) throws Exception {
        return Publishing.of(YAML.readTree(yaml.isEmpty() ? "{}" : yaml));
    }

    private static SourceEntry doc(String path) {
        return new SourceEntry(path, Path.of(path), true, "guides", path.substring(path.indexOf('/') + 1), true);
    }

    private static FrontMatter fm(String yaml) {
        return FrontMatterParser.parseYaml(yaml, 1, 1 + (int) yaml.lines().count() + 1);
    }

    @Test
    void aDocumentWaitingForItsDateIsNeverCachedButAWrittenOneIs() throws Exception {
        // published once the date has passed, which no cache key sees: its Liquid must then be rendered
        byte[] bytes =
                "---\ntitle: Later\ndate: 2021-01-01\n---\n# Later\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SourceEntry entry = doc("_guides/later.md");
        Page waiting = new PageParser(SiteConfig.of(YAML.readTree("time: 2020-06-01"))).parse(entry, bytes);
        assertThat(waiting.published()).isFalse();
        assertThat(PageSummary.storable(waiting.withoutText())).isFalse();
        Page written = new PageParser(SiteConfig.of(YAML.readTree("time: 2022-06-01"))).parse(entry, bytes);
        assertThat(written.published()).isTrue();
        assertThat(PageSummary.storable(written.withoutText())).isTrue();
        // a restored summary is judged by the settings of the run that reads it
        Page restored = PageSummary.read(
                new com.fasterxml.jackson.dataformat.smile.databind.SmileMapper(),
                PageSummary.write(
                        new com.fasterxml.jackson.dataformat.smile.databind.SmileMapper(), written.withoutText()),
                entry,
                config("time: 2020-06-01"));
        assertThat(restored.published()).isFalse();
    }

    @Test
    void rubyTruthDecidesTheSettings() throws Exception {
        assertThat(config("").unpublished()).isFalse();
        assertThat(config("unpublished: false").unpublished()).isFalse();
        assertThat(config("unpublished: ~").unpublished()).isFalse();
        assertThat(config("unpublished: true").unpublished()).isTrue();
        // a string is true to Ruby, "false" too
        assertThat(config("future: \"false\"").future()).isTrue();
    }

    @Test
    void datesAreReadAsJekyllWritesThem() {
        assertThat(Publishing.parse("2999-01-01", ZoneOffset.UTC)).isEqualTo(Instant.parse("2999-01-01T00:00:00Z"));
        assertThat(Publishing.parse("2000-01-01 10:00:00 +0200", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2000-01-01T08:00:00Z"));
        assertThat(Publishing.parse("2000-1-2T03:04", ZoneOffset.UTC)).isEqualTo(Instant.parse("2000-01-02T03:04:00Z"));
        assertThat(Publishing.parse("next tuesday", ZoneOffset.UTC)).isNull();
        assertThat(Publishing.parse("2000-13-01", ZoneOffset.UTC)).isNull();
    }

    @Test
    void aDocumentDatedAfterTheBuildTimeIsLeftOutUnlessFutureIsSet() throws Exception {
        Publishing at2020 = config("time: 2020-06-01");
        JsonNode later = YAML.readTree("date: 2021-01-01");
        FrontMatter own = fm("date: 2021-01-01");
        Publishing.LeftOut out = at2020.leftOut(doc("_guides/a.md"), own, later);
        assertThat(out.futureDate()).isTrue();
        assertThat(out.why("_config.yml")).contains("its date 2021-01-01 lies in the future");
        // the date in the file name counts when the data has none
        ObjectNode none = (ObjectNode) YAML.readTree("title: x");
        assertThat(at2020.leftOut(doc("_guides/2021-01-01-a.md"), fm("title: x"), none))
                .isNotNull();
        // near-misses: dated before the build time, future: true, and a page (no date to the publisher)
        assertThat(at2020.leftOut(doc("_guides/2019-01-01-a.md"), fm("title: x"), none))
                .isNull();
        assertThat(config("time: 2020-06-01\nfuture: true").leftOut(doc("_guides/a.md"), own, later))
                .isNull();
        SourceEntry page = new SourceEntry("a.md", Path.of("a.md"), true, null, null, true);
        assertThat(at2020.leftOut(page, own, later)).isNull();
    }
}
