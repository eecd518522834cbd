package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.ToolInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneFileElementPerFileAndOneErrorPerFinding() throws Exception {
        Path out = dir.resolve("out/checkstyle-result.xml");
        new CheckstyleReportWriter().write(ReportFixture.result(dir.resolve("site")), out);

        assertThat(Files.readString(out))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<checkstyle version=\"" + ToolInfo.VERSION + "\">\n"
                        + "  <file name=\"docs/a.md\">\n"
                        + "    <error line=\"3\" column=\"9\" severity=\"error\" message=\"parent-not-found: parent &apos;Hom&apos; "
                        + "matches no page title [did you mean &apos;Home&apos;?]\" source=\"faq.NAV001\"/>\n"
                        + "    <error line=\"4\" column=\"1\" severity=\"warning\" message=\"unknown-key: unknown key "
                        + "&apos;nav_ordr&apos; &lt;b&gt;&amp;&quot;\" source=\"faq.FM007\"/>\n"
                        + "    <error line=\"8\" column=\"1\" severity=\"error\" message=\"image-not-found: &apos;../pics/x.png&apos; "
                        + "does not exist [add the file]\" source=\"faq.IMG001\"/>\n"
                        + "  </file>\n"
                        + "  <file name=\"pics/orphan.png\">\n"
                        + "    <error severity=\"info\" message=\"image-orphan: no page references this image [delete it]\" "
                        + "source=\"faq.IMG006\"/>\n"
                        + "  </file>\n"
                        + "</checkstyle>\n");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        NodeList errors = doc.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(4);
        Element second = (Element) errors.item(1);
        assertThat(second.getAttribute("message")).isEqualTo("unknown-key: unknown key 'nav_ordr' <b>&\"");
        assertThat(((Element) second.getParentNode()).getAttribute("name")).isEqualTo("docs/a.md");
    }

    @Test
    void noFindingsGiveAnEmptyButValidDocument() throws Exception {
        var r = ReportFixture.result(dir.resolve("site"));
        var empty = new io.github.faqkit.rules.ValidationResult(r.site(), java.util.List.of(), java.util.List.of(), 0);
        String xml = new CheckstyleReportWriter().render(empty);
        assertThat(xml).endsWith("<checkstyle version=\"" + ToolInfo.VERSION + "\">\n</checkstyle>\n");
        assertThat(DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("checkstyle");
    }
}
