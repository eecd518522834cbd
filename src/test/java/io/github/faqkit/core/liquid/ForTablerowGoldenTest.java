package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each {@code for} and {@code tablerow} expression of liquid-golden/for-ruby rendered by itself, against what Jekyll
 * 4.3.1 (Liquid 4.0.4) wrote for it: one wrong expression names itself instead of hiding the others (the whole pages
 * are compared by LiquidGoldenTest, with c.md's break that ends the page).
 */
class ForTablerowGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/liquid-golden");
    private static final Pattern CASE = Pattern.compile("^`((\\w+)=\\[.*])`$");

    @Test
    void everyExpressionRendersAsRubyLiquid() throws Exception {
        assertAgree("for-ruby", List.of("a.md", "b.md"));
    }

    /**
     * {@code break} and {@code continue} in an include stop or skip the loop around the include, and the loop
     * objects print as Ruby's drops print (liquid-golden for-include-interrupts).
     */
    @Test
    void interruptsInIncludesAndLoopObjectsAsRubyLiquid() throws Exception {
        assertAgree("for-include-interrupts", List.of("a.md"));
    }

    private static void assertAgree(String fixture, List<String> pages) throws Exception {
        Path dir = GOLDEN.resolve(fixture);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        SiteConfig config =
                TestConfigs.of(yaml.readTree(dir.resolve("_config.yml").toFile()));
        LiquidEngine engine = new LiquidEngine(dir, config, SiteDrop.build(dir, config, List.of()), List.of());
        Map<String, String> golden = golden(dir);
        List<String> wrong = new ArrayList<>();
        int agree = 0;
        int total = 0;
        for (String page : pages) {
            String text = Files.readString(dir.resolve(page));
            String[] parts = text.split("(?m)^---\\s*$", 3);
            Map<String, Object> vars = Plain.map(yaml.readTree(parts[1]));
            for (String line : parts[2].split("\n")) {
                Matcher m = CASE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                total++;
                String expected = golden.get(m.group(2));
                Rendered r = engine.render(m.group(1), new HashMap<>(vars), "");
                String got = r.map() == null ? "(stops: " + r.problems() + ")" : r.text();
                if (got.equals(expected)) {
                    agree++;
                } else {
                    wrong.add(m.group(2) + ": Ruby " + expected + " | plugin " + got);
                }
            }
        }
        System.out.println(fixture + ": " + agree + " of " + total + " expressions agree");
        assertThat(wrong).as(agree + " of " + total + " agree").isEmpty();
    }

    /** Each code span of golden.txt by its name, unescaped. */
    private static Map<String, String> golden(Path fixture) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(fixture.resolve("golden.txt"))) {
            if (line.startsWith("code ")) {
                String code = line.substring(5)
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&");
                out.put(code.substring(0, code.indexOf('=')), code);
            }
        }
        return out;
    }
}
