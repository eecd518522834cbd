package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MountRewriterTest {
    private final MountRewriter m = new MountRewriter("/shared", "", "");

    @Test
    void normalizesMountPaths() {
        assertThat(MountRewriter.normalizeMount("shared/")).isEqualTo("/shared");
        assertThat(MountRewriter.normalizeMount("//a//b/")).isEqualTo("/a/b");
        assertThat(MountRewriter.normalizeMount(" / ")).isEmpty();
        assertThat(MountRewriter.normalizeMount(null)).isEmpty();
    }

    @Test
    void rewritesPermalinkAndRootRelativeReferencesOnly() {
        String page = "---\ntitle: T\npermalink: /docs/t/\n---\n"
                + "![a](/pics/a.png) ![b](../pics/b.png) [c](https://x.org/c) [d](//cdn.x/d.png)\n"
                + "<img src=\"/pics/e.png\" style=\"zoom:50%;\"> <a href='/docs/f.html'>f</a>\n"
                + "[ref]: /docs/g.html\n"
                + "![h]({{ site.baseurl }}/pics/h.png) [i]({{ '/docs/i.html' | relative_url }})\n"
                + "permalink: /not/front/matter\n";
        assertThat(m.rewritePage(page))
                .isEqualTo("---\ntitle: T\npermalink: /shared/docs/t/\n---\n"
                        + "![a](/shared/pics/a.png) ![b](../pics/b.png) [c](https://x.org/c) [d](//cdn.x/d.png)\n"
                        + "<img src=\"/shared/pics/e.png\" style=\"zoom:50%;\"> <a href='/shared/docs/f.html'>f</a>\n"
                        + "[ref]: /shared/docs/g.html\n"
                        + "![h]({{ site.baseurl }}/shared/pics/h.png) [i]({{ '/shared/docs/i.html' | relative_url }})\n"
                        + "permalink: /not/front/matter\n");
    }

    @Test
    void quotedPermalinkAndProducerBaseurl() {
        MountRewriter withBase = new MountRewriter("/shared", "/faq", "/site");
        assertThat(withBase.rewritePage("---\npermalink: \"/a/\"\n---\n![x](/faq/pics/x.png) ![y](/pics/y.png)\n"))
                .isEqualTo(
                        "---\npermalink: \"/shared/a/\"\n---\n![x](/site/shared/pics/x.png) ![y](/shared/pics/y.png)\n");
    }

    @Test
    void withoutMountNothingChanges() {
        String page = "---\npermalink: /a/\n---\n![x](/pics/x.png)\n";
        assertThat(new MountRewriter("", "", "").rewritePage(page)).isEqualTo(page);
    }

    @Test
    void urlsAndPathsMove() {
        assertThat(m.url("/docs/a.html")).isEqualTo("/shared/docs/a.html");
        assertThat(m.path("docs/a.md")).isEqualTo("shared/docs/a.md");
    }
}
