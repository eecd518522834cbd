package io.github.faqkit.core;

import java.util.Locale;

/** How much a finding matters; {@link #OFF} disables a rule. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    OFF;

    /** The lower-case word used in reports and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} (or {@code warn}), {@code info}, {@code off}. */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            case "info":
                return INFO;
            case "off":
            case "none":
                return OFF;
            default:
                throw new IllegalArgumentException("Unknown severity '" + text + "': use error, warning, info or off");
        }
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return this != OFF && ordinal() <= threshold.ordinal();
    }
}
