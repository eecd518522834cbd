package io.github.faqkit.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob over {@code /}-separated relative paths with the JDK's syntax ({@code *} within a folder,
 * {@code **} across folders, {@code ?}, {@code [a-z]}, {@code [!x]}, {@code {a,b}}, {@code \} escapes),
 * matched by dynamic programming in time proportional to pattern length times path length. The JDK's
 * own matcher compiles to a backtracking regular expression that takes exponential time on a pattern
 * such as {@code *a*a*a*a*a*a*b}, and globs come from {@code _config.yml}, which anyone may edit.
 * A malformed pattern (an unclosed <code>[</code> or <code>&#123;</code>) matches its characters literally.
 */
public final class Glob {
    /** Brace alternatives multiply; beyond this many expansions the rest are ignored. */
    private static final int MAX_ALTERNATIVES = 256;

    private enum Kind {
        CHAR,
        ANY,
        STAR,
        GLOBSTAR,
        CLASS
    }

    private record Token(Kind kind, char c, String set, boolean negated, boolean slashIsSpecial) {
        boolean accepts(char ch) {
            return switch (kind) {
                case CHAR -> ch == c;
                case ANY -> ch != '/' || !slashIsSpecial;
                case CLASS -> (ch != '/' || !slashIsSpecial) && inSet(ch) != negated;
                default -> false;
            };
        }

        private boolean inSet(char ch) {
            for (int i = 0; i < set.length(); i++) {
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    if (ch >= set.charAt(i) && ch <= set.charAt(i + 2)) {
                        return true;
                    }
                    i += 2;
                } else if (set.charAt(i) == ch) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One brace alternative, with the literal characters its match must start and end with: a path
     * that lacks them is rejected without the table walk (most paths of a site, for most patterns).
     */
    private record Alternative(Token[] tokens, String prefix, String suffix, boolean hasStar) {
        static Alternative of(List<Token> tokens) {
            int head = 0;
            while (head < tokens.size() && tokens.get(head).kind() == Kind.CHAR) {
                head++;
            }
            int tail = tokens.size();
            while (tail > head && tokens.get(tail - 1).kind() == Kind.CHAR) {
                tail--;
            }
            boolean star = false;
            for (Token t : tokens) {
                star |= t.kind() == Kind.STAR || t.kind() == Kind.GLOBSTAR;
            }
            return new Alternative(
                    tokens.toArray(new Token[0]),
                    literal(tokens.subList(0, head)),
                    literal(tokens.subList(tail, tokens.size())),
                    star);
        }

        private static String literal(List<Token> chars) {
            StringBuilder b = new StringBuilder(chars.size());
            chars.forEach(t -> b.append(t.c()));
            return b.toString();
        }

        boolean matches(String s) {
            // Every token but a star consumes exactly one character, so these are necessary conditions.
            if (hasStar ? s.length() < prefix.length() + suffix.length() : s.length() != tokens.length) {
                return false;
            }
            if (!s.startsWith(prefix) || !s.endsWith(suffix)) {
                return false;
            }
            return Glob.matches(tokens, s);
        }
    }

    private final List<Alternative> alternatives;

    private Glob(List<List<Token>> alternatives) {
        List<Alternative> alts = new ArrayList<>(alternatives.size());
        alternatives.forEach(t -> alts.add(Alternative.of(t)));
        this.alternatives = alts;
    }

    public static Glob compile(String pattern) {
        List<List<Token>> alts = new ArrayList<>();
        for (String p : expandBraces(pattern)) {
            alts.add(tokens(p, true));
        }
        return new Glob(alts);
    }

    /**
     * Ruby's {@code File.fnmatch?} without flags, as Jekyll's {@code exclude}/{@code include} use it:
     * {@code *} and {@code ?} also match {@code /}, no braces.
     */
    public static Glob fnmatch(String pattern) {
        return new Glob(List.of(tokens(pattern, false)));
    }

    /** True when the pattern has glob syntax at all (else callers compare paths directly). */
    public static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /** Strips leading and trailing slashes in one pass (a regex {@code /+$} is quadratic on long runs). */
    public static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }

    public boolean matches(String path) {
        for (Alternative a : alternatives) {
            if (a.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Token[] tokens, String s) {
        int n = s.length();
        // row[j]: tokens[0..i) match s[0..j); two rows, swapped, instead of one new row per token.
        boolean[] row = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        row[0] = true;
        for (Token t : tokens) {
            boolean any = false;
            if (t.kind() == Kind.STAR || t.kind() == Kind.GLOBSTAR) {
                for (int j = 0; j <= n; j++) {
                    next[j] = row[j] || j > 0 && next[j - 1] && (t.kind() == Kind.GLOBSTAR || s.charAt(j - 1) != '/');
                    any |= next[j];
                }
            } else {
                next[0] = false;
                for (int j = 1; j <= n; j++) {
                    next[j] = row[j - 1] && t.accepts(s.charAt(j - 1));
                    any |= next[j];
                }
            }
            if (!any) {
                return false;
            }
            boolean[] swap = row;
            row = next;
            next = swap;
        }
        return row[n];
    }

    private static List<Token> tokens(String p, boolean pathname) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                out.add(new Token(Kind.CHAR, p.charAt(++i), null, false, pathname));
            } else if (c == '*') {
                boolean globstar = i + 1 < p.length() && p.charAt(i + 1) == '*';
                while (i + 1 < p.length() && p.charAt(i + 1) == '*') {
                    i++;
                }
                Kind k = globstar || !pathname ? Kind.GLOBSTAR : Kind.STAR;
                // Consecutive stars add nothing but cost: keep one.
                if (out.isEmpty() || out.get(out.size() - 1).kind() != k) {
                    out.add(new Token(k, c, null, false, pathname));
                }
            } else if (c == '?') {
                out.add(new Token(Kind.ANY, c, null, false, pathname));
            } else if (c == '[' && p.indexOf(']', i + 2) > 0) {
                int end = p.indexOf(']', i + 2);
                boolean negated = p.charAt(i + 1) == '!' || p.charAt(i + 1) == '^';
                String set = p.substring(negated ? i + 2 : i + 1, end);
                out.add(new Token(Kind.CLASS, c, set, negated, pathname));
                i = end;
            } else {
                out.add(new Token(Kind.CHAR, c, null, false, pathname));
            }
        }
        return out;
    }

    /** {@code a{b,c}d} → {@code abd}, {@code acd}; one level per pass, innermost last. */
    private static List<String> expandBraces(String p) {
        List<String> done = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(p));
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            int open = unescaped(s, '{', 0);
            int close = open < 0 ? -1 : unescaped(s, '}', open);
            if (open < 0 || close < 0) {
                done.add(s);
                continue;
            }
            String head = s.substring(0, open);
            String tail = s.substring(close + 1);
            for (String alt : s.substring(open + 1, close).split(",", -1)) {
                if (done.size() + todo.size() >= MAX_ALTERNATIVES) {
                    break;
                }
                todo.add(head + alt + tail);
            }
        }
        return done;
    }

    private static int unescaped(String s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
