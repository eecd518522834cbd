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
        for (int n = Math.max(1, line - SourceExcerpts.CONTEXT);
                n <= Math.min(index.lineCount(), line + SourceExcerpts.CONTEXT);
                n++) {
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
                bytes("a\nb\nc\n"),
                bytes("a\r\nb\r\n\r\nc"),
                bytes("a\rb\r\rc\r"),
                bytes(bom, "模型\n参数\n"),
                bytes("x\n", cut, "\ny\n", cut),
                bytes("x", cut, "\r\n", cut, "\rz"),
                bytes("\uFFFD\nq\n"),
                bytes("\n\n\n"),
                bytes("only"),
                bytes(bom),
                bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0}));
        int i = 0;
        for (byte[] content : files) {
            String name = "f" + i++ + ".md";
            SiteFixture.in(dir).bytes(name, content);
        }
        ValidationResult r = SiteFixture.in(dir).validate();
        for (int f = 0; f < files.size(); f++) {
            for (int line = 1; line <= 7; line++) {
                SourceExcerpts fresh = new SourceExcerpts(r.site());
                assertThat(fresh.around("f" + f + ".md", line))
                        .as("file %d line %d", f, line)
                        .isEqualTo(expected(files.get(f), line));
                String text = SourceText.decode(files.get(f)).text();
                LineIndex index = new LineIndex(text);
                String one = text.isEmpty() || line > index.lineCount()
                        ? ""
                        : text.substring(index.lineStart(line), index.lineEnd(text, line));
                assertThat(new SourceExcerpts(r.site()).line("f" + f + ".md", line))
                        .isEqualTo(one);
            }
            // one reader for all lines, down the file and back up: a file read in part is read further
            SourceExcerpts shared = new SourceExcerpts(r.site());
            for (int line : new int[] {1, 3, 7, 2, 5, 1}) {
                assertThat(shared.around("f" + f + ".md", line, 1))
                        .as("file %d line %d, shared", f, line)
                        .isEqualTo(expected(files.get(f), line));
            }
        }
    }

    /** Files larger than one read, with line breaks and characters across the read boundaries, read in part. */
    @Test
    void partReadsGiveTheLinesOfTheDecodedText() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        StringBuilder mixed = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int n = 0; mixed.length() < 200_000; n++) {
            mixed.append("模型 line ")
                    .append(n)
                    .append(" ")
                    .append("x".repeat(n % 97))
                    .append(ends[n % 3]);
        }
        List<byte[]> files = List.of(
                bytes(mixed),
                bytes(bom, mixed),
                // "\r\n" split by the first read (16 KiB), then a lone "\r" at the end of the second
                bytes("a".repeat(16 * 1024 - 1), "\r\nb\n", "c".repeat(16 * 1024 - 4), "\r", "d\n".repeat(9000)),
                // a three-byte character split by the first read, then an invalid byte far down
                bytes("a".repeat(16 * 1024 - 1), "模\n", "e\n".repeat(9000), new byte[] {(byte) 0xFF}, "\nz\n"));
        for (int i = 0; i < files.size(); i++) {
            SiteFixture.in(dir).bytes("big" + i + ".md", files.get(i));
        }
        ValidationResult r = SiteFixture.in(dir).validate();
        for (int f = 0; f < files.size(); f++) {
            String name = "big" + f + ".md";
            int lines = new LineIndex(SourceText.decode(files.get(f)).text()).lineCount();
            SourceExcerpts shared = new SourceExcerpts(r.site());
            for (int line : new int[] {1, 2, 3, 4, 5, 900, 1500, lines / 2, lines - 2, lines, lines + 1, 7}) {
                assertThat(new SourceExcerpts(r.site()).around(name, line))
                        .as("file %d line %d", f, line)
                        .isEqualTo(expected(files.get(f), line));
                assertThat(shared.around(name, line, 3))
                        .as("file %d line %d, shared", f, line)
                        .isEqualTo(expected(files.get(f), line));
            }
        }
    }
}
