package io.github.faqkit.rerun;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.faqkit.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes the JSON files of the cache directory; a file is replaced whole or not at all. */
final class JsonFiles {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Writes JSON token by token (for a small file, cheaper than loading the mapper's serializers). */
    @FunctionalInterface
    interface Tokens {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private JsonFiles() {}

    static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, value));
    }

    static void write(Path file, Tokens tokens) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                tokens.writeTo(g);
            }
        });
    }
}
