package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The front matter family, FM001–FM009, plus the encoding check they depend on. */
public final class FrontMatterRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String FM001 = "FM001";
    public static final String FM002 = "FM002";
    public static final String FM003 = "FM003";
    public static final String FM004 = "FM004";
    public static final String FM005 = "FM005";
    public static final String FM006 = "FM006";
    public static final String FM007 = "FM007";
    public static final String FM008 = "FM008";
    public static final String FM009 = "FM009";
    public static final String SRC001 = "SRC001";

    private FrontMatterRules() {}

    public static List<Rule> all() {
        return List.of(
                new FrontMatterMissing(),
                new FrontMatterUnterminated(),
                new FrontMatterInvalid(),
                new FrontMatterDuplicateKey(),
                new TitleMissing(),
                new KeyType(),
                new UnknownKey(),
                new SchemaViolation(),
                new NavOrderQuotedNumber(),
                new EncodingInvalid());
    }
}
