package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest(name = "{0} with style {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "docs/gpt/ai.md      | -              | date                  | /docs/gpt/ai.html",
                "docs/gpt/ai.md      | -              | pretty                | /docs/gpt/ai/",
                "docs/gpt/ai.md      | -              | none                  | /docs/gpt/ai.html",
                "docs/gpt/ai.md      | -              | ordinal               | /docs/gpt/ai.html",
                "docs/gpt/ai.md      | -              | /:categories/:title/  | /docs/gpt/ai/",
                "docs/gpt/ai.md      | -              | /:year/:title:output_ext | /docs/gpt/ai.html",
                "docs/gpt/ai.md      | -              | /:title               | /docs/gpt/ai",
                "index.md            | -              | date                  | /",
                "docs/index.md       | -              | date                  | /docs/",
                "docs/index.md       | -              | pretty                | /docs/",
                "a.markdown          | -              | date                  | /a.html",
                "docs/gpt/ai.md      | /docs/gpt/ai   | pretty                | /docs/gpt/ai",
                "docs/gpt/ai.md      | /docs/gpt/ai/  | date                  | /docs/gpt/ai/",
                "docs/gpt/ai.md      | docs/x         | date                  | /docs/x",
                "docs/gpt/ai.md      | /a//b/         | date                  | /a/b/",
                "docs/gpt/ai.md      | /:path/:basename/ | date               | /docs/gpt/ai/",
            })
    void pageUrl(String path, String permalink, String style, String expected) {
        assertThat(Urls.pageUrl(path, permalink, style)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/                  | index.html",
                "/docs/             | docs/index.html",
                "/docs/a            | docs/a.html",
                "/docs/a.html       | docs/a.html",
                "/release/v1.2      | release/v1.2.html",
                "/feed.xml          | feed.xml.html",
            })
    void outputPathIsTheFileJekyllWrites(String url, String expected) {
        assertThat(Urls.outputPath(url)).isEqualTo(expected);
    }

    @Test
    void directoryOfResolvesLikeABrowser() {
        assertThat(Urls.directoryOf("/docs/gpt/ai")).isEqualTo("/docs/gpt/");
        assertThat(Urls.directoryOf("/docs/gpt/ai/")).isEqualTo("/docs/gpt/ai/");
        assertThat(Urls.directoryOf("/")).isEqualTo("/");
    }

    @ParameterizedTest(name = "{0} ({1}) -> {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "2024-01-15-hello.md      | -          | date    | /2024/01/15/hello.html",
                "2024-01-15-hello.md      | -          | pretty  | /2024/01/15/hello/",
                "2024-01-15-hello.md      | -          | none    | /hello.html",
                "2024-01-15-hello.md      | News       | date    | /news/2024/01/15/hello.html",
                "2024-01-15-hello.md      | -          | /blog/:year/:title/ | /blog/2024/hello/",
            })
    void postUrls(String name, String category, String style, String expected) {
        assertThat(Urls.documentUrl(Urls.Document.of("posts", name, null, null, style)
                        .withCategories(category == null ? java.util.List.of() : java.util.List.of(category))))
                .isEqualTo(expected);
    }

    @Test
    void collectionDocumentUrls() {
        assertThat(Urls.documentUrl(Urls.Document.of("docs", "guide/a.md", null, null, "date")))
                .isEqualTo("/docs/guide/a.html");
        assertThat(Urls.documentUrl(Urls.Document.of("docs", "guide/a.md", null, null, "pretty")))
                .isEqualTo("/docs/guide/a/");
        assertThat(Urls.documentUrl(Urls.Document.of("docs", "guide/a.md", null, "/manual/:path/", "date")))
                .isEqualTo("/manual/guide/a/");
        assertThat(Urls.documentUrl(Urls.Document.of("docs", "guide/a.md", "/x/", "/manual/:path/", "date")))
                .isEqualTo("/x/");
    }

    /** platform-golden/collection-names: :name is slugified and lower-cased, :title keeps its case. */
    @Test
    void nameAndTitlePlaceholdersAreSlugifiedAsJekyllsUrlDropDoes() {
        assertThat(Urls.documentUrl(Urls.Document.of("cmds", "Sequence.md", null, "/:collection/:name/", "date")))
                .isEqualTo("/cmds/sequence/");
        assertThat(Urls.documentUrl(
                        Urls.Document.of("cmds", "html-test.complete.md", null, "/:collection/:name/", "date")))
                .isEqualTo("/cmds/html-test-complete/");
        assertThat(Urls.documentUrl(
                        Urls.Document.of("notes", "My Note.md", null, "/:collection/:title:output_ext", "date")))
                .isEqualTo("/notes/My-Note.html");
        // near-miss: :path keeps the file's own name
        assertThat(Urls.documentUrl(Urls.Document.of("cmds", "Sequence.md", null, "/:collection/:path/", "date")))
                .isEqualTo("/cmds/Sequence/");
    }

    /** platform-golden/collection-names a.b..md: Jekyll drops the dots that end a page's base name. */
    @Test
    void aPageNameEndingInADotLosesTheDot() {
        assertThat(Urls.pageUrl("CAMx/emis/4.6CAMx2IOapi..md", null, "pretty")).isEqualTo("/CAMx/emis/4.6CAMx2IOapi/");
        assertThat(Urls.pageUrl("a.b..md", null, "date")).isEqualTo("/a.b.html");
        assertThat(Urls.pageUrl("a.b.md", null, "date")).isEqualTo("/a.b.html");
    }

    @Test
    void slugTakesTheFrontMatterSlugElseTheFileNames() {
        // Jekyll 4.3.1 (Sharly-Chess's :categories/:year/:month/:day/:slug:output_ext): _posts/2025-09-28-domloup.en.md
        // with 'slug: My Own' is at /2025/my-own.html, 2025-09-29-Hello.World..md at /2025/hello-world.html, and a
        // note with 'slug: Custom Name' under /n/:title/ at /n/Custom-Name/
        java.util.List<String> none = java.util.List.of();
        String post = "/:year/:slug:output_ext";
        assertThat(Urls.documentUrl(Urls.Document.of("posts", "2025-09-28-domloup.en.md", null, null, post)
                        .withSlug("My Own")))
                .isEqualTo("/2025/my-own.html");
        assertThat(Urls.documentUrl(Urls.Document.of("posts", "2025-09-29-Hello.World..md", null, null, post)
                        .withSlug(null)))
                .isEqualTo("/2025/hello-world.html");
        assertThat(Urls.documentUrl(Urls.Document.of("notes", "a.md", null, "/n/:title/", "date")
                        .withSlug("Custom Name")))
                .isEqualTo("/n/Custom-Name/");
        // two posts of one day with different slugs are two pages
        assertThat(Urls.documentUrl(Urls.Document.of("posts", "2025-09-28-perpignan.en.md", null, null, post)
                        .withSlug("perpignan")))
                .isNotEqualTo(Urls.documentUrl(Urls.Document.of("posts", "2025-09-28-domloup.en.md", null, null, post)
                        .withSlug("domloup")));
    }
}
