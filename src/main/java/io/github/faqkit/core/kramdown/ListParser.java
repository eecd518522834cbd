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
        /** Where each chunk starts among the list's lines; a chunk ends where the next one (or the item) does. */
        private final List<Integer> chunkStarts = new ArrayList<>(2);

        final List<Integer> chunkLines = new ArrayList<>();
        /** The lines of every item of the list, in order: each chunk is a run of them, read as one source ({@link #src}). */
        private final Src.Lines lines;
        /** Where this item's lines end among the list's lines. */
        private int end;

        Item(Element li, Src.Lines lines) {
            this.li = li;
            this.lines = lines;
        }

        void newChunk(int line) {
            chunkStarts.add(lines.count());
            chunkLines.add(line);
        }

        int chunks() {
            return chunkStarts.size();
        }

        /** Adds a line that is not a piece of the source text as it is. */
        void addLine(String line) {
            lines.add(line);
            end = lines.count();
        }

        /** Adds the line under {@code view}, read in place. */
        void addLine(Line view) {
            lines.add(view);
            end = lines.count();
        }

        /** The source of chunk {@code i}: a view over its lines. */
        Src src(int i) {
            int to = i + 1 < chunkStarts.size() ? chunkStarts.get(i + 1) : end;
            return lines.src(chunkStarts.get(i), to, chunkLines.get(i));
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
        Matcher m = parser.itemMatcher(type);
        Line line = new Line();
        int maxMarkerIndent = 3;
        int indentation = 0;
        Item item = null;
        // one store for the lines of all items: a chunk per item (more for nested lists) each growing its own
        // array was most of what a page of nested lists allocated for its line offsets
        Src.Lines lines = null;
        Line content = new Line();
        boolean nestedListFound = false;
        boolean lastIsBlank = false;
        while (!src.eos()) {
            src.view(line, src.pos);
            if (lastIsBlank && BlockLines.hr(line)) {
                break;
            } else if (BlockLines.isEobLine(line)) {
                src.skip();
                eobFound = true;
                break;
            } else if (BlockLines.markerFirst(line, type)
                    && m.reset(line).matches()
                    && Src.spaces(line) <= maxMarkerIndent) {
                int lineNo = src.line;
                src.skip();
                if (lines == null) {
                    lines = new Src.Lines();
                }
                item = new Item(new Element("li", lineNo), lines);
                items.add(item);
                list.add(item.li);
                int at = plainItemContent(line, m);
                if (at >= 0) {
                    // the text after the marker, read in place
                    indentation = m.end(1) + spacesAt(line, m.start(2));
                    content.set(line.text(), line.from + at, line.to);
                    item.li.rawTextAt(line.text(), line.from + at, line.to);
                    maxMarkerIndent = Math.min(indentation - 1, 3);
                    nestedListFound = parser.startsListItem(content);
                    lastIsBlank = false;
                    item.newChunk(lineNo);
                    item.addLine(content);
                    continue;
                }
                String own = m.group(2);
                if (BlockLines.itemIalOnly(own)) {
                    indentation = 4;
                } else {
                    indentation = m.end(1);
                    own = expandLeadingTabs(own, indentation);
                    indentation += Src.spaces(own);
                }
                own = own.stripLeading();
                own = parser.itemIal(own, item.li, lineNo);
                item.li.rawText = own;
                maxMarkerIndent = Math.min(indentation - 1, 3);
                nestedListFound = parser.startsListItem(own);
                lastIsBlank = false;
                item.newChunk(lineNo);
                item.addLine(own);
            } else if (item != null
                    && (contentLine(line, indentation) || !lastIsBlank && lazyLine(line, indentation))) {
                src.skip();
                if (line.length() > 0 && line.charAt(0) == '\t') {
                    nestedListFound |= addTabbedLine(item, line.toString(), indentation, nestedListFound, src.line - 1);
                    lastIsBlank = false;
                    continue;
                }
                // the line without the item's indentation, read in place
                boolean indentationFound = Src.spaces(line) >= indentation;
                int from = line.from + (indentationFound ? indentation : 0);
                line.set(line.text(), from, line.to);
                if (!nestedListFound && indentationFound && parser.startsListItem(line)) {
                    item.newChunk(src.line - 1);
                    nestedListFound = true;
                    item.addLine(line);
                } else if (nestedListFound && !indentationFound && parser.startsListItem(line)) {
                    item.addLine(" ".repeat(indentation + 4) + line);
                } else {
                    item.addLine(line);
                }
                lastIsBlank = false;
            } else if (item != null && Src.blank(line)) {
                nestedListFound = true;
                lastIsBlank = true;
                while (!src.eos() && src.lineBlank()) {
                    item.addLine(src.view(line, src.pos));
                    src.skip();
                }
            } else {
                break;
            }
        }
    }

    /**
     * Where the text of an item's first line starts after its marker and the spaces that follow it, when taking
     * that text as it is is all the general path would do to it: the text is not blank, and after the spaces
     * comes neither other white space (a tab to expand) nor '{' (an IAL to take off); otherwise -1.
     */
    private static int plainItemContent(Line line, Matcher m) {
        int at = m.start(2) + spacesAt(line, m.start(2));
        if (at >= line.length()) {
            return -1;
        }
        char c = line.charAt(at);
        if (Character.isWhitespace(c) || c == '{') {
            return -1;
        }
        return at;
    }

    /** Number of spaces in {@code s} from {@code at}. */
    private static int spacesAt(CharSequence s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i - at;
    }

    /**
     * Adds a content line that starts with a tab (its leading tabs count as four spaces each); true when it
     * starts a nested list, in a chunk of its own.
     */
    private boolean addTabbedLine(Item item, String line, int indentation, boolean nestedListFound, int lineNo) {
        int tabs = leadingTabs(line);
        String result = "    ".repeat(tabs) + line.substring(tabs);
        boolean indentationFound = Src.spaces(result) >= indentation;
        if (indentationFound) {
            result = result.substring(indentation);
        }
        boolean nested = false;
        if (!nestedListFound && indentationFound && parser.startsListItem(result)) {
            item.newChunk(lineNo);
            nested = true;
        } else if (nestedListFound && !indentationFound && parser.startsListItem(result)) {
            result = " ".repeat(indentation + 4) + result;
        }
        item.addLine(result);
        return nested;
    }

    /**
     * How many lines at the start of {@code text} (up to {@code max}) form a staircase of list items, each one
     * nested in the item of the line before: a list item line (spaces only, no tab) whose marker is indented
     * past the previous item's content column by at most three spaces, as {@link #consume} and the block
     * parser then read it, one nested list per line. The count is a lower bound of the list depth kramdown
     * reaches from here; it reads each line once, where parsing the staircase goes down every level.
     */
    static int staircase(Src src, int max) {
        int count = 0;
        int strip = 0; // columns the enclosing items take off each line
        int from = 0;
        Line line = new Line();
        Line seen = new Line();
        while (count < max && from < src.length()) {
            src.view(line, from);
            from = src.lineEnd(from) + 1;
            String text = line.text();
            int start = line.from;
            int end = line.to;
            if (hasTab(line) || Src.spaces(line) < strip) {
                break;
            }
            seen.set(text, start + strip, end);
            if (Src.spaces(seen) > 3 || BlockLines.hr(seen) || !BlockLines.listStartAny(seen)) {
                break;
            }
            Matcher m = BlockLines.listStart("ul").matcher(seen);
            if (!m.matches()) {
                m = BlockLines.listStart("ol").matcher(seen);
                m.matches();
            }
            // the item's content, read in place: only a content that may be a lone IAL is copied
            int content = seen.from + m.start(2);
            int rest = content;
            while (rest < end && Character.isWhitespace(text.charAt(rest))) {
                rest++;
            }
            if (rest == end
                    || BlockLines.listStartAny(line.set(text, rest, end))
                    || text.charAt(rest) == '{' && BlockLines.itemIalOnly(text.substring(content, end))) {
                break;
            }
            count++;
            strip += m.end(1) + Src.spaces(line.set(text, content, end));
        }
        return count;
    }

    private static boolean hasTab(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    private static int leadingTabs(CharSequence line) {
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
    private static boolean contentLine(CharSequence line, int indentation) {
        if (Src.blank(line)) {
            return false;
        }
        int col = 0;
        int i = 0;
        int units = indentation / 4;
        while (i < line.length() && units > 0) {
            if (line.charAt(i) == '\t') {
                i++;
            } else if (startsWith(line, "    ", i)) {
                i += 4;
            } else {
                break;
            }
            units--;
            col++;
        }
        if (units == 0 && startsWith(line, "   ".substring(0, indentation % 4), i)) {
            return true;
        }
        // or one more full unit than indentation / 4
        i = 0;
        units = indentation / 4 + 1;
        while (i < line.length() && units > 0) {
            if (line.charAt(i) == '\t') {
                i++;
            } else if (startsWith(line, "    ", i)) {
                i += 4;
            } else {
                return false;
            }
            units--;
        }
        return true;
    }

    /** lazy_re: any non-blank line that is not a block IAL or block HTML tag at the item's level. */
    private static boolean lazyLine(CharSequence line, int indentation) {
        if (Src.blank(line)) {
            return false;
        }
        int max = Math.min(indentation, 3);
        return !BlockLines.ialLineAt(line, max) && !BlockLines.lazyHtmlAt(line, max);
    }

    /** {@link String#startsWith(String, int)} for any character sequence. */
    private static boolean startsWith(CharSequence s, String prefix, int at) {
        if (at < 0 || at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
