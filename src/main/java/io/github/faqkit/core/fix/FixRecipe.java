package io.github.faqkit.core.fix;

/**
 * How a rule would repair one of its findings, worked out against the page text only when {@code faq:fix}
 * asks. Rules run on page summaries without text, and most runs never fix: the rule captures what its
 * model already knows (the front matter entry, the resolved image, the block above an attribute line) and
 * the text decides the offsets and the bytes it expects to replace.
 */
@FunctionalInterface
public interface FixRecipe {

    /**
     * The repair against {@code text}: the decoded text of the very bytes the page was parsed from (the
     * caller checks that), by file line.
     */
    Repair against(PageText text);

    /** A recipe that always refuses, for a reason the model alone gives. */
    static FixRecipe refuse(String reason) {
        Refusal r = new Refusal(reason);
        return text -> r;
    }
}
