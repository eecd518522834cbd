package io.github.faqkit.core.fix;

/** What a rule offers for one of its findings: an exact {@link Fix}, or a {@link Refusal} saying why not. */
public sealed interface Repair permits Fix, Refusal {}
