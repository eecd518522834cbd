package io.github.faqkit.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SummaryWriter#writeText} and {@link SummaryReader#readText}: every text comes back as it was. */
class SummaryTextTest {
    private static final SmileFactory SMILE = SmileFactory.builder()
            .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
            .build();

    @Test
    void textsComeBackAsTheyWereWrittenWhateverTheyHold() throws IOException {
        List<String> texts = new ArrayList<>(
                List.of("", "ASCII heading", "Häufige Fragen – “quoted” … ", "よくある質問".repeat(40), "emoji 😀 pairs 𝄞"));
        texts.add("x".repeat(100_000));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = SMILE.createGenerator(bytes)) {
            out.writeStartArray();
            for (String t : texts) {
                SummaryWriter.writeText(out, t);
            }
            out.writeNull();
            out.writeEndArray();
        }
        try (JsonParser p = SMILE.createParser(bytes.toByteArray())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            SummaryReader in = new SummaryReader(p);
            for (String t : texts) {
                assertThat(in.readText()).isEqualTo(t);
            }
            assertThat(in.readText()).isNull();
        }
    }

    @Test
    void wellFormedTextIsStoredAsBytesAndATextWithALoneSurrogateIsRefusedAsSmileRefusesIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = SMILE.createGenerator(bytes)) {
            out.writeStartArray();
            SummaryWriter.writeText(out, "é 😀");
            out.writeEndArray();
        }
        try (JsonParser p = SMILE.createParser(bytes.toByteArray())) {
            p.nextToken();
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_EMBEDDED_OBJECT);
        }
        // the page is then not cached (PageCache.store), as before: UTF-8 cannot carry the text either
        for (String broken : List.of("lone high \uD83D surrogate", "lone low \uDE00", "ends high \uD83D")) {
            try (JsonGenerator out = SMILE.createGenerator(new ByteArrayOutputStream())) {
                out.writeStartArray();
                assertThatThrownBy(() -> SummaryWriter.writeText(out, broken)).isInstanceOf(IOException.class);
            }
        }
    }
}
