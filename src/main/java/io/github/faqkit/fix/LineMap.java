package io.github.faqkit.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.List;

/**
 * Where each line of a file is after a change: lines the change did not touch move by the lines inserted or
 * deleted above them; a changed line maps to its replacement (the last one when fewer lines replace more);
 * a deleted line maps nowhere.
 */
final class LineMap {
    private final int[] to; // to[oldLine] = new line, 0 when deleted; index 0 unused

    private LineMap(int[] to) {
        this.to = to;
    }

    static LineMap of(byte[] before, byte[] after) {
        List<String> a = GitPatch.lines(before);
        List<String> b = GitPatch.lines(after);
        int[] to = new int[a.size() + 1];
        int shift = 0;
        int next = 0; // first old line (0-based) not yet mapped
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<String> src = d.getSource();
            Chunk<String> dst = d.getTarget();
            for (; next < src.getPosition(); next++) {
                to[next + 1] = next + 1 + shift;
            }
            for (int i = 0; i < src.size(); i++) {
                to[src.getPosition() + i + 1] =
                        dst.size() == 0 ? 0 : dst.getPosition() + Math.min(i, dst.size() - 1) + 1;
            }
            next = src.getPosition() + src.size();
            shift += dst.size() - src.size();
        }
        for (; next < a.size(); next++) {
            to[next + 1] = next + 1 + shift;
        }
        return new LineMap(to);
    }

    /** The line's number after the change; 0 when it was deleted (or beyond the file: unchanged). */
    int map(int line) {
        if (line <= 0) {
            return line;
        }
        return line < to.length ? to[line] : line;
    }
}
