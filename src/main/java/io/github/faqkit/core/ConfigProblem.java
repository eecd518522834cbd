package io.github.faqkit.core;

/**
 * Why {@code _config.yml} could not be used, where (1-based; line 0: the whole file) and how to fix it.
 * Not a finding: the rule that owns it (FM003) decides whether and how severely it is reported.
 */
public record ConfigProblem(int line, int column, String message, String hint) {}
