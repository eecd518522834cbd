package io.github.faqkit.core.liquid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one page render collects while Liqp runs its tags and filters (they have no other way back to
 * the caller): problems, the position of the top-level node being rendered, the page's folder for
 * {@code include_relative}, the include chain and the deadline.
 */
final class RenderState {
    private static final ThreadLocal<RenderState> CURRENT = new ThreadLocal<>();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    final String pageDir;
    long deadlineNanos;
    final List<LiquidProblem> problems = new ArrayList<>();
    final Deque<String> includes = new ArrayDeque<>();
    int line = 1;
    int column = 1;
    boolean opaque;
    /**
     * A render that reports only what the build certainly meets (a layout rendered for one of its pages): an include
     * reached through a branch or loop that an unknown value chose ({@link Doubt}) is not reported.
     */
    boolean certainOnly;
    /** How many branches or loops chosen by an unknown value the render is inside. */
    int uncertain;
    /** The {@code layout} variable of a layout's render (its front matter); null: a page's render. */
    java.util.Map<String, Object> layout;
    /** A break or continue that ended the include being rendered ({@link Interrupts.IncludeBody}); else null. */
    Object includeInterrupt;

    private int checks;

    RenderState(String pageDir, long deadlineNanos) {
        this.pageDir = pageDir;
        this.deadlineNanos = deadlineNanos;
    }

    static RenderState current() {
        return CURRENT.get();
    }

    static void set(RenderState state) {
        if (state == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(state);
        }
    }

    void problem(LiquidProblem.Kind kind, String name, String detail) {
        problems.add(new LiquidProblem(kind, line, column, name, detail));
    }

    /** Runs {@code body} counted as chosen by an unknown value when {@code doubt}. */
    <T> T doubting(boolean doubt, java.util.function.Supplier<T> body) {
        if (doubt) {
            uncertain++;
        }
        try {
            return body.get();
        } finally {
            if (doubt) {
                uncertain--;
            }
        }
    }

    /**
     * The deadline of a render that starts now: {@link LiquidEngine#MAX_RENDER_MILLIS} of the rendering thread's
     * CPU time. Wall time would make the verdict depend on the machine's load (a parallel build, a busy CI agent):
     * the same page could pass on one run and stop on the next.
     */
    static long deadlineFromNow() {
        return cpuNanos() + LiquidEngine.MAX_RENDER_MILLIS * 1_000_000;
    }

    private static long cpuNanos() {
        long t = THREADS.getCurrentThreadCpuTime();
        return t >= 0 ? t : System.nanoTime(); // -1: this JVM does not measure thread CPU time
    }

    /** Stops a render that runs past its time (called from every block Liqp renders). */
    void checkTime() {
        // reading the thread's CPU clock is a system call: every 64th block is often enough
        if ((++checks & 63) == 0 && cpuNanos() - deadlineNanos > 0) {
            throw new LimitExceeded("it ran longer than " + LiquidEngine.MAX_RENDER_MILLIS + " ms of CPU time");
        }
    }

    /** A render stopped by a limit: what it produced is unknown. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
