package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.frontmatter.FrontMatterRules;
import io.github.faqkit.rules.images.ImageRules;
import io.github.faqkit.rules.kramdown.KramdownRules;
import io.github.faqkit.rules.nav.NavRules;
import io.github.faqkit.rules.suppress.SuppressionRules;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id is one constant of its family class, the family registers exactly those rules, its
 * package-info lists them, and main code names rules only through the constants.
 */
class RuleIdsTest {
    private static final Pattern ID = Pattern.compile("\\b(?:FM|SRC|NAV|IAL|TOC|HDR|IMG|LNK|SUP|LIQ|CFG)\\d{3}\\b");
    private static final Pattern ID_LITERAL = Pattern.compile("\"" + ID.pattern() + "\"");
    private static final Map<Class<?>, List<Rule>> FAMILIES = Map.of(
            FrontMatterRules.class, FrontMatterRules.all(),
            NavRules.class, NavRules.all(),
            KramdownRules.class, KramdownRules.all(),
            ImageRules.class, ImageRules.all(),
            SuppressionRules.class, SuppressionRules.all(),
            io.github.faqkit.rules.liquid.LiquidRules.class, io.github.faqkit.rules.liquid.LiquidRules.all(),
            io.github.faqkit.rules.config.ConfigRules.class, io.github.faqkit.rules.config.ConfigRules.all());
    /** Files allowed to spell a rule id as a string: none (core's config problem is reported by FM003). */
    private static final Set<String> ALLOWED_LITERALS = Set.of();

    @Test
    void eachFamilyDeclaresTheIdsOfTheRulesItRegisters() throws Exception {
        List<String> all = new ArrayList<>();
        for (var family : FAMILIES.entrySet()) {
            List<String> constants = constants(family.getKey());
            assertThat(constants)
                    .as(family.getKey().getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(
                            family.getValue().stream().map(Rule::id).toList());
            all.addAll(constants);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(RuleCatalog.byId().keySet());
    }

    @Test
    void eachPackageInfoListsTheIdsOfItsFamily() throws Exception {
        for (var family : FAMILIES.entrySet()) {
            Path info =
                    Path.of("src/main/java", family.getKey().getPackageName().replace('.', '/'), "package-info.java");
            String text = Files.readString(info);
            Set<String> listed = new java.util.TreeSet<>();
            for (String line : text.split("\n")) {
                Matcher m = Pattern.compile("<li>(" + ID.pattern() + ") ").matcher(line);
                if (m.find()) {
                    listed.add(m.group(1));
                }
            }
            assertThat(listed).as(info.toString()).containsExactlyInAnyOrderElementsOf(constants(family.getKey()));
        }
    }

    @Test
    void noIdLiteralInMainCodeOutsideTheFamilies() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith("Rules.java") || ALLOWED_LITERALS.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (ID_LITERAL.matcher(lines.get(i)).find()) {
                        offenders.add(main.relativize(f) + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).as("use the family's id constant").isEmpty();
    }

    @Test
    void absorbedIdsAreRulesAndNoRuleAbsorbsItselfThroughAChain() {
        Map<String, Rule> byId = RuleCatalog.byId();
        for (Rule r : RuleCatalog.all()) {
            assertThat(byId.keySet()).as(r.id() + " absorbs").containsAll(r.absorbs());
            // depth-first from r: reaching r again would make a merge cycle
            List<String> todo = new ArrayList<>(r.absorbs());
            Set<String> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                String id = todo.remove(todo.size() - 1);
                assertThat(id).as("a chain of absorbs from " + r.id()).isNotEqualTo(r.id());
                if (seen.add(id)) {
                    todo.addAll(byId.get(id).absorbs());
                }
            }
        }
    }

    private static List<String> constants(Class<?> family) throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field f : family.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && Modifier.isPublic(f.getModifiers())
                    && f.getType() == String.class) {
                assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
                ids.add((String) f.get(null));
            }
        }
        return ids.stream().sorted().collect(Collectors.toList());
    }
}
