package io.github.faqkit.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code project.build.outputTimestamp} read as maven-archiver 3.6 reads it for every other archive of a
 * build: seconds since the epoch or an ISO-8601 date-time with offset; unset (or one non-digit
 * character, the way to unset it in a child POM) falls back to {@code SOURCE_DATE_EPOCH}. Its own few
 * lines, so that packaging does not put maven-archiver and plexus-archiver (and their components) into
 * the plugin realm of every goal.
 */
final class OutputTimestamp {
    private OutputTimestamp() {}

    /** The time of every archive entry, or empty for the files' own times. */
    static Optional<Instant> parse(String value) {
        return parse(value, System.getenv("SOURCE_DATE_EPOCH"));
    }

    static Optional<Instant> parse(String value, String sourceDateEpoch) {
        String v = value;
        if (v == null || (v.length() < 2 && !numeric(v))) {
            v = sourceDateEpoch;
            if (v == null) {
                return Optional.empty();
            }
        }
        if (numeric(v)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(v)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid project.build.outputTimestamp value '" + v + "'", e);
        }
    }

    private static boolean numeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
