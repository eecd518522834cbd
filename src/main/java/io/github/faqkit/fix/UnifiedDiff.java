package io.github.faqkit.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.faqkit.core.SourceText;
import io.github.faqkit.core.fix.PageText;
import java.util.ArrayList;
import java.util.List;

/** Renders a file change as a unified diff with three lines of context, line breaks not shown. */
public final class UnifiedDiff {
    private UnifiedDiff() {}

    public static List<String> of(String path, byte[] before, byte[] after) {
        List<String> a = lines(SourceText.decode(before).text());
        List<String> b = lines(SourceText.decode(after).text());
        Patch<String> patch = DiffUtils.diff(a, b);
        return UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3);
    }

    private static List<String> lines(String text) {
        PageText t = new PageText(text);
        List<String> out = new ArrayList<>(t.lineCount());
        for (int l = 1; l <= t.lineCount(); l++) {
            out.add(t.line(l));
        }
        return out;
    }
}
