package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome for one file: its bytes before and after, the findings fixed (with what was done) and the
 * findings of fixable rules that were left alone (with why).
 */
public record FileFix(
        String path, Path file, byte[] before, byte[] after, List<Applied> applied, List<Skipped> skipped) {

    /** A finding repaired by this run. */
    public record Applied(Finding finding, String description) {}

    /** A finding of a fixable rule that this run did not touch. */
    public record Skipped(Finding finding, String reason) {}

    public FileFix {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }

    public boolean changed() {
        return !Arrays.equals(before, after);
    }

    /** The change as a unified diff ({@code --- a/path}, {@code +++ b/path}); empty when nothing changed. */
    public List<String> diff() {
        return diff(path);
    }

    /** The same, naming the file {@code shownPath} (e.g. relative to the project rather than the site). */
    public List<String> diff(String shownPath) {
        return changed() ? UnifiedDiff.of(shownPath, before, after) : List.of();
    }
}
