package io.github.faqkit.report;

/**
 * Where the documentation page of a rule lives: {@code docs/rules/ID.md} in the plugin's repository,
 * generated from the rule classes by the test-scope {@code RuleDocsGenerator}. Reports link to it (SARIF
 * {@code helpUri}, the HTML report).
 */
public final class RuleDocs {
    /** Absolute because SARIF consumers (GitHub code scanning) open {@code helpUri} outside the repository. */
    public static final String BASE_URL = "https://github.com/faqkit/faq-maven-plugin/blob/main/docs/rules/";

    private RuleDocs() {}

    /** The path of the page inside the repository, e.g. {@code docs/rules/IMG001.md}. */
    public static String path(String ruleId) {
        return "docs/rules/" + ruleId + ".md";
    }

    public static String url(String ruleId) {
        return BASE_URL + ruleId + ".md";
    }
}
