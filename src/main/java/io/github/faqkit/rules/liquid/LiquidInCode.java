package io.github.faqkit.rules.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.core.liquid.CodeRanges;
import io.github.faqkit.core.liquid.LiquidProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.List;
import java.util.regex.Pattern;

/** LIQ004: Liquid inside code, which Jekyll evaluates like any other text. */
public final class LiquidInCode extends Rule {
    public LiquidInCode() {
        super(
                LiquidRules.LIQ004,
                "liquid-in-code",
                Severity.WARNING,
                "{{ }} or {% %} inside a code block or span: Jekyll evaluates it, so readers see its result "
                        + "instead of the code.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        for (LiquidProblem p : page.liquid().problems()) {
            if (p.kind() != LiquidProblem.Kind.IN_CODE) {
                continue;
            }
            String seen = p.detail() == null ? "something else" : "'" + shorten(p.detail()) + "'";
            out.report(
                    page,
                    p.line(),
                    p.column(),
                    "Jekyll evaluates Liquid inside code too: readers see " + seen + " where the page has '"
                            + shorten(p.name()) + "'",
                    site.config().jekyllMajor() >= 4
                            ? "wrap the code in {% raw %}…{% endraw %}, or set render_with_liquid: false in the front"
                                    + " matter if the page uses no Liquid"
                            // Jekyll 3 (GitHub Pages) renders Liquid whatever render_with_liquid says
                            : "wrap the code in {% raw %}…{% endraw %}",
                    fix(page, site.config(), p.line(), p.column()));
        }
    }

    // The fix puts '{% raw %}' right before the first Liquid delimiter of the code block or span and
    // '{% endraw %}' right after the last one, inside the code: Liquid then writes the text between as it is and
    // the tags themselves vanish, so kramdown sees the same code block or span, now with the literal Liquid.

    private static final Pattern RAW_TAG = Pattern.compile("\\{%-?\\s*(?:end)?raw\\s*-?%}");

    private static FixRecipe fix(Page page, SiteConfig config, int line, int column) {
        int bodyLine = page.body().lineOffset() + 1;
        return t -> {
            if (!t.exists(line) || !t.exists(bodyLine) || line < bodyLine) {
                return new Refusal("the line no longer exists");
            }
            int bodyStart = t.start(bodyLine);
            String body = t.text().substring(bodyStart);
            int at = t.start(line) + column - 1 - bodyStart;
            if (column < 1 || !body.startsWith("{{", at) && !body.startsWith("{%", at)) {
                return new Refusal("the Liquid is no longer where it was found");
            }
            int[] code = CodeRanges.at(body, config, at);
            if (code == null) {
                return new Refusal("the Liquid is no longer inside code");
            }
            String inCode = body.substring(code[0], code[1]);
            if (RAW_TAG.matcher(inCode).find()) {
                return new Refusal("part of this code is in {% raw %} already; wrap the rest yourself");
            }
            int last = Math.max(inCode.lastIndexOf("}}"), inCode.lastIndexOf("%}")) + 2 + code[0];
            if (last <= at + 2) {
                return new Refusal("the Liquid in this code is never closed (see LIQ001)");
            }
            return new Fix(
                    "wrapped the Liquid of the code in {% raw %}…{% endraw %}, so the page shows it as written",
                    List.of(TextEdit.insert(bodyStart + at, RAW_OPEN), TextEdit.insert(bodyStart + last, RAW_CLOSE)));
        };
    }

    private static final String RAW_OPEN = "{% raw %}";
    private static final String RAW_CLOSE = "{% endraw %}";

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
