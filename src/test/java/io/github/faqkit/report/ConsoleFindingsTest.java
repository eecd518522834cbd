package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mass info findings are summed up per folder on the console; errors and warnings never are. */
class ConsoleFindingsTest {
    private static final ConsoleFormatter CONSOLE = new ConsoleFormatter(Path.of("/p"), Path.of("/p/site"));
    private static final String SEE = "target/faq/report.json and target/faq/report.html";

    private static Finding f(String rule, Severity s, String file, int line) {
        return Finding.of(rule, rule.toLowerCase(), s, file, line, 1, "m", "");
    }

    private static List<String> texts(List<ConsoleFindings.Line> lines) {
        return lines.stream().map(l -> l.severity().label() + " " + l.text()).toList();
    }

    @Test
    void aRuleWithManyInfoFindingsIsOneLinePerFolderAndTheOthersStayListed() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            findings.add(f("IMG009", Severity.INFO, "docs/wiki/a/p" + i + ".md", 3));
            findings.add(f("IMG009", Severity.INFO, "docs/wiki/a/p" + i + ".md", 9));
            findings.add(f("IMG009", Severity.INFO, "docs/wiki/b/q" + i + ".md", 4));
        }
        findings.add(f("IMG001", Severity.ERROR, "docs/wiki/a/p1.md", 5));
        for (int i = 0; i < 30; i++) {
            findings.add(f("IMG005", Severity.WARNING, "docs/wiki/a/p" + i + ".md", 7));
        }
        findings.add(f("LIQ003", Severity.INFO, "index.md", 2));
        findings.sort(Finding.ORDER);

        List<String> lines = texts(ConsoleFindings.lines(findings, CONSOLE, 20, SEE));
        assertThat(lines).filteredOn(l -> l.contains("IMG005")).hasSize(30);
        assertThat(lines).filteredOn(l -> l.contains("IMG001")).hasSize(1);
        assertThat(lines).contains("info site/index.md:2:1: info: LIQ003 liq003: m");
        assertThat(lines)
                .filteredOn(l -> l.contains("IMG009"))
                .containsExactly(
                        "info IMG009 img009 info: 30 finding(s) in 15 file(s) under site/docs/wiki/a/ (more than 20 of"
                                + " this rule, so not listed here; " + SEE + " list each)",
                        "info IMG009 img009 info: 15 finding(s) in 15 file(s) under site/docs/wiki/b/ (more than 20 of"
                                + " this rule, so not listed here; " + SEE + " list each)");
    }

    @Test
    void upToTheLimitAndWithNoLimitEveryFindingIsListed() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            findings.add(f("IMG009", Severity.INFO, "p" + i + ".md", 1));
        }
        assertThat(ConsoleFindings.lines(findings, CONSOLE, 20, SEE)).hasSize(20);
        findings.add(f("IMG009", Severity.INFO, "p20.md", 1));
        assertThat(texts(ConsoleFindings.lines(findings, CONSOLE, 20, SEE)))
                .singleElement()
                .asString()
                .startsWith("info IMG009 img009 info: 21 finding(s) in 21 file(s) under site/ (");
        assertThat(ConsoleFindings.lines(findings, CONSOLE, -1, SEE)).hasSize(21);
    }

    @Test
    void warningsAreNeverSummedUp() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            findings.add(f("IMG005", Severity.WARNING, "p" + i + ".md", 1));
        }
        assertThat(ConsoleFindings.lines(findings, CONSOLE, 0, SEE)).hasSize(100);
    }

    @Test
    void manyFoldersAreSummedUpAsTheFolderTheyShare() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            findings.add(f("IMG009", Severity.INFO, "wiki/s" + i + "/p.md", 1));
        }
        assertThat(ConsoleFindings.byFolder(findings)).containsOnlyKeys("wiki/");
        findings.add(f("IMG009", Severity.INFO, "top.md", 1));
        assertThat(ConsoleFindings.byFolder(findings)).containsOnlyKeys("", "wiki/");
        assertThat(texts(ConsoleFindings.lines(findings, CONSOLE, 5, SEE)))
                .extracting(l -> l.substring(0, l.indexOf(" (")))
                .containsExactly(
                        "info IMG009 img009 info: 1 finding(s) in 1 file(s) directly in site/",
                        "info IMG009 img009 info: 12 finding(s) in 12 file(s) under site/wiki/");
        assertThat(ConsoleFindings.byFolder(findings.subList(0, 3)))
                .containsOnlyKeys("wiki/s0/", "wiki/s1/", "wiki/s2/");
    }
}
