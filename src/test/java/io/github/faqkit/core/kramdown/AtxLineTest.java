package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ATX header test without a regex decides and splits every line as the pattern it replaces. */
class AtxLineTest {
    private static final Pattern ATX = Pattern.compile("(#{1,6})[\\t ]+(.*)");

    private static void same(String line) {
        Matcher m = ATX.matcher(line);
        int content = BlockLines.atxContent(line);
        if (m.matches()) {
            assertThat(content).as(line).isEqualTo(m.start(2));
        } else {
            assertThat(content).as(line).isEqualTo(-1);
        }
    }

    @Test
    void decidesEveryLineAsThePattern() {
        for (String line : List.of(
                "# a",
                "## 问题 1：x",
                "###### six",
                "####### seven",
                "#",
                "#a",
                "# ",
                "#\t\tx",
                "  # x",
                "#\u2028x",
                "# x\u0085y",
                "# x\ry",
                "",
                "## ## ",
                "##\t")) {
            same(line);
        }
        Random random = new Random(5);
        String[] pieces = {"#", "#", " ", "\t", "a", "问", "\r", "\u2028", "\u0085", "{#id}", "\n"};
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(10); i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            same(b.toString());
        }
    }
}
