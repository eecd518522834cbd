package io.github.faqkit.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the calling thread spends in a piece of work, for tests that guard against a blow-up (quadratic or
 * worse) on pathological input. Wall time would fail them on a busy machine (CI agents, parallel builds), where the
 * thread waits for a core; the thread's own CPU time grows only with the work it does.
 */
public final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {}

    /** The CPU time the calling thread has used so far, in milliseconds: subtract two readings. */
    public static long nowMillis() {
        return THREADS.getCurrentThreadCpuTime() / 1_000_000;
    }

    /** Milliseconds of CPU the calling thread used to run {@code work}. */
    public static long millis(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    }
}
