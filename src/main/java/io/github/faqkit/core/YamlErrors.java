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
                // "found unexpected end of stream" or "got <stream end>" points past the end: where the unclosed
                // quote or bracket began helps more.
                boolean atEnd = m.getProblem() != null
                        && (m.getProblem().contains("end of stream")
                                || m.getProblem().contains("<stream end>"));
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

    /** The error for a writer, on one line: what the parser found and where it was. */
    static String describe(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblem() != null) {
                // what the parser was reading and what it found there, without its excerpt of the text
                msg = m.getContext() == null ? m.getProblem() : m.getContext() + ": " + m.getProblem();
                break;
            }
        }
        if (msg == null) {
            return "invalid YAML";
        }
        int cut = msg.indexOf("\n in 'reader'");
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        msg = FrontMatterParser.oneLine(msg)
                .replace("; ^", "")
                .replace(";^", "")
                .trim();
        if (msg.contains("\\t") || msg.contains("'\t'") || msg.contains("(TAB)")) {
            msg = msg + " (YAML does not allow tabs for indentation)";
        }
        return msg;
    }
}
