package io.github.faqkit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes JSON with two-space indentation and {@code \n} line ends on every platform, atomically. */
final class PrettyJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** One factory for every generator: a factory is costly to make and safe to share. */
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private PrettyJson() {}

    static void write(JsonNode node, Path file) throws IOException {
        try (OutputStream out = AtomicFiles.newOutputStream(file);
                JsonGenerator g = generator(out)) {
            g.writeTree(node);
            g.writeRaw('\n');
        }
    }

    /** A UTF-8 generator with the indentation every JSON file of the plugin uses. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        g.setPrettyPrinter(pp);
        return g; // the mapper's factory gives its generators the mapper as codec
    }
}
