package io.github.faqkit.core.platform;

import io.github.faqkit.core.TemplateTexts;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A layout chain search in the site's own templates for text {@code has} accepts: one layout or include of the chain
 * having it is enough, {@code layout: none} has nothing, and the theme's layouts and includes count as not having it
 * (what the site itself writes is what is looked for).
 */
final class SiteTemplateSearch extends LayoutChains {
    private final Predicate<String> has;

    SiteTemplateSearch(Path root, TemplateTexts texts, Predicate<String> has) {
        super(root, texts);
        this.has = has;
    }

    @Override
    Verdict parentDecidesOn() {
        return Verdict.NOT_FOUND; // one layout of the chain having it is enough
    }

    @Override
    Verdict byLayoutName(String name) {
        return "none".equals(name) || name.isEmpty() ? Verdict.NOT_FOUND : null;
    }

    @Override
    Verdict byText(String text) {
        return has.test(text) ? Verdict.FOUND : null;
    }

    @Override
    Verdict themeLayout(String name, int depth) {
        return Verdict.NOT_FOUND;
    }

    @Override
    Verdict themeInclude(String name) {
        return Verdict.NOT_FOUND;
    }
}
