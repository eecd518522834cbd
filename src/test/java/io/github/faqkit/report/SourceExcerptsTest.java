package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.SourceText;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceExcerptsTest {
    @TempDir
    Path dir;

    /** The lines a report shows, taken the obvious way: decode the whole file, then cut it into lines. */
    private static List<SourceExcerpts.Line> expected(byte[] bytes, int line) {
        String text = SourceText.decode(bytes).text();
        List<SourceExcerpts.Line> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        LineIndex index = new LineIndex(text);
        for (int n = Math.max(1, line - SourceExcerpts.CONTEXT); n <= Math.min(index.lineCount(),
                line + SourceExcerpts.CONTEXT); n++) {
            out.add(new SourceExcerpts.Line(n, text.substring(index.lineStart(n), index.lineEnd(text, n))));
        }
        return out;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Object p : parts) {
            b.writeBytes(p instanceof byte[] raw ? raw : p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    /** Lines found in the bytes and decoded one by one are the lines of the decoded file. */
    @Test
    void linesFromBytesAreTheLinesOfTheDecodedText() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] cut = {(byte) 0xE6, (byte) 0xA8}; // a CJK character without its last byte
        List<byte[]> files = List.of(
                bytes("a\nb\nc\n"), bytes("a\r\nb\r\n\r\nc"), bytes("a\rb\r\rc\r"), bytes(bom, "模型\n参数\n"),
                bytes("x\n", cut, "\ny\n", cut), bytes("x", cut, "\r\n", cut, "\rz"), bytes("\uFFFD\nq\n"),
                bytes("\n\n\n"), bytes("only"), bytes(bom), bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0}));
        int i = 0;
        for (byte[] content : files) {
            String name = "f" + i++ + ".md";
            SiteFixture.in(dir).bytes(name, content);
        }
        ValidationResult r = SiteFixture.in(dir).validate();
        for (int f = 0; f < files.size(); f++) {
            for (int line = 1; line <= 7; line++) {
                SourceExcerpts fresh = new SourceExcerpts(r.site());
                assertThat(fresh.around("f" + f + ".md", line)).as("file %d line %d", f, line)
                        .isEqualTo(expected(files.get(f), line));
                String text = SourceText.decode(files.get(f)).text();
                LineIndex index = new LineIndex(text);
                String one = text.isEmpty() || line > index.lineCount() ? ""
                        : text.substring(index.lineStart(line), index.lineEnd(text, line));
                assertThat(new SourceExcerpts(r.site()).line("f" + f + ".md", line)).isEqualTo(one);
            }
        }
    }
}
