package io.github.faqkit.robustness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;

/**
 * Measures wall time and peak heap of one step and prints them, so the figures of the robustness suite
 * end up in the test log. Peak heap is the sum of the heap pools' peaks since the step started (garbage
 * included, so it is an upper bound of what the step really needed).
 */
final class Bounds {
    record Measured<T>(T value, long millis, long peakHeapBytes) {
        long peakHeapMb() {
            return peakHeapBytes / (1024 * 1024);
        }
    }

    private Bounds() {}

    static <T> Measured<T> measure(String label, Supplier<T> step) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        long start = System.nanoTime();
        T value = step.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("[robustness] %-40s %7d ms  peak heap %6d MB%n", label, millis, peak / (1024 * 1024));
        return new Measured<>(value, millis, peak);
    }
}
