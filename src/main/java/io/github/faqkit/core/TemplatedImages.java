package io.github.faqkit.core;

import java.util.HashSet;
import java.util.Set;

/**
 * Image paths that a template puts together from a value and a literal end: {@code <img src="img/team/{{ m.pic
 * }}.jpg">} looping over {@code pic: student/10} in {@code _config.yml} shows {@code img/team/student/10.jpg},
 * which no file names whole. Kept are the literal ends that follow a Liquid output in the site's templates, when
 * they end in an image extension ({@code .jpg}, {@code -thumb.png}), and the plain values of its configuration and
 * data files; an image whose path ends with such a value and such an end may be shown. Matched by path tail, as
 * {@link AssetReferences#names} matches, lenient on purpose: a template fed by data may show any image its data
 * names.
 */
public final class TemplatedImages {
    /**
     * The literal text a template writes before and after a value in an image path; {@code afterOutput} when the
     * start follows another output ({@code {{ name }}.{{ lang }}.jpg}: the path is a value, the start, a value).
     */
    private record Around(String start, String end, boolean afterOutput) {}

    private final Set<Around> arounds = new HashSet<>();
    private final Set<String> values = new HashSet<>();

    /**
     * Keeps what is written around a Liquid output in the image paths of a template's text: the literal path text
     * right before an output (back to another output or the start of the path) and right after it (up to the end
     * of the path). Walked by hand in one pass: a regular expression with a run of path characters before the
     * output tried every start inside a long run, and a notebook's base64 image (100,000 characters without a
     * space) took hours.
     */
    void readTemplate(String raw) {
        int open = raw.indexOf("{{");
        int from = 0;
        while (open >= 0) {
            int close = open + 2;
            while (close < raw.length() && raw.charAt(close) != '{' && raw.charAt(close) != '}') {
                close++;
            }
            if (close + 1 < raw.length() && raw.charAt(close) == '}' && raw.charAt(close + 1) == '}') {
                int endFrom = close + 2;
                int endTo = endFrom;
                while (endTo < raw.length() && pathChar(raw.charAt(endTo))) {
                    endTo++;
                }
                if (endTo > endFrom) {
                    int start = open;
                    while (start > from && pathChar(raw.charAt(start - 1))) {
                        start--;
                    }
                    boolean afterOutput = from > 0 && start == from && raw.startsWith("}}", from - 2);
                    keep(raw.substring(start, open), raw.substring(endFrom, endTo), afterOutput);
                    // the end of one output may be the start of the next: "{{ a }}/img/{{ b }}.png"
                    from = endFrom;
                }
            }
            open = raw.indexOf("{{", open + 1);
        }
    }

    private void keep(String start, String end, boolean afterOutput) {
        int q = end.indexOf('?');
        if (q >= 0) {
            end = end.substring(0, q);
        }
        if (AssetReferences.isImagePath(end)) {
            // only a start within one path segment joins two values ({{ a }}.{{ b }}); {{ base }}/img/x-{{ v }} does
            // not
            arounds.add(new Around(AssetReferences.tail(start), end, afterOutput && start.indexOf('/') < 0));
        }
    }

    /** A character that may be part of a path as written in a template (not space, quote, bracket or brace). */
    private static boolean pathChar(char c) {
        return " \t\n\u000B\f\r\"'()<>,;={}\\|".indexOf(c) < 0;
    }

    /** Keeps the values of a configuration or data file that may be the varying part of such a path. */
    void readValues(String raw) {
        for (String token : AssetReferences.tokens(raw)) {
            // a YAML flow list ([en, fr]) leaves its brackets on the first and last item
            String tail = AssetReferences.tail(token).replaceAll("^\\[+|]+$", "");
            if (!tail.isEmpty() && !AssetReferences.isImagePath(tail)) {
                values.add(tail);
            }
        }
    }

    /** Texts (front matter values) as the value tails {@link #names} compares. */
    public static Set<String> valuesOf(Iterable<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            String tail = AssetReferences.tail(t.strip());
            if (!tail.isEmpty()) {
                out.add(tail);
            }
        }
        return out;
    }

    /**
     * True when {@code imagePath} is some value (of the configuration and data, or of {@code more}, such as front
     * matter values) followed by an end a template writes after a Liquid output.
     */
    public boolean names(String imagePath, Set<String> more) {
        for (Around a : arounds) {
            if (imagePath.length() <= a.end().length() || !imagePath.endsWith(a.end())) {
                continue;
            }
            String stem = imagePath.substring(0, imagePath.length() - a.end().length());
            if (a.start().isEmpty()) {
                if (AssetReferences.namedIn(values, stem) || AssetReferences.namedIn(more, stem)) {
                    return true;
                }
                continue;
            }
            // the start sits at the beginning of the path or of a folder name, the value fills the rest
            for (int i = stem.indexOf(a.start()); i >= 0; i = stem.indexOf(a.start(), i + 1)) {
                String value = stem.substring(i + a.start().length());
                if (value.isEmpty() || !(values.contains(value) || more.contains(value))) {
                    continue;
                }
                if (i == 0 || stem.charAt(i - 1) == '/') {
                    return true;
                }
                // {{ a }}.{{ b }}.jpg: what comes before the start is the end of another value
                String before = stem.substring(stem.lastIndexOf('/', i - 1) + 1, i);
                if (a.afterOutput() && (values.contains(before) || more.contains(before))) {
                    return true;
                }
            }
        }
        return false;
    }
}
