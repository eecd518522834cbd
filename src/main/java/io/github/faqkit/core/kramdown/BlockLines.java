package io.github.faqkit.core.kramdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kramdown's block parsers ask of one line before they take it: its start patterns (list items, rules,
 * attribute lines, HTML that ends a lazy paragraph), read after a cheap test of the first characters so that
 * most lines run no regex. Every test reads one line and keeps no state.
 */
final class BlockLines {
    private BlockLines() {}

    /**
     * Where the text of an ATX header line starts, or -1 when {@code line} is not one: what
     * {@code (#{1,6})[\t ]+(.*)} matching the whole line gives as group 2 (1 to 6 hashes, at least one
     * blank, then text without a line terminator, which '.' does not match), without a regex per line.
     */
    static int atxContent(CharSequence line) {
        int n = line.length();
        int hashes = 0;
        while (hashes < n && line.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes < 1 || hashes > 6 || hashes == n) {
            return -1;
        }
        int i = hashes;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == hashes) {
            return -1;
        }
        for (int k = i; k < n; k++) {
            char c = line.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return i;
    }

    static final Pattern HR = Pattern.compile(" {0,3}([*\\-_])[ \\t]*\\1[ \\t]*\\1(?:\\1|[ \\t])*");

    static final Pattern UL = Pattern.compile("( {0,3}[+*-])([\\t| ].*)");

    static final Pattern OL = Pattern.compile("( {0,3}\\d+\\.)([\\t| ].*)");

    static final Pattern IAL_LINE = Pattern.compile("( {0,3})\\{:(?![:/])((?:\\\\\\}|[^}])+)\\}\\s*");

    static final Pattern LAZY_HTML = Pattern.compile(" {0,3}</?([A-Za-z_:][-\\w.:]*)");

    static final Pattern LIST_ITEM_IAL = Pattern.compile("\\s*\\{:(?!(?:\\w[\\w-]*)?:|/)((?:\\\\\\}|[^}])+)\\}\\s*");

    static boolean indented(CharSequence line) {
        int n = line.length();
        return n > 0 && line.charAt(0) == '\t'
                || n >= 4
                        && line.charAt(0) == ' '
                        && line.charAt(1) == ' '
                        && line.charAt(2) == ' '
                        && line.charAt(3) == ' ';
    }

    /** {@link Src#blank} of {@code line} from {@code from}. */
    static boolean blankFrom(CharSequence line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean blockquoteStart(CharSequence line) {
        int sp = Src.spaces(line);
        return sp <= 3 && sp < line.length() && line.charAt(sp) == '>';
    }

    /**
     * How many quote markers (up to {@code max}) open {@code line}: each one after at most three spaces, as
     * {@link #blockquoteStart} reads the line again after {@link #quoteMarkerLength} took the one before.
     */
    static int quoteMarkers(CharSequence line, int max) {
        int count = 0;
        int i = 0;
        while (count < max) {
            int sp = 0;
            while (i + sp < line.length() && line.charAt(i + sp) == ' ') {
                sp++;
            }
            if (sp > 3 || i + sp >= line.length() || line.charAt(i + sp) != '>') {
                break;
            }
            count++;
            i += sp + 1;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return count;
    }

    /** How many characters at the start of {@code l} are its quote marker (with one space after it), or 0. */
    static int quoteMarkerLength(CharSequence l) {
        if (!blockquoteStart(l)) {
            return 0;
        }
        int i = Src.spaces(l) + 1;
        if (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** LAZY_END: blank line, block IAL, end-of-block marker, or a block-level HTML tag. */
    static boolean lazyEnd(CharSequence line) {
        return Src.blank(line) || ialLine(line) || isEobLine(line) || lazyHtml(line);
    }

    /** IAL_LINE; the regex runs only on lines that can match (a "{" after at most three spaces). */
    static boolean ialLine(CharSequence line) {
        return afterIndent(line) == '{' && IAL_LINE.matcher(line).matches();
    }

    static boolean lazyHtml(CharSequence line) {
        if (afterIndent(line) != '<') {
            return false;
        }
        Matcher m = LAZY_HTML.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (line.charAt(m.start(1) - 1) == '/') {
            // LAZY_END_HTML_STOP: a complete end tag
            int gt = m.end();
            while (gt < line.length() && Character.isWhitespace(line.charAt(gt))) {
                gt++;
            }
            return gt < line.length() && line.charAt(gt) == '>' && !HtmlNames.LAZY_END_SPAN.contains(name);
        }
        return !HtmlNames.LAZY_END_SPAN.contains(name);
    }

    static boolean isEobLine(CharSequence line) {
        if (line.length() == 0 || line.charAt(0) != '^') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first character after at most three leading spaces, or -1: a cheap test before a line regex. */
    static int afterIndent(CharSequence line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? line.charAt(i) : -1;
    }

    static Pattern listStart(String type) {
        return type.equals("ul") ? UL : OL;
    }

    static boolean listStartAny(CharSequence line) {
        return listStartAny(line, null, null);
    }

    /** With matchers to reuse, or null ones: a matcher is then made only for a line that can start an item. */
    static boolean listStartAny(CharSequence line, Matcher ul, Matcher ol) {
        int first = afterIndent(line);
        // the marker decides which of the two patterns can match
        if (first == '+' || first == '*' || first == '-') {
            return (ul != null ? ul.reset(line) : UL.matcher(line)).matches();
        }
        return first >= '0' && first <= '9' && (ol != null ? ol.reset(line) : OL.matcher(line)).matches();
    }

    /** True when the line can start an item of a list of this type ({@code ul} or {@code ol}), read before any regex. */
    static boolean markerFirst(CharSequence line, String type) {
        int first = afterIndent(line);
        return type.equals("ul") ? first == '+' || first == '*' || first == '-' : first >= '0' && first <= '9';
    }

    static boolean hr(CharSequence line) {
        int first = afterIndent(line);
        return (first == '*' || first == '-' || first == '_')
                && HR.matcher(line).matches();
    }

    /** False when {@link #LIST_ITEM_IAL} cannot match at the start: its first character after {@code \\s*} is '{'. */
    static boolean mayStartWithIal(String s) {
        int i = 0;
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '{';
    }

    static boolean itemIalOnly(String rest) {
        if (Src.blank(rest)) {
            return true;
        }
        if (!mayStartWithIal(rest)) {
            return false;
        }
        Matcher m = LIST_ITEM_IAL.matcher(rest);
        return m.lookingAt() && Src.blank(rest.substring(m.end()));
    }

    static boolean ialLineAt(CharSequence line, int maxIndent) {
        if (afterIndent(line) != '{') {
            return false;
        }
        Matcher m = IAL_LINE.matcher(line);
        return m.matches() && m.group(1).length() <= maxIndent;
    }

    static boolean lazyHtmlAt(CharSequence line, int maxIndent) {
        return Src.spaces(line) <= maxIndent && lazyHtml(line);
    }

    /** A character of the patterns' {@code \w}: an ASCII letter, digit or underscore. */
    static boolean wordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * Characters that may start a line some block parser other than the paragraph's claims (a fence
     * needs three backticks or tildes: one or two start a paragraph, often with a code span).
     */
    static final boolean[] BLOCK_START = new boolean[128];

    static {
        for (char c : ">#*-_+<[{^|0123456789".toCharArray()) {
            BLOCK_START[c] = true;
        }
    }

    /**
     * True for a line that only the paragraph parser can take: it starts with a character no other
     * block starts with (no indentation), has no pipe (no table row) and is not followed by a setext
     * underline. Most lines of prose are such lines, and are then read without being copied.
     */
    static boolean plainParagraphLine(Src src, Line line) {
        char c = line.charAt(0);
        if (c < 128 ? BLOCK_START[c] : false) {
            return false;
        }
        if (Character.isWhitespace(c)) {
            return false;
        }
        if ((c == '`' || c == '~') && src.startsWith(c == '`' ? "```" : "~~~", src.pos)) {
            return false;
        }
        if (src.pipeInLine()) {
            return false;
        }
        int next = src.nextLineFirstChar();
        return next != '-' && next != '=';
    }
}
