package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The front matter family, FM001–FM009, plus the encoding check they depend on. */
public final class FrontMatterRules {
    private FrontMatterRules() {
    }

    public static List<Rule> all() {
        return List.of(new FrontMatterMissing(), new FrontMatterUnterminated(), new FrontMatterInvalid(),
                new FrontMatterDuplicateKey(), new TitleMissing(), new KeyType(), new UnknownKey(),
                new SchemaViolation(), new NavOrderQuotedNumber(), new EncodingInvalid());
    }
}
