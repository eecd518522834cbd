package io.github.faqkit.rules;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a long validation run is, for a build log. {@link #throttled} turns a listener into one that
 * stays silent for runs shorter than {@code quietMillis} and then speaks at most once per
 * {@code everyMillis}, whatever the number of threads reporting.
 */
@FunctionalInterface
public interface Progress {

    /** The two phases of a run: every page read and parsed, then the rules run one after another. */
    enum Phase {
        PARSING,
        CHECKING
    }

    /** {@code done} of {@code total} pages parsed ({@link Phase#PARSING}) or rules run ({@link Phase#CHECKING}). */
    void report(Phase phase, int done, int total, long elapsedMillis);

    Progress NONE = (phase, done, total, elapsed) -> {};

    static Progress throttled(Progress listener, long quietMillis, long everyMillis) {
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong(quietMillis);
        return (phase, done, total, ignored) -> {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            long due = next.get();
            if (elapsed >= due && next.compareAndSet(due, elapsed + everyMillis)) {
                listener.report(phase, done, total, elapsed);
            }
        };
    }
}
