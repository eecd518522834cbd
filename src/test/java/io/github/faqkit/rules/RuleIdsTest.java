package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.RuleIds;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule id is one constant of {@link RuleIds}, and main code names rules only through them. */
class RuleIdsTest {
    private static final Pattern ID_LITERAL = Pattern.compile("\"(FM|SRC|NAV|IAL|TOC|HDR|IMG|LNK|SUP)\\d{3}\"");

    @Test
    void constantsAreExactlyTheCatalogIds() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : RuleIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(RuleCatalog.byId().keySet());
    }

    @Test
    void noIdLiteralOutsideRuleIds() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.getFileName().toString().equals("RuleIds.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (ID_LITERAL.matcher(lines.get(i)).find()) {
                        offenders.add(main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).as("use the RuleIds constant").isEmpty();
    }
}
