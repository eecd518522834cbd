package io.github.faqkit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Sha256;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The accepted findings of a site ({@code faq-baseline.json}), so that a team adopting the plugin on
 * existing content fails only on new problems. A finding is keyed by rule, file and a fingerprint of
 * the trimmed source line and the message with numbers blanked, never by line number: edits above a
 * finding do not make it new. Identical keys are counted, so a second copy of a baselined defect is new.
 */
public final class Baseline {
    public static final int SCHEMA_VERSION = 1;

    /** One accepted finding. {@code message} is kept for people reading the file and for "fixed" logs. */
    public record Entry(String rule, String file, String fingerprint, String message) {
        String key() {
            return rule + '\u0000' + file + '\u0000' + fingerprint;
        }
    }

    /** Findings split by the baseline, and the baseline entries no finding matched any more. */
    public record Outcome(List<Finding> fresh, List<Finding> baselined, List<Entry> fixed) {}

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::rule)
            .thenComparing(Entry::fingerprint)
            .thenComparing(Entry::message);

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Every finding of the run, accepted as it is, with the findings each one absorbed: should the one that
     * names the cause go (its rule switched off, a suppression), what it absorbed is still accepted.
     */
    public static Baseline of(ValidationResult result) {
        SourceExcerpts sources = new SourceExcerpts(result);
        List<Entry> list = new ArrayList<>();
        for (Finding f : result.findings()) {
            list.add(entry(f, sources));
            for (Finding a : f.absorbed()) {
                list.add(entry(a, sources));
            }
        }
        return new Baseline(list);
    }

    /** Splits the findings of a run into new ones and baselined ones. */
    public Outcome match(ValidationResult result) {
        Map<String, List<Entry>> open = new HashMap<>();
        for (Entry e : entries) {
            open.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        SourceExcerpts sources = new SourceExcerpts(result);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (take(open, entry(f, sources))) {
                baselined.add(f);
            } else {
                fresh.add(f);
            }
        }
        // An entry for a finding that is now absorbed by another (a baseline written before the two were
        // merged, or with the cause baselined too) describes a problem still there: it is not fixed.
        for (Finding f : result.findings()) {
            for (Finding a : f.absorbed()) {
                take(open, entry(a, sources));
            }
        }
        List<Entry> fixed = new ArrayList<>();
        open.values().forEach(fixed::addAll);
        fixed.sort(ORDER);
        return new Outcome(List.copyOf(fresh), List.copyOf(baselined), List.copyOf(fixed));
    }

    private static boolean take(Map<String, List<Entry>> open, Entry e) {
        List<Entry> same = open.get(e.key());
        if (same == null || same.isEmpty()) {
            return false;
        }
        same.remove(same.size() - 1);
        return true;
    }

    /** The run's result with only the findings the baseline does not accept. */
    public static ValidationResult onlyNew(ValidationResult result, Outcome outcome) {
        return result.withFindings(outcome.fresh());
    }

    public void write(Path file) throws IOException {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.VERSION);
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("rule", e.rule());
            n.put("file", e.file());
            n.put("fingerprint", e.fingerprint());
            n.put("message", e.message());
        }
        PrettyJson.write(root, file);
    }

    /** Reads a baseline; a file this tool cannot use is an {@link IOException} naming the problem. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = PrettyJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(
                    "the baseline " + file + " is not valid JSON (" + e.getMessage()
                            + "); regenerate it with mvn faq:baseline",
                    e);
        }
        if (root == null
                || root.path("schemaVersion").asInt(-1) != SCHEMA_VERSION
                || !root.path("findings").isArray()) {
            throw new IOException("the baseline " + file + " is not a faq-baseline.json of schema version "
                    + SCHEMA_VERSION + "; regenerate it with mvn faq:baseline");
        }
        List<Entry> list = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            list.add(new Entry(
                    n.path("rule").asText(),
                    n.path("file").asText(),
                    n.path("fingerprint").asText(),
                    n.path("message").asText()));
        }
        return new Baseline(list);
    }

    private static Entry entry(Finding f, SourceExcerpts sources) {
        return new Entry(f.ruleId(), f.file(), fingerprint(sourceLine(f, sources), f.message()), f.message());
    }

    private static String sourceLine(Finding f, SourceExcerpts sources) {
        if (f.line() <= 0 || f.file().isEmpty()) {
            return "";
        }
        return sources.line(f.file(), f.line()).trim();
    }

    /**
     * Hash of the trimmed source line and the message. Digits in the message are blanked because
     * messages quote line numbers ("also on line 12") that move when text is added above.
     */
    static String fingerprint(String line, String message) {
        MessageDigest sha = Sha256.digest();
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(message.replaceAll("[0-9]+", "#").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 12);
    }
}
