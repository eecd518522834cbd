package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNamesTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../evil.md | climbs out of the output directory",
                "content/../../evil.md | climbs out of the output directory",
                "/etc/passwd | is an absolute path",
                "C:/Windows/evil.md | is an absolute path",
                "\\\\server\\share\\x.md | is an absolute path",
                "docs\\..\\..\\evil.md | contains a backslash",
                "docs/./a.md | is not a normalized path",
                "docs//a.md | is not a normalized path",
                "docs/x/../a.md | is not a normalized path",
                ". | climbs out of the output directory",
            })
    void refusesUnsafeNames(String name, String reason) {
        assertThat(EntryNames.problem(name, out)).startsWith(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/a.md", "pics/image-20240614124910426.png", "content/docs/", "a..b/c.md", "..md"})
    void acceptsPlainRelativeNames(String name) {
        assertThat(EntryNames.problem(name, out)).isNull();
    }

    @org.junit.jupiter.api.Test
    void siblingWithCommonPrefixIsOutside() {
        // String comparison would accept "/tmp/x/out-evil" for root "/tmp/x/out"; Path comparison does not.
        Path root = out.resolve("out");
        assertThat(EntryNames.problem("../out-evil/a.md", root)).startsWith("climbs out");
    }
}
