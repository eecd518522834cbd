package io.github.faqkit.pack;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code .faq-unpack.json} in the output directory: which files faq:unpack wrote, from which artifact,
 * with which content. Only files listed here (and unchanged since) may be replaced or removed later.
 */
public record UnpackRecord(int formatVersion, String mountPath, List<String> artifacts, List<FileEntry> files) {
    public static final String FILE = ".faq-unpack.json";

    /** A written file, relative to the output directory. */
    public record FileEntry(String path, String sha256, String artifact) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public UnpackRecord {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public Map<String, String> checksums() {
        Map<String, String> out = new LinkedHashMap<>();
        for (FileEntry f : files) {
            out.put(f.path(), f.sha256());
        }
        return out;
    }

    /** The record in {@code dir}, or an empty one; an unreadable record protects nothing, so it is an error. */
    public static UnpackRecord read(Path dir) throws PackException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new UnpackRecord(1, "", List.of(), List.of());
        }
        try {
            return JSON.readValue(file.toFile(), UnpackRecord.class);
        } catch (IOException e) {
            throw new PackException(
                    file + " cannot be read (" + e.getMessage() + "); delete it and the files it"
                            + " listed, or set overwrite=true",
                    e);
        }
    }

    public void write(Path dir) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (OutputStream out = AtomicFiles.newOutputStream(dir.resolve(FILE))) {
            out.write(JSON.writer(pp).writeValueAsBytes(this));
            out.write('\n');
        }
    }
}
