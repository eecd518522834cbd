package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.TemplateTexts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether the page's layout chain writes an element with a given id around the body: a site's own layout adds
 * {@code <h1 id="comments">} below the content of pages with {@code comments: true}
 * (SageofPHY6Paths/hinduismdebunked.com), and its pages link to {@code #comments}. Only the site's own layouts and
 * includes are read, and only ids written literally count (whatever {@code if} surrounds them: a link to an id a
 * condition may leave out is not called dead); the theme's files, not in the site, write none that this knows of.
 */
public final class LayoutIds {
    private final Path root;
    private final boolean moved;
    private final Map<String, SiteTemplateSearch> byId = new HashMap<>();

    private final TemplateTexts texts;

    private LayoutIds(Path root, TemplateTexts texts, boolean moved) {
        this.root = root;
        this.texts = texts;
        this.moved = moved;
    }

    /** The layouts of the site in {@code root}. */
    public static LayoutIds of(Path root, SiteConfig config, TemplateTexts texts) {
        return new LayoutIds(
                root, texts, config.raw().has("layouts_dir") || config.raw().has("includes_dir"));
    }

    /** True when a layout of the page's chain, or an include it pulls in, writes {@code id} literally. */
    public synchronized boolean writes(Page page, String id) {
        JsonNode layout = page.data() == null ? null : page.data().get("layout");
        if (moved || layout == null || !layout.isTextual() || id.isEmpty()) {
            return false;
        }
        return byId.computeIfAbsent(id, i -> {
                            Pattern a = attribute(i);
                            return new SiteTemplateSearch(
                                    root, texts, t -> a.matcher(t).find());
                        })
                        .layout(layout.asText(), 0)
                == LayoutChains.Verdict.FOUND;
    }

    /** id="comments", id='comments' or id=comments, as an attribute (not data-id=, not grid=). */
    private static Pattern attribute(String id) {
        return Pattern.compile("(?<![\\w:-])id\\s*=\\s*(?:\"" + Pattern.quote(id) + "\"|'" + Pattern.quote(id) + "'|"
                + Pattern.quote(id) + "(?=[\\s>/]))");
    }
}
