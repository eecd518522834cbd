package io.github.faqkit.core;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the site's layouts and includes, each read once a run: the site load hands one to every
 * {@link LayoutChains} walker (navigation, content, ids, page keys), to the Liquid engine and to the scan for
 * image references, which would otherwise each read the same files.
 */
public final class TemplateTexts {
    /** A file's text and whether its bytes are UTF-8, or the exception reading it gave. */
    private final Map<Path, Object> texts = new ConcurrentHashMap<>();

    private record Text(String text, boolean utf8) {}

    /** The file's text; a {@link MalformedInputException} when it is not UTF-8, on which Liquid stops. */
    public String read(Path file) throws IOException {
        Text t = text(file);
        if (!t.utf8()) {
            throw new MalformedInputException(1);
        }
        return t.text();
    }

    /**
     * The file's text with every byte that is not UTF-8 read as U+FFFD: what a scan for the names a template
     * mentions reads, whether or not Liquid could read the file.
     */
    public String readReplacing(Path file) throws IOException {
        return text(file).text();
    }

    private Text text(Path file) throws IOException {
        Object v = texts.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                byte[] bytes = Files.readAllBytes(f);
                String valid = Utf8.decodeValid(bytes, 0, bytes.length);
                return valid != null
                        ? new Text(valid, true)
                        : new Text(new String(bytes, StandardCharsets.UTF_8), false);
            } catch (IOException e) {
                return e;
            } catch (java.io.UncheckedIOException e) {
                return e.getCause();
            }
        });
        if (v instanceof IOException e) {
            throw e;
        }
        return (Text) v;
    }
}
