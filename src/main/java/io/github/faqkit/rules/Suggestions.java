package io.github.faqkit.rules;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for keys and titles: the nearest candidate by edit distance, when near enough. */
public final class Suggestions {
    private Suggestions() {}

    /** The closest candidate within a distance that scales with the length, or null. */
    public static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = normalize(word);
        for (String c : candidates) {
            if (c.equals(word)) {
                continue;
            }
            int d = distance(w, normalize(c));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.codePointCount(0, word.length()) / 3));
        return bestDistance <= allowed ? best : null;
    }

    /**
     * Every candidate at the smallest distance, within the same limit as {@link #nearest}: a fix may only
     * act on a suggestion when this holds exactly one key.
     */
    public static java.util.List<String> nearestAll(String word, Collection<String> candidates) {
        java.util.List<String> best = new java.util.ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        String w = normalize(word);
        for (String c : candidates) {
            if (c.equals(word)) {
                continue;
            }
            int d = distance(w, normalize(c));
            if (d < bestDistance) {
                best.clear();
                bestDistance = d;
            }
            if (d == bestDistance) {
                best.add(c);
            }
        }
        int allowed = Math.max(1, Math.min(3, word.codePointCount(0, word.length()) / 3));
        return bestDistance <= allowed ? best : java.util.List.of();
    }

    /**
     * True when {@code word} is {@code candidate} with one slip at most (a letter wrong, missing, extra or two
     * swapped; case, hyphens and full-width forms not counted): the only suggestions a fix may act on by itself.
     * A longer key two or three edits away is as likely a key of its own ({@code model_cards} is not a misspelt
     * {@code more_cards}).
     */
    public static boolean oneSlip(String word, String candidate) {
        return distance(normalize(word), normalize(candidate)) <= 1;
    }

    /** Case, hyphens and full-width forms do not count as differences worth more than zero. */
    private static String normalize(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('-', '_')
                .replace(' ', '_');
    }

    /** Optimal-string-alignment distance (Levenshtein plus adjacent transposition) over code points. */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
