package io.github.faqkit.core.kramdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two things kramdown-parser-gfm's header ids take from Ruby's Unicode data: what String#downcase makes
 * of a code point, and whether it matches {@code \p{Word}}. Read from tables that
 * {@code scripts/unicode-ids/generate.sh} wrote with the real Ruby of each platform, so that an id is the
 * same on every JDK (whose Unicode version moves with the JDK: 13.0 in 17, 15.0 in 21, 16.0 in 25).
 */
public final class RubyUnicode {
    /** Ruby 3.1 (Debian's Jekyll 4.3.1 package). */
    public static final String UNICODE_13 = "13.0.0";
    /** Ruby 3.2 to 3.4 (GitHub Pages builds with Ruby 3.3). */
    public static final String UNICODE_15 = "15.0.0";

    private static final Map<String, RubyUnicode> LOADED = new ConcurrentHashMap<>();

    private final String version;
    private final BitSet word;
    /** Code points String#downcase changes, sorted, and what each becomes. */
    private final int[] lowerKeys;

    private final int[][] lowerValues;
    /**
     * The code points in {@link #lowerKeys}: most characters of a heading (CJK, digits, punctuation) have no
     * lower case, and a heading's id is derived again each time it is asked for, so they are told apart
     * without a binary search.
     */
    private final BitSet lowered = new BitSet();

    private RubyUnicode(String version, BitSet word, int[] lowerKeys, int[][] lowerValues) {
        this.version = version;
        this.word = word;
        this.lowerKeys = lowerKeys;
        this.lowerValues = lowerValues;
        for (int k : lowerKeys) {
            lowered.set(k);
        }
    }

    /** The Unicode data of a Ruby version ("3.1", "3.3.4"): 13.0.0 up to 3.1, 15.0.0 from 3.2. */
    public static String unicodeOfRuby(String rubyVersion) {
        String[] p = rubyVersion.trim().split("\\.");
        try {
            int major = Integer.parseInt(p[0]);
            int minor = p.length > 1 ? Integer.parseInt(p[1].replaceAll("\\D.*", "")) : 0;
            return major < 3 || major == 3 && minor < 2 ? UNICODE_13 : UNICODE_15;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Ruby version: " + rubyVersion, e);
        }
    }

    private static final Map<String, RubyUnicode> BY_RUBY = new ConcurrentHashMap<>();

    /** {@link #of} the Unicode data of {@link #unicodeOfRuby}: every page asks it, with the site's one version. */
    static RubyUnicode ofRuby(String rubyVersion) {
        RubyUnicode known = BY_RUBY.get(rubyVersion);
        if (known == null) {
            known = of(unicodeOfRuby(rubyVersion));
            BY_RUBY.put(rubyVersion, known);
        }
        return known;
    }

    /** The table of a Unicode version this plugin ships ({@link #UNICODE_13} or {@link #UNICODE_15}). */
    public static RubyUnicode of(String unicodeVersion) {
        return LOADED.computeIfAbsent(unicodeVersion, RubyUnicode::load);
    }

    public String version() {
        return version;
    }

    /** Ruby's {@code \p{Word}}: letters, marks, decimal digits and connector punctuation of its Unicode version. */
    public boolean word(int cp) {
        return cp >= 0 && word.get(cp);
    }

    /**
     * What Ruby's String#downcase makes of {@code cp} (one code point or, e.g. for 'İ', two), or null when it
     * leaves {@code cp} as it is. The array is the table's own: callers only read it.
     */
    int[] lower(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? new int[] {cp + 32} : null;
        }
        if (!lowered.get(cp)) {
            return null;
        }
        int i = Arrays.binarySearch(lowerKeys, cp);
        return i < 0 ? null : lowerValues[i];
    }

    private static RubyUnicode load(String version) {
        String name = "ruby-unicode-" + version + ".txt";
        try (InputStream in = RubyUnicode.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no table of Unicode " + version + " (" + name + ")");
            }
            BitSet word = new BitSet(0x110000);
            List<int[]> lower = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("word")) {
                    word.set(Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16) + 1);
                } else if (f[0].equals("lower")) {
                    int[] entry = new int[f.length - 1];
                    for (int i = 1; i < f.length; i++) {
                        entry[i - 1] = Integer.parseInt(f[i], 16);
                    }
                    lower.add(entry);
                }
            }
            lower.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] keys = new int[lower.size()];
            int[][] values = new int[lower.size()][];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = lower.get(i)[0];
                values[i] = Arrays.copyOfRange(lower.get(i), 1, lower.get(i).length);
            }
            return new RubyUnicode(version, word, keys, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
