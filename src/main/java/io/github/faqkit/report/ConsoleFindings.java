package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's lines for the findings of a run: errors and warnings one by one, always; info findings one by
 * one too, unless a rule has more than {@code infoLimit} of them (an editor's default repeated on every page, such
 * as Typora's alt text): those are summed up per folder, and the reports keep each of them.
 */
public final class ConsoleFindings {
    /** More folders than this for one rule are summed up as their common folder. */
    static final int MAX_FOLDERS = 8;

    /** One console line at the level it is logged with. */
    public record Line(Severity severity, String text) {}

    private ConsoleFindings() {}

    /**
     * @param findings sorted as a result sorts them
     * @param infoLimit the most info findings of one rule listed one by one; negative: no limit
     * @param seeAlso where every finding is listed (e.g. the report files), for the summary lines
     */
    public static List<Line> lines(List<Finding> findings, ConsoleFormatter console, int infoLimit, String seeAlso) {
        Map<String, List<Finding>> infosByRule = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                infosByRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Line> out = new ArrayList<>();
        List<List<Finding>> summed = new ArrayList<>();
        for (List<Finding> infos : infosByRule.values()) {
            if (infoLimit >= 0 && infos.size() > infoLimit) {
                summed.add(infos);
            }
        }
        java.util.Set<String> summedRules = new java.util.HashSet<>();
        summed.forEach(s -> summedRules.add(s.get(0).ruleId()));
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO || !summedRules.contains(f.ruleId())) {
                out.add(new Line(f.severity(), console.format(f)));
            }
        }
        for (List<Finding> infos : summed) {
            Finding first = infos.get(0);
            Map<String, List<Finding>> folders = byFolder(infos);
            for (Map.Entry<String, List<Finding>> folder : folders.entrySet()) {
                // files right in a folder whose subfolders have lines of their own
                boolean direct = folders.keySet().stream()
                        .anyMatch(k -> !k.equals(folder.getKey()) && k.startsWith(folder.getKey()));
                long pages =
                        folder.getValue().stream().map(Finding::file).distinct().count();
                String where = console.path(folder.getKey());
                out.add(new Line(
                        Severity.INFO,
                        first.ruleId() + " " + first.ruleName() + " info: "
                                + folder.getValue().size() + " finding(s)"
                                + " in " + pages + " file(s) " + (direct ? "directly in " : "under ")
                                + (where.isEmpty() ? "./" : where)
                                + " (more than " + infoLimit + " of this rule, so not listed here; " + seeAlso
                                + " list each)"));
            }
        }
        return out;
    }

    /**
     * Findings by folder ("" for the site root, else ending in '/'): one level below the folder all of them share,
     * or that folder itself when that would give more than {@link #MAX_FOLDERS} lines.
     */
    static Map<String, List<Finding>> byFolder(List<Finding> findings) {
        String common = null;
        for (Finding f : findings) {
            String dir = folder(f.file());
            common = common == null ? dir : commonFolder(common, dir);
        }
        Map<String, List<Finding>> out = new TreeMap<>();
        for (Finding f : findings) {
            String dir = folder(f.file());
            int next = dir.indexOf('/', common.length());
            out.computeIfAbsent(next < 0 ? dir : dir.substring(0, next + 1), k -> new ArrayList<>())
                    .add(f);
        }
        if (out.size() > MAX_FOLDERS) {
            return Map.of(common, findings);
        }
        return out;
    }

    private static String folder(String file) {
        return file.substring(0, file.lastIndexOf('/') + 1);
    }

    private static String commonFolder(String a, String b) {
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, end);
    }
}
