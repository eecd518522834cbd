package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layout or include is read once a run, for Liquid (strict UTF-8) and for the image scan (bad bytes replaced). */
class TemplateTextsTest {
    @TempDir
    Path dir;

    @Test
    void utf8FileIsOneTextForEveryReader() throws IOException {
        Path f = Files.writeString(dir.resolve("head.html"), "<img src=\"/assets/ü.png\">");
        TemplateTexts texts = new TemplateTexts();
        String strict = texts.read(f);
        assertThat(strict).isEqualTo("<img src=\"/assets/ü.png\">");
        // the same reading, not a second one: a change on disk after the first read is not seen
        Files.writeString(f, "changed");
        assertThat(texts.readReplacing(f)).isSameAs(strict);
        assertThat(texts.read(dir.resolve(".").resolve("head.html"))).isSameAs(strict);
    }

    @Test
    void latin1FileStopsLiquidButIsScannedWithReplacements() throws IOException {
        Path f = Files.write(
                dir.resolve("latin1.html"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', '/', 'a', '.', 'p'});
        TemplateTexts texts = new TemplateTexts();
        assertThatThrownBy(() -> texts.read(f)).isInstanceOf(MalformedInputException.class);
        assertThat(texts.readReplacing(f)).isEqualTo("caf\uFFFD /a.p");
    }

    @Test
    void missingFileThrowsEachTime() {
        TemplateTexts texts = new TemplateTexts();
        Path f = dir.resolve("none.html");
        assertThatThrownBy(() -> texts.read(f)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> texts.readReplacing(f)).isInstanceOf(NoSuchFileException.class);
    }
}
