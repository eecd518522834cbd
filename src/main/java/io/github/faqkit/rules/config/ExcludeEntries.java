package io.github.faqkit.rules.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.YamlKeys;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds entries to {@code exclude:} of {@code _config.yml} in the file's own style, touching nothing else: after the
 * last item of a block list (same indentation and dash), before the closing bracket of a flow list, or as a new
 * {@code exclude:} block at the end. The edited text must parse to the same settings with only the entries added;
 * otherwise (anchors, several documents, odd layouts) the fix refuses and says what to add.
 */
final class ExcludeEntries {
    private static final String KEY = "exclude";
    /** What goes before a block list item on its line: indentation, the dash, spaces. */
    private static final Pattern ITEM_PREFIX = Pattern.compile("[ \\t]*-[ \\t]+");
    /** A path YAML reads as the same plain string (no quotes needed). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_./-]*");

    /**
     * Entries a first {@code exclude:} list must name on a site Jekyll 3 builds: Jekyll 3 replaces its defaults with
     * the site's list, so without them its Gemfile is published and a {@code vendor/bundle} of installed gems is read
     * as site content (a build that caches gems there then fails on the gems' own templates). Jekyll 4 adds them to
     * any list.
     */
    static final List<String> JEKYLL3_DEFAULTS = ContentScanner.JEKYLL3_DEFAULT_EXCLUDES;

    private ExcludeEntries() {}

    /**
     * @param file the name of the configuration file edited, for the messages
     * @param newListDefaults entries a new {@code exclude:} list must name too (Jekyll 3's defaults), none when the
     *     build keeps its defaults whatever the site lists
     */
    static FixRecipe adding(String file, List<String> entries, List<String> newListDefaults) {
        List<String> copy = List.copyOf(entries);
        List<String> defaults = List.copyOf(newListDefaults);
        return text -> add(text, file, copy, defaults);
    }

    static Repair add(PageText t, String file, List<String> entries) {
        return add(t, file, entries, List.of());
    }

    static Repair add(PageText t, String file, List<String> own, List<String> newListDefaults) {
        String text = t.text();
        List<String> entries = own;
        MappingNode top = YamlKeys.topLevel(text);
        if (top == null || top.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            return refuse(file + " is not one block of 'key: value' settings", entries);
        }
        Node value = null;
        for (NodeTuple tuple : top.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(KEY)) {
                value = tuple.getValueNode();
            }
        }
        TextEdit edit;
        List<String> defaults = List.of();
        if (value == null) {
            defaults = newListDefaults.stream().filter(e -> !own.contains(e)).toList();
            entries = Stream.concat(own.stream(), defaults.stream()).toList();
            edit = newKey(t, top, entries);
        } else if (value instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            edit = intoFlowList(text, seq, entries);
        } else if (value instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            edit = intoBlockList(t, seq, entries);
        } else {
            edit = null;
        }
        if (edit == null) {
            return refuse("exclude: is not written as a plain list", entries);
        }
        String after = text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end());
        if (!sameSettingsPlus(text, after, entries)) {
            return refuse("adding them here would change other settings (anchors, several documents?)", entries);
        }
        if (!defaults.isEmpty()) {
            return new Fix(
                    "added " + String.join(", ", own) + " to a new exclude: in " + file + ", with Jekyll 3's own "
                            + "entries (" + String.join(", ", defaults) + "), which a new list replaces",
                    edit);
        }
        return new Fix("added " + String.join(", ", entries) + " to exclude: in " + file, edit);
    }

    private static Refusal refuse(String why, List<String> entries) {
        return new Refusal(why + "; add " + String.join(", ", entries) + " to exclude: yourself");
    }

    /** A new {@code exclude:} block after the last setting, indented like the other top-level keys. */
    private static TextEdit newKey(PageText t, MappingNode top, List<String> entries) {
        String text = t.text();
        String eol = t.usualEol();
        int column = top.getValue().isEmpty()
                ? 0
                : top.getValue().get(0).getKeyNode().getStartMark().getColumn();
        String indent = " ".repeat(column);
        StringBuilder b = new StringBuilder();
        if (!text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
            b.append(eol);
        }
        b.append(indent).append(KEY).append(':').append(eol);
        for (String e : entries) {
            b.append(indent).append("  - ").append(scalar(e)).append(eol);
        }
        return TextEdit.insert(text.length(), b.toString());
    }

    /** {@code [a, b]} becomes {@code [a, b, c]}: the entries go right after the last item (or into {@code []}). */
    private static TextEdit intoFlowList(String text, SequenceNode seq, List<String> entries) {
        int close = seq.getEndMark().getIndex() - 1;
        if (close < 0 || close >= text.length() || text.charAt(close) != ']') {
            return null;
        }
        int last = close - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        char c = text.charAt(last);
        for (String e : entries) {
            if (b.length() > 0 || (c != '[' && c != ',')) {
                b.append(',');
            }
            if (b.length() > 0 || c != '[') {
                b.append(' ');
            }
            b.append(scalar(e));
        }
        return TextEdit.insert(last + 1, b.toString());
    }

    /** New {@code - entry} lines after the last item, with that item's indentation and dash. */
    private static TextEdit intoBlockList(PageText t, SequenceNode seq, List<String> entries) {
        Node lastItem = seq.getValue().get(seq.getValue().size() - 1);
        Mark start = lastItem.getStartMark();
        int itemLine = start.getLine() + 1;
        if (!t.exists(itemLine)) {
            return null;
        }
        String prefix = t.line(itemLine)
                .substring(0, Math.min(start.getColumn(), t.line(itemLine).length()));
        if (!ITEM_PREFIX.matcher(prefix).matches() || !(lastItem instanceof ScalarNode)) {
            return null;
        }
        Mark end = lastItem.getEndMark();
        int endLine = end.getLine() + 1; // the line the last item ends on (a folded scalar may span several)
        if (!t.exists(endLine)) {
            return null;
        }
        String eol = t.eol(endLine);
        boolean lastLineOpen = t.next(endLine) == t.end(endLine);
        StringBuilder b = new StringBuilder();
        for (String e : entries) {
            if (lastLineOpen) {
                b.append(eol);
            }
            b.append(prefix).append(scalar(e));
            if (!lastLineOpen) {
                b.append(eol);
            }
        }
        return TextEdit.insert(t.next(endLine), b.toString());
    }

    /** The entry as a YAML scalar that reads back as exactly this string. */
    static String scalar(String entry) {
        if (PLAIN.matcher(entry).matches()) {
            return entry;
        }
        return '"' + entry.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** True when {@code after} holds the settings of {@code before} with {@code entries} appended to exclude. */
    static boolean sameSettingsPlus(String before, String after, List<String> entries) {
        JsonNode was = SiteConfigs.parse(before);
        JsonNode now = SiteConfigs.parse(after);
        if (!(was instanceof ObjectNode expected) || now == null) {
            return false;
        }
        ObjectNode want = expected.deepCopy();
        ArrayNode list = want.get(KEY) instanceof ArrayNode a ? a : want.putArray(KEY);
        entries.forEach(list::add);
        return want.equals(now);
    }
}
