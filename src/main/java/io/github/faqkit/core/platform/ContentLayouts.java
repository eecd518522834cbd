package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.TemplateTexts;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's body reaches its built file. Jekyll renders the body, hands it to the page's layout as
 * {@code content}, hands that layout's output to the layout it names as {@code content} in turn, and writes what
 * the outermost layout makes. A layout of the site that never reads {@code content} (a home page template that
 * builds everything from includes and {@code site} keys) writes none of the body: whatever the body's images,
 * links, headings or attribute lines do, readers never see it.
 *
 * <p>Only a layout of the site's own {@code _layouts} can drop the body (also for the theme's {@code page},
 * {@code home}, {@code post} and {@code about}, which sit in {@code default}), and only when nothing of its template
 * can read {@code content}: no Liquid in it or in the site's includes it pulls in names {@code content} (also
 * {@code page.content}, or as an include's parameter), no include is named by a variable or relative to the
 * layout, and every include it names is the site's or one of just-the-docs (whose includes read the body only
 * from a parameter). A page without {@code layout}, a layout of the theme or of no one, another theme, or
 * {@code layouts_dir}/{@code includes_dir} elsewhere: the body is taken to be shown.
 */
public final class ContentLayouts {
    /** Where nothing was read: every body shown. */
    public static final ContentLayouts UNKNOWN = new ContentLayouts(null, new TemplateTexts(), true, true);

    /** {@code content} as a Liquid name: not {@code content_}, {@code my-content} or {@code contents}. */
    private static final Pattern CONTENT = Pattern.compile("(?<![\\w-])content(?![\\w-])");

    /** Liquid markup: an output or a tag, across lines. */
    private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);

    /** Tags that pull in files this class does not follow. */
    private static final Pattern UNFOLLOWED = Pattern.compile("\\{%-?\\s*include_relative\\b");

    /**
     * just-the-docs' layouts that write {@code content} into {@code default} (every version from 0.2): a site that
     * replaces {@code default} decides for them too.
     */
    private static final Set<String> THEME_INTO_DEFAULT = Set.of("page", "home", "post", "about");

    private static final String DEFAULT = "default";
    private static final String NO_LAYOUT = "none";

    private final Chains chains;
    private final boolean unknown;

    private ContentLayouts(Path root, TemplateTexts texts, boolean otherTheme, boolean unknown) {
        this.chains = new Chains(root, texts, otherTheme);
        this.unknown = unknown;
    }

    /** The layouts of the site in {@code root}. */
    public static ContentLayouts of(Path root, SiteConfig config, TemplateTexts texts) {
        boolean moved = config.raw().has("layouts_dir") || config.raw().has("includes_dir");
        return new ContentLayouts(root, texts, OtherTheme.of(config) != null, moved);
    }

    /** True when the page's layout chain provably writes nothing of its body. */
    public synchronized boolean dropsBody(Page page) {
        if (unknown) {
            return false;
        }
        JsonNode layout = page.data().get("layout");
        return layout != null
                && layout.isTextual()
                && chains.layout(layout.asText(), 0) == LayoutChains.Verdict.NOT_FOUND;
    }

    /** Found: the chain can read {@code content} (the body is shown); not found: it drops the body. */
    private static final class Chains extends LayoutChains {
        private final boolean otherTheme;

        Chains(Path root, TemplateTexts texts, boolean otherTheme) {
            super(root, texts);
            this.otherTheme = otherTheme;
        }

        @Override
        Verdict parentDecidesOn() {
            return Verdict.FOUND;
        }

        @Override
        Verdict byLayoutName(String name) {
            return NO_LAYOUT.equals(name) || name.isEmpty() ? Verdict.FOUND : null; // Jekyll writes the body alone
        }

        @Override
        Verdict themeLayout(String name, int depth) {
            if (!otherTheme && THEME_INTO_DEFAULT.contains(name)) {
                return layout(DEFAULT, depth + 1);
            }
            return Verdict.UNKNOWN; // the theme's own default or minimal, another theme's layout, or no one's
        }

        @Override
        Verdict byText(String text) {
            if (UNFOLLOWED.matcher(text).find()) {
                return Verdict.UNKNOWN;
            }
            Matcher liquid = LIQUID.matcher(text);
            while (liquid.find()) {
                if (CONTENT.matcher(liquid.group()).find()) {
                    return Verdict.FOUND;
                }
            }
            return null;
        }

        @Override
        Verdict themeInclude(String name) {
            // just-the-docs' includes read the body only from a parameter, which the caller's tag names
            return otherTheme ? Verdict.UNKNOWN : Verdict.NOT_FOUND;
        }
    }
}
