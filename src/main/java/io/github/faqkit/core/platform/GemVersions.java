package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version of a gem that a {@code Gemfile.lock} locks or a {@code Gemfile} pins, as written there. */
final class GemVersions {
    private GemVersions() {}

    /** The version {@code lock} locks for {@code gem} (a spec line: four spaces, the name, the version). */
    static String locked(Path lock, String gem) {
        return first(Pattern.compile("(?m)^\\s{4}" + Pattern.quote(gem) + " \\(([0-9][^)]*)\\)\\s*$"), lock);
    }

    /** The version {@code gemfile} pins for {@code gem}: {@code gem "x", "~> 3.9"}, {@code gem 'x', '3.8.5'}. */
    static String pinned(Path gemfile, String gem) {
        return first(
                Pattern.compile("(?m)^\\s*gem\\s*\\(?\\s*[\"']" + Pattern.quote(gem)
                        + "[\"']\\s*,\\s*[\"'](?:[=~>]+\\s*)?([0-9][0-9.]*)[\"']"),
                gemfile);
    }

    /**
     * What {@code gemfile} requires of {@code gem}: the operator as written ({@code ""}, {@code "="}, {@code "~>"},
     * {@code ">="} …) and the version; null when the Gemfile names no version for it.
     */
    static Requirement requirement(Path gemfile, String gem) {
        if (!Files.isRegularFile(gemfile)) {
            return null;
        }
        try {
            Matcher m = Pattern.compile("(?m)^\\s*gem\\s*\\(?\\s*[\"']" + Pattern.quote(gem)
                            + "[\"']\\s*,\\s*[\"']\\s*([=~><!]*)\\s*([0-9][0-9.]*)[\"']")
                    .matcher(Files.readString(gemfile, StandardCharsets.UTF_8));
            return m.find() ? new Requirement(m.group(1), m.group(2)) : null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable file names no version
        }
    }

    /** A Gemfile's version requirement: {@code operator} as written, {@code version} the number after it. */
    record Requirement(String operator, String version) {
        /**
         * True when Bundler, with no lock, may install a newer release than {@code version}: {@code >=}, {@code >}
         * and a {@code ~>} of two numbers ({@code ~> 0.4} allows every 0.x from 0.4 on). {@code ~> 0.4.1} keeps
         * the 0.4 series, which the version as written stands for.
         */
        boolean allowsNewer() {
            return operator.equals(">=")
                    || operator.equals(">")
                    || (operator.equals("~>")
                            && version.chars().filter(c -> c == '.').count() == 1);
        }
    }

    /** The major version of a version as written, its leading digits ({@code "3.10.0"}: 3). */
    static int major(String version) {
        int end = 0;
        while (end < version.length() && end < 9 && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return Integer.parseInt(version.substring(0, end)); // both patterns start the version with a digit
    }

    private static String first(Pattern pattern, Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable file names no version
        }
    }
}
