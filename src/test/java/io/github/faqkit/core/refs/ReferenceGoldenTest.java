package io.github.faqkit.core.refs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The images the reference scanner finds in every case of the kramdown golden corpus are the images
 * real kramdown renders (the same sources, as often): in particular nothing in what kramdown reads as code,
 * raw HTML text or a comment, and everything in what it reads as Markdown. (Lines are not compared:
 * kramdown records line 1 for everything inside a table cell.)
 */
class ReferenceGoldenTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/kramdown-golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN.resolve("cases"))) {
            return s
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void imagesAreTheImagesKramdownRenders(String name) throws IOException {
        String md = Files.readString(GOLDEN.resolve("cases/" + name + ".md"), StandardCharsets.UTF_8);
        List<String> want = new ArrayList<>();
        for (JsonNode i : JSON.readTree(
                        GOLDEN.resolve("expected/" + name + ".json").toFile())
                .get("images")) {
            want.add(i.get("src").asText());
        }
        List<String> got = new ArrayList<>();
        for (Reference r : ReferenceScanner.scan(MarkdownBody.parse(md, 0))) {
            if (r.kind() == Reference.Kind.IMAGE) {
                got.add(r.target());
            }
        }
        assertThat(got).as(name).containsExactlyInAnyOrderElementsOf(want);
    }
}
