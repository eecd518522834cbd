package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.TemplateTexts;
import io.github.faqkit.core.liquid.PageKeyReads;
import java.nio.file.Path;

/**
 * Whether the page's layout chain reads keys of the page without naming them ({@link PageKeyReads}): the card layout
 * of CreditTools/CreditTools.org writes a table row for each key of a card ({@code {% for field in page %}}), so every
 * key of the pages with that layout changes the output. Only the site's own layouts and includes are read; the
 * theme's do not do this. Pages with other layouts keep each key to what is named.
 */
public final class UnnamedKeyLayouts {
    private final SiteTemplateSearch chains;
    private final boolean moved;

    private UnnamedKeyLayouts(Path root, TemplateTexts texts, boolean moved) {
        this.chains = new SiteTemplateSearch(root, texts, PageKeyReads::readsUnnamedKeys);
        this.moved = moved;
    }

    /** The layouts of the site in {@code root}. */
    public static UnnamedKeyLayouts of(Path root, SiteConfig config, TemplateTexts texts) {
        return new UnnamedKeyLayouts(
                root, texts, config.raw().has("layouts_dir") || config.raw().has("includes_dir"));
    }

    /**
     * True when a layout of the page's chain, or an include one pulls in, reads page keys it does not name. An
     * include named by Liquid, or layouts moved elsewhere ({@code layouts_dir}), are not followed: such a chain
     * keeps the keys it names only.
     */
    public synchronized boolean readsUnnamedKeys(Page page) {
        JsonNode layout = page.data() == null ? null : page.data().get("layout");
        if (moved || layout == null || !layout.isTextual()) {
            return false;
        }
        return chains.layout(layout.asText(), 0) == LayoutChains.Verdict.FOUND;
    }
}
