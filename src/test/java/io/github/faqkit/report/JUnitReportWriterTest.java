package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void oneTestCasePerPageAndAFailurePerError() throws Exception {
        Path out = dir.resolve("out/TEST-faq.xml");
        new JUnitReportWriter().write(ReportFixture.result(dir.resolve("site")), out);

        assertThat(Files.readString(out))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<testsuite name=\"faq\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"1.234\">\n"
                        + "  <testcase classname=\"faq.docs\" name=\"docs/a.md\" time=\"0\">\n"
                        + "    <failure type=\"NAV001\" message=\"line 3: NAV001 parent-not-found: parent &apos;Hom&apos; matches "
                        + "no page title\">docs/a.md:3:9: error: NAV001 parent-not-found: parent &apos;Hom&apos; matches no page "
                        + "title [did you mean &apos;Home&apos;?]</failure>\n"
                        + "    <failure type=\"IMG001\" message=\"line 8: IMG001 image-not-found: &apos;../pics/x.png&apos; does not "
                        + "exist\">docs/a.md:8:1: error: IMG001 image-not-found: &apos;../pics/x.png&apos; does not exist "
                        + "[add the file]</failure>\n"
                        + "    <system-out>docs/a.md:4:1: warning: FM007 unknown-key: unknown key &apos;nav_ordr&apos; "
                        + "&lt;b&gt;&amp;&quot;&#10;</system-out>\n"
                        + "  </testcase>\n"
                        + "  <testcase classname=\"faq.docs\" name=\"docs/c.md\" time=\"0\"/>\n"
                        + "  <testcase classname=\"faq\" name=\"index.md\" time=\"0\"/>\n"
                        + "  <testcase classname=\"faq.pics\" name=\"pics/orphan.png\" time=\"0\">\n"
                        + "    <system-out>pics/orphan.png: info: IMG006 image-orphan: no page references this image "
                        + "[delete it]&#10;</system-out>\n"
                        + "  </testcase>\n"
                        + "</testsuite>\n");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element first = (Element) cases.item(0);
        assertThat(first.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(first.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("docs/a.md:4:1: warning: FM007 unknown-key: unknown key 'nav_ordr' <b>&\"\n");
    }

    @Test
    void secondsAreFormattedAsPercentPointThreeF() {
        for (long millis : new long[] {
            0,
            1,
            5,
            9,
            10,
            99,
            100,
            999,
            1000,
            1001,
            1234,
            59_999,
            98_765,
            3_600_000,
            123_456_789_012L,
            999_999_999_999L,
            1_000_000_000_001L,
            -1
        }) {
            assertThat(JUnitReportWriter.seconds(millis))
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0));
        }
    }
}
