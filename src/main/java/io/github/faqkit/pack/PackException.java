package io.github.faqkit.pack;

import java.util.List;

/**
 * Packaging or unpacking was refused. The message is for the person running the build: it lists
 * every problem found, not just the first, so one run shows everything to fix.
 */
public class PackException extends Exception {
    private static final long serialVersionUID = 1L;
    // List.copyOf gives an immutable list that serializes, but the field's declared type cannot say so
    @SuppressWarnings("serial")
    private final List<String> problems;

    public PackException(String headline, List<String> problems) {
        super(headline + (problems.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", problems)));
        this.problems = List.copyOf(problems);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    public List<String> problems() {
        return problems;
    }
}
