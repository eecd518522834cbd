package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where a YAML error really is. Jackson reports SnakeYAML's context mark (e.g. the end of the line
 * before a tab-indented line); the problem mark is the character the author has to fix.
 */
final class YamlErrors {
    private YamlErrors() {}

    /** 1-based line and column within the YAML text, or null when unknown. */
    static int[] position(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                // "found unexpected end of stream" points past the end: where the unclosed quote began helps more.
                boolean atEnd = m.getProblem() != null && m.getProblem().contains("end of stream");
                Mark mark = m.getProblemMark() != null && !(atEnd && m.getContextMark() != null)
                        ? m.getProblemMark()
                        : m.getContextMark();
                if (mark != null) {
                    return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
                }
            }
        }
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return null;
        }
        return new int[] {loc.getLineNr(), Math.max(1, loc.getColumnNr())};
    }
}
