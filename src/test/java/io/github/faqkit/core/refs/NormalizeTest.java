package io.github.faqkit.core.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass path normalization gives what splitting into segments gives, for any path. */
class NormalizeTest {

    /** The segment-list algorithm the resolver used before. */
    private static String reference(String absolute) {
        if (absolute.startsWith("/") && absolute.indexOf("/.") < 0 && absolute.indexOf("//") < 0) {
            return absolute;
        }
        Deque<String> parts = new ArrayDeque<>();
        String[] segs = absolute.split("/", -1);
        for (int i = 1; i < segs.length; i++) {
            String s = segs[i];
            boolean last = i == segs.length - 1;
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
                if (last) {
                    parts.addLast("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    parts.addLast("");
                }
            } else if (!s.isEmpty() || last) {
                parts.addLast(s);
            }
        }
        return "/" + String.join("/", parts);
    }

    @Test
    void equalsTheSegmentListAlgorithm() {
        for (String p : List.of(
                "/docs/s00/g00/../../../pics/a.png",
                "/docs/../..",
                "/..",
                "/.",
                "/a/./b/.",
                "/a/b/..",
                "/a//b",
                "//a",
                "/a/b/",
                "a/b",
                "noslash",
                "",
                "/",
                "/.../x",
                "/a/..b/c",
                "/a/.b/../c/",
                "/文档/./图片/../a b.png")) {
            assertThat(Resolver.normalize(p)).as(p).isEqualTo(reference(p));
        }
        Random random = new Random(9);
        String[] pieces = {"/", "/", "..", ".", "a", "bc", "...", ".x", "图"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "/" : "");
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String p = b.toString();
            assertThat(Resolver.normalize(p)).as(p).isEqualTo(reference(p));
        }
    }
}
