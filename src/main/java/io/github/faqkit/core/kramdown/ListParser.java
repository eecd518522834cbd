package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The line-collecting half of kramdown's parse_list: which lines belong to which item (indented
 * content, lazy lines, blank lines, nested lists). The items' text is parsed as blocks afterwards.
 */
final class ListParser {
    static final class Item {
        final Element li;
        /**
         * The lines of each chunk, without their newlines: joined once into the chunk's text ({@link #text}),
         * where a builder grew and copied it line by line on every level of a nested list.
         */
        final List<List<String>> chunks = new ArrayList<>();

        final List<Integer> chunkLines = new ArrayList<>();

        Item(Element li) {
            this.li = li;
        }

        void newChunk(int line) {
            chunks.add(new ArrayList<>());
            chunkLines.add(line);
        }

        void addLine(String line) {
            chunks.get(chunks.size() - 1).add(line);
        }

        /** The text of chunk {@code i}, each line ending in a newline; the chunk's lines are let go. */
        String text(int i) {
            List<String> lines = chunks.set(i, null);
            lines.add("");
            return String.join("\n", lines);
        }
    }

    private final String type;
    private final BlockParser parser;
    final List<Item> items = new ArrayList<>();
    boolean eobFound;

    ListParser(String type, BlockParser parser) {
        this.type = type;
        this.parser = parser;
    }

    void consume(Src src, Element list) {
        Matcher m = BlockParser.listStart(type).matcher("");
        int maxMarkerIndent = 3;
        int indentation = 0;
        Item item = null;
        boolean nestedListFound = false;
        boolean lastIsBlank = false;
        while (!src.eos()) {
            String line = src.line();
            if (lastIsBlank && BlockParser.hr(line)) {
                break;
            } else if (BlockParser.isEobLine(line)) {
                src.skip();
                eobFound = true;
                break;
            } else if (BlockParser.markerFirst(line, type)
                    && m.reset(line).matches()
                    && Src.spaces(m.group(1)) <= maxMarkerIndent) {
                int lineNo = src.line;
                src.skip();
                item = new Item(new Element("li", lineNo));
                items.add(item);
                list.children.add(item.li);
                String marker = m.group(1);
                String content = m.group(2);
                if (BlockParser.itemIalOnly(content)) {
                    indentation = 4;
                } else {
                    indentation = marker.length();
                    content = expandLeadingTabs(content, indentation);
                    indentation += Src.spaces(content);
                }
                content = content.stripLeading();
                content = parser.itemIal(content, item.li, lineNo);
                item.li.rawText = content;
                maxMarkerIndent = Math.min(indentation - 1, 3);
                nestedListFound = parser.startsListItem(content);
                lastIsBlank = false;
                item.newChunk(lineNo);
                item.addLine(content);
            } else if (item != null
                    && (contentLine(line, indentation) || !lastIsBlank && lazyLine(line, indentation))) {
                src.skip();
                int tabs = leadingTabs(line);
                String result = tabs == 0 ? line : "    ".repeat(tabs) + line.substring(tabs);
                boolean indentationFound = Src.spaces(result) >= indentation;
                if (indentationFound) {
                    result = result.substring(indentation);
                }
                if (!nestedListFound && indentationFound && parser.startsListItem(result)) {
                    item.newChunk(src.line - 1);
                    nestedListFound = true;
                } else if (nestedListFound && !indentationFound && parser.startsListItem(result)) {
                    result = " ".repeat(indentation + 4) + result;
                }
                item.addLine(result);
                lastIsBlank = false;
            } else if (item != null && Src.blank(line)) {
                nestedListFound = true;
                lastIsBlank = true;
                while (!src.eos() && src.lineBlank()) {
                    item.addLine(src.line());
                    src.skip();
                }
            } else {
                break;
            }
        }
    }

    /**
     * How many lines at the start of {@code text} (up to {@code max}) form a staircase of list items, each one
     * nested in the item of the line before: a list item line (spaces only, no tab) whose marker is indented
     * past the previous item's content column by at most three spaces, as {@link #consume} and the block
     * parser then read it, one nested list per line. The count is a lower bound of the list depth kramdown
     * reaches from here; it reads each line once, where parsing the staircase copies every level's text.
     */
    static int staircase(String text, int max) {
        int count = 0;
        int strip = 0; // columns the enclosing items take off each line
        int from = 0;
        while (count < max && from < text.length()) {
            int eol = text.indexOf('\n', from);
            String line = text.substring(from, eol < 0 ? text.length() : eol);
            from = eol < 0 ? text.length() : eol + 1;
            if (line.indexOf('\t') >= 0 || Src.spaces(line) < strip) {
                break;
            }
            String seen = line.substring(strip);
            if (Src.spaces(seen) > 3 || BlockParser.hr(seen) || !BlockParser.listStartAny(seen)) {
                break;
            }
            Matcher m = BlockParser.listStart("ul").matcher(seen);
            if (!m.matches()) {
                m = BlockParser.listStart("ol").matcher(seen);
                m.matches();
            }
            String content = m.group(2);
            String rest = content.stripLeading();
            if (rest.isEmpty() || BlockParser.listStartAny(rest) || BlockParser.itemIalOnly(content)) {
                break;
            }
            count++;
            strip += m.group(1).length() + Src.spaces(content);
        }
        return count;
    }

    private static int leadingTabs(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '\t') {
            i++;
        }
        return i;
    }

    /** parse_first_list_line's tab expansion of the text after the marker. */
    private static String expandLeadingTabs(String content, int indentation) {
        String c = content;
        while (true) {
            int sp = Src.spaces(c);
            if (sp >= c.length() || c.charAt(sp) != '\t') {
                return c;
            }
            int tabs = 0;
            while (sp + tabs < c.length() && c.charAt(sp + tabs) == '\t') {
                tabs++;
            }
            int temp = sp + indentation;
            c = c.substring(0, sp) + " ".repeat(4 - (temp % 4) + (tabs - 1) * 4) + c.substring(sp + tabs);
        }
    }

    /** content_re: indented by the item's indentation (tabs count as four), and not blank. */
    private static boolean contentLine(String line, int indentation) {
        if (Src.blank(line)) {
            return false;
        }
        int col = 0;
        int i = 0;
        int units = indentation / 4;
        while (i < line.length() && units > 0) {
            if (line.charAt(i) == '\t') {
                i++;
            } else if (line.startsWith("    ", i)) {
                i += 4;
            } else {
                break;
            }
            units--;
            col++;
        }
        if (units == 0 && line.startsWith(" ".repeat(indentation % 4), i)) {
            return true;
        }
        // or one more full unit than indentation / 4
        i = 0;
        units = indentation / 4 + 1;
        while (i < line.length() && units > 0) {
            if (line.charAt(i) == '\t') {
                i++;
            } else if (line.startsWith("    ", i)) {
                i += 4;
            } else {
                return false;
            }
            units--;
        }
        return true;
    }

    /** lazy_re: any non-blank line that is not a block IAL or block HTML tag at the item's level. */
    private static boolean lazyLine(String line, int indentation) {
        if (Src.blank(line)) {
            return false;
        }
        int max = Math.min(indentation, 3);
        return !BlockParser.ialLineAt(line, max) && !BlockParser.lazyHtmlAt(line, max);
    }
}
