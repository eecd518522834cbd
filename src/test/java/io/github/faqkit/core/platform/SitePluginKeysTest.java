package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePluginKeysTest {
    @TempDir
    Path dir;

    private boolean readsAll(String ruby) throws IOException {
        Path site = dir.resolve("p" + ruby.hashCode());
        Files.createDirectories(site.resolve("_plugins"));
        Files.writeString(site.resolve("_plugins/x.rb"), ruby);
        return SitePluginKeys.keysIn(SitePluginSources.read(site)).contains(SitePluginKeys.ALL);
    }

    @Test
    void aPagesDataTakenWholeReadsEveryKey() throws IOException {
        assertThat(readsAll("json = page.data.reject { |k, _| k == 'layout' }")).isTrue();
        assertThat(readsAll("File.write(f, JSON.pretty_generate(doc.data))")).isTrue();
        assertThat(readsAll("doc.data.each do |key, value|\n  puts key\nend")).isTrue();
        assertThat(readsAll("copy = item.data\n")).isTrue();
    }

    @Test
    void namedKeysDataFilesAndThePluginsOwnPagesAreNotEveryKey() throws IOException {
        assertThat(readsAll("page.data['tutorials']; doc.data.fetch(\"lessons\", []); p.data.key?('x')"))
                .isFalse();
        assertThat(readsAll("site.data.each { |k, v| puts k }; @site.data['nav']"))
                .isFalse();
        assertThat(readsAll("self.data = {}\nself.data.merge!('layout' => 'tag')\npage.data['x'] = 1"))
                .isFalse();
        assertThat(readsAll("@database = open; x.data? ; y.data!")).isFalse();
    }
}
