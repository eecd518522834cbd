package io.github.faqkit.core.kramdown;

/**
 * kramdown stops on this page: its parser runs out of Ruby's stack ("stack level too deep") and Jekyll's
 * build fails.
 *
 * @param line file line of the element where the stack runs out
 * @param nesting what nests there, in words (e.g. "1673 levels of blockquotes")
 */
public record KramdownStop(int line, String nesting) {}
