package io.github.faqkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class M2eMetadataTest {

    @Test
    void validateRunsInTheIdeAndTheOtherGoalsAreIgnored() throws Exception {
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertThat(in).isNotNull();
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        var xpath = XPathFactory.newInstance().newXPath();
        String execute = "//pluginExecution[pluginExecutionFilter/goals/goal='validate']/action/execute/";
        assertThat(xpath.evaluate(execute + "runOnIncremental", doc)).isEqualTo("true");
        assertThat(xpath.evaluate(execute + "runOnConfiguration", doc)).isEqualTo("true");
        for (String goal : new String[] {"package", "unpack", "baseline"}) {
            assertThat(xpath.evaluate(
                            "count(//pluginExecution[pluginExecutionFilter/goals/goal='" + goal + "']/action/ignore)",
                            doc))
                    .isEqualTo("1");
        }
    }
}
