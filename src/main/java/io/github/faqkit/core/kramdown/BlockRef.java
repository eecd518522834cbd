package io.github.faqkit.core.kramdown;

import java.util.Objects;

/**
 * A block of the page as kramdown sees it: {@code type} is kramdown's element type ({@code header},
 * {@code p}, {@code ul}, {@code ol}, {@code li}, {@code blockquote}, {@code codeblock}, {@code table},
 * {@code hr}, {@code html_element}, …), {@code line} its file line, {@code description} a phrase for
 * messages such as "the TOC list at line 17" or "heading '目录' at line 13".
 *
 * <p>A value like a record of these three components. Every attribute line a page summary keeps names one or two
 * blocks, and most descriptions differ only in their line numbers: the analysis keeps the phrase ("the paragraph",
 * shared by every page) and the numbers, and the description is written when a message asks for it.
 */
public final class BlockRef {
    private final String type;
    private final int line;
    /** The whole description, or (with {@link #atLine} ≥ 0) the phrase before " at line N". */
    private final String head;

    private final int atLine;
    /** The line of the list item the block is inside, or -1. */
    private final int insideLine;

    public BlockRef(String type, int line, String description) {
        this(type, line, Objects.requireNonNull(description), -1, -1);
    }

    private BlockRef(String type, int line, String head, int atLine, int insideLine) {
        this.type = type;
        this.line = line;
        this.head = head;
        this.atLine = atLine;
        this.insideLine = insideLine;
    }

    /** The block described as {@code head at line atLine}, then {@code inside the list item at line insideLine}. */
    static BlockRef described(String type, int line, String head, int atLine, int insideLine) {
        return new BlockRef(type, line, head, atLine, insideLine);
    }

    public String type() {
        return type;
    }

    public int line() {
        return line;
    }

    public String description() {
        if (atLine < 0) {
            return head;
        }
        String at = head + AT_LINE + atLine;
        return insideLine < 0 ? at : at + INSIDE + insideLine;
    }

    private static final String AT_LINE = " at line ";
    private static final String INSIDE = " inside the list item at line ";

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof BlockRef b) || line != b.line || !Objects.equals(type, b.type)) {
            return false;
        }
        if (atLine >= 0 && b.atLine >= 0) {
            return atLine == b.atLine && insideLine == b.insideLine && head.equals(b.head);
        }
        return description().equals(b.description());
    }

    /** The hash of the record of the three components, the description's computed without writing it. */
    @Override
    public int hashCode() {
        int h = 0;
        if (atLine < 0) {
            h = head.hashCode();
        } else {
            h = hash(h, head);
            h = hash(h, AT_LINE);
            h = hash(h, Integer.toString(atLine));
            if (insideLine >= 0) {
                h = hash(h, INSIDE);
                h = hash(h, Integer.toString(insideLine));
            }
        }
        return (Objects.hashCode(type) * 31 + line) * 31 + h;
    }

    /** {@link String#hashCode} of the text hashed as {@code h} followed by {@code s}. */
    private static int hash(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    @Override
    public String toString() {
        return "BlockRef[type=" + type + ", line=" + line + ", description=" + description() + "]";
    }
}
