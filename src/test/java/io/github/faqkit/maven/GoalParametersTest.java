package io.github.faqkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Each goal accepts (and {@code faq:help -Ddetail} documents) only the parameters it uses. */
class GoalParametersTest {

    private static List<String> parameters(String goal) throws Exception {
        Document doc;
        try (InputStream in = GoalParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin descriptor").isNotNull();
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList names = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "//mojo[goal='" + goal + "']/parameters/parameter[editable='true']/name",
                        doc,
                        XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            out.add(names.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void fixHasNoParameterItWouldIgnore() throws Exception {
        assertThat(parameters("fix"))
                // the baseline only counts what faq:validate will report afterwards
                .contains("contentDirectory", "rules", "includes", "apply", "baseline")
                .doesNotContain("failOn", "incremental", "useCache");
    }

    @Test
    void onlyValidateFailsTheBuildOnASeverity() throws Exception {
        assertThat(parameters("validate")).contains("failOn", "incremental", "baseline", "useCache");
        assertThat(parameters("baseline")).contains("incremental", "baseline").doesNotContain("failOn");
        assertThat(parameters("package"))
                .contains("incremental", "skipValidation")
                .doesNotContain("failOn");
    }

    /**
     * faq:report takes the content parameters of the validating goals (the site page must not ignore one), and
     * none of their failing or rerun settings.
     */
    @Test
    void reportTakesEveryContentParameterOfValidate() throws Exception {
        List<String> content = new ArrayList<>(parameters("validate"));
        content.removeAll(List.of("failOn", "incremental", "baseline", "useCache", "consoleInfoLimit"));
        assertThat(parameters("report")).containsAll(content).doesNotContain("failOn");
    }
}
