package io.github.faqkit.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Urls;
import io.github.faqkit.core.refs.Liquid;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our image verdicts agree with html-proofer 3.19.2 run on the real Jekyll 4.3.1 build of the same
 * sites (scripts/html-proofer-golden/run.sh wrote htmlproofer.txt beside each site).
 *
 * <p>Documented differences, where html-proofer is wrong about the hosted site: a root-relative
 * {@code /pics/a.png} under {@code baseurl: /kb} (html-proofer checks the output folder, which has no
 * {@code /kb}, so it passes; the host answers 404: IMG001), and {@code <img alt="">} (decorative for
 * us; html-proofer wants --empty-alt-ignore).
 */
class HtmlProoferGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/images-golden");
    private static final Pattern FILE = Pattern.compile("^- \\./_site/(.+)$");
    private static final Pattern MISSING =
            Pattern.compile("^\\s+\\*\\s+internal image (.+) does not exist \\(line \\d+\\)$");
    private static final Pattern NO_ALT =
            Pattern.compile("^\\s+\\*\\s+image (.+) does not have an alt attribute \\(line \\d+\\)$");
    private static final Set<String> BROKEN = Set.of("IMG001", "IMG002", "IMG003");

    @ParameterizedTest
    @CsvSource({"root, ''", "kb, 'index.html|/pics/a.png'"})
    void existenceVerdictsMatchHtmlProofer(String site, String oursOnly) throws Exception {
        List<String> proofer = proofer(site, MISSING);
        ValidationResult r = new Validator(ImageRules.all()).validate(ValidationRequest.of(GOLDEN.resolve(site)));
        List<String> ours = new ArrayList<>();
        int checked = 0;
        for (Page page : r.site().pages()) {
            for (Reference ref : page.references()) {
                if (ref.kind() != Reference.Kind.IMAGE) {
                    continue;
                }
                if (has(r, page, ref, Set.of("IMG007"))) {
                    continue; // Liquid we do not evaluate: no verdict
                }
                checked++;
                if (has(r, page, ref, BROKEN)) {
                    ours.add(key(r, page, ref));
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
        List<String> expected = new ArrayList<>(proofer);
        if (!oursOnly.isEmpty()) {
            expected.add(oursOnly);
        }
        Collections.sort(expected);
        Collections.sort(ours);
        assertThat(ours).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"root"})
    void altVerdictsMatchHtmlProoferExceptDecorativeImages(String site) throws Exception {
        List<String> proofer = proofer(site, NO_ALT);
        ValidationResult r = new Validator(ImageRules.all()).validate(ValidationRequest.of(GOLDEN.resolve(site)));
        List<String> ours = new ArrayList<>();
        List<String> decorative = new ArrayList<>();
        for (Page page : r.site().pages()) {
            for (Reference ref : page.references()) {
                if (ref.kind() == Reference.Kind.IMAGE && has(r, page, ref, Set.of("IMG005"))) {
                    ours.add(key(r, page, ref));
                } else if (ref.kind() == Reference.Kind.IMAGE && ref.html() && "".equals(ref.alt())) {
                    decorative.add(key(r, page, ref));
                }
            }
        }
        List<String> expected = new ArrayList<>(proofer);
        decorative.forEach(expected::remove);
        assertThat(decorative).hasSize(1);
        Collections.sort(expected);
        Collections.sort(ours);
        assertThat(ours).hasSize(2).isEqualTo(expected);
    }

    private static boolean has(ValidationResult r, Page page, Reference ref, Set<String> ids) {
        for (Finding f : r.findings()) {
            if (ids.contains(f.ruleId())
                    && f.file().equals(page.path())
                    && f.line() == ref.line()
                    && f.column() == ref.column()) {
                return true;
            }
        }
        return false;
    }

    /** "output file|src as rendered" (Liquid evaluated, as it is in the HTML). */
    private static String key(ValidationResult r, Page page, Reference ref) {
        String src = ref.liquid() ? Liquid.evaluate(ref.target(), r.site()).value() : ref.target();
        return Urls.outputPath(page.url()) + "|" + src;
    }

    private static List<String> proofer(String site, Pattern kind) throws Exception {
        List<String> out = new ArrayList<>();
        String file = null;
        for (String line :
                Files.readAllLines(GOLDEN.resolve(site).resolve("htmlproofer.txt"), StandardCharsets.UTF_8)) {
            Matcher f = FILE.matcher(line);
            Matcher m = kind.matcher(line);
            if (f.matches()) {
                file = f.group(1);
            } else if (m.matches()) {
                out.add(file + "|" + m.group(1));
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}
