package io.github.faqkit.core.kramdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The character references kramdown decodes, from its own table ({@code entities.tsv}, written by
 * {@code scripts/kramdown-golden/entities.rb}): the HTML 4 names, any {@code &#n;} or {@code &#xh;} (lower
 * case x), with the Windows-1252 code points 128-159 mapped to their characters. Any other {@code &…;}
 * stays text.
 */
final class Entities {
    private static final Map<String, Integer> NAMES = new HashMap<>();
    private static final Map<Integer, Integer> NUMBERS = new HashMap<>();

    static {
        try (InputStream in = Entities.class.getResourceAsStream("entities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("entities.tsv is missing from the plugin jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int codePoint = Integer.parseInt(line.substring(tab + 1));
                if (line.startsWith("#")) {
                    NUMBERS.put(Integer.parseInt(line.substring(1, tab)), codePoint);
                } else {
                    NAMES.put(line.substring(0, tab), codePoint);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Entities() {}

    /** The code point of the reference {@code &ref;} (without {@code &} and {@code ;}), or -1 when kramdown keeps it as text. */
    static int codePoint(String ref) {
        if (!ref.startsWith("#")) {
            return NAMES.getOrDefault(ref, -1);
        }
        boolean hex = ref.startsWith("#x");
        int from = hex ? 2 : 1;
        if (from == ref.length()) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < ref.length(); i++) {
            char c = ref.charAt(i);
            int d = c >= '0' && c <= '9'
                    ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            n = Math.min(n * (hex ? 16 : 10) + d, Integer.MAX_VALUE);
        }
        n = NUMBERS.getOrDefault((int) n, (int) n);
        return Character.isValidCodePoint((int) n) ? (int) n : -1;
    }
}
