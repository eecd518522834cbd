package io.github.faqkit.report;

/** Escaping for XML 1.0 text and attribute values; characters XML 1.0 cannot carry become U+FFFD. */
final class Xml {
    private Xml() {}

    static String escape(String s) {
        int first = 0;
        while (first < s.length() && plain(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most text needs no escaping: no copy
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&apos;");
                    break;
                case '\n':
                    b.append("&#10;");
                    break;
                case '\r':
                    b.append("&#13;");
                    break;
                case '\t':
                    b.append("&#9;");
                    break;
                default:
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else if (Character.isSurrogate(c)) {
                        boolean pair = Character.isHighSurrogate(c)
                                && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1));
                        if (pair) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append('\uFFFD');
                        }
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    /** Characters {@link #escape} copies as they are (no entity, no replacement, not half of a pair). */
    private static boolean plain(char c) {
        return c >= 0x20
                && c != '<'
                && c != '>'
                && c != '&'
                && c != '"'
                && c != '\''
                && c != 0xFFFE
                && c != 0xFFFF
                && !Character.isSurrogate(c);
    }
}
