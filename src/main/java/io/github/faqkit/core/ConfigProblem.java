package io.github.faqkit.core;

/**
 * Why {@code _config.yml} could not be used, where (1-based; line 0: the whole file) and how to fix it.
 * Not a finding: the rule that owns it (FM003) decides whether and how severely it is reported.
 *
 * @param jekyll4Only whether only Jekyll 4 refuses the file (Jekyll 3, GitHub Pages' 3.10 among them, reads it)
 */
public record ConfigProblem(int line, int column, String message, String hint, boolean jekyll4Only) {
    public ConfigProblem(int line, int column, String message, String hint) {
        this(line, column, message, hint, false);
    }

    /**
     * Whether the build of {@code jekyllMajor} certainly stops on it: a problem only Jekyll 4 has counts only where
     * Jekyll 4 is known to build the site ({@code guessed}: the platform is a guess, and GitHub Pages' Jekyll 3 may be
     * the one that builds it).
     */
    public boolean stops(int jekyllMajor, boolean guessed) {
        return !jekyll4Only || jekyllMajor >= 4 && !guessed;
    }
}
