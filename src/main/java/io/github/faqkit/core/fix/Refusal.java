package io.github.faqkit.core.fix;

/** Why this occurrence is not safe to change automatically, in words for the writer. */
public record Refusal(String reason) implements Repair {}
