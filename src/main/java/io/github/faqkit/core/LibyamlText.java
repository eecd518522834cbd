package io.github.faqkit.core;

/**
 * YAML that libyaml, the parser under Jekyll's YAML loader, reads and SnakeYAML refuses, rewritten so that SnakeYAML
 * reads the same values (measured with {@code jekyll build}: scripts/data-golden/generate.sh): a tab right after a
 * key's ':' or beside the ',' and brackets of a {@code [ ]} or {@code { }} collection separates like a space, and
 * {@code \/} in a double-quoted text is a '/' (JSON writes it so). Lines stay where they are. Tabs that indent a block
 * or follow a list's '-' stay: both parsers refuse them. Used only after SnakeYAML refused a text, so what reads
 * anyway costs nothing.
 */
final class LibyamlText {
    private LibyamlText() {}

    /** {@code yaml} as SnakeYAML can read it, or {@code yaml} itself when nothing needed a rewrite. */
    static String rewrite(String yaml) {
        if (yaml.indexOf('\t') < 0 && !yaml.contains("\\/")) {
            return yaml;
        }
        StringBuilder out = new StringBuilder(yaml.length());
        char quote = 0;
        int depth = 0;
        boolean comment = false;
        char last = '\n';
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            char next = i + 1 < yaml.length() ? yaml.charAt(i + 1) : '\n';
            if (comment) {
                comment = c != '\n';
            } else if (quote == '"') {
                if (c == '\\' && next == '/') {
                    continue; // '\/' is '/'; the '/' follows as it is
                }
                if (c == '\\') {
                    out.append(c).append(next);
                    last = next;
                    i++;
                    continue;
                }
                if (c == '"') {
                    quote = 0;
                }
            } else if (quote == '\'') {
                if (c == '\'' && next != '\'') {
                    quote = 0;
                } else if (c == '\'') {
                    out.append(c).append(next); // '' is a quote inside the text
                    last = next;
                    i++;
                    continue;
                }
            } else if ((c == '"' || c == '\'') && "\n\t :-[{,?".indexOf(last) >= 0) {
                quote = c;
            } else if (c == '#' && (last == ' ' || last == '\t' || last == '\n')) {
                comment = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == '\t' && separates(last, next, depth)) {
                c = ' ';
            }
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    /** A tab after a key's ':', or in a collection next to its punctuation or a line break: never a scalar's text. */
    private static boolean separates(char last, char next, int depth) {
        if (last == ':') {
            return true;
        }
        return depth > 0 && ("[{,:\n \t".indexOf(last) >= 0 || ",]}\n \t#".indexOf(next) >= 0);
    }
}
