package io.github.faqkit.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the site's layouts and includes, each read once a run: the site load hands one to every
 * {@link LayoutChains} walker (navigation, content, ids, page keys), which would otherwise each read the same files.
 */
public final class TemplateTexts {
    /** A file's text, or the exception reading it gave. */
    private final Map<Path, Object> texts = new ConcurrentHashMap<>();

    public String read(Path file) throws IOException {
        Object v = texts.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e;
            } catch (java.io.UncheckedIOException e) {
                return e.getCause();
            }
        });
        if (v instanceof IOException e) {
            throw e;
        }
        return (String) v;
    }
}
