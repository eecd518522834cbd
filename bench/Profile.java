import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * In-process profile of the core: validates a site REPEAT times in one JVM and prints each run's time,
 * then the heap still reachable from the last result after a forced GC, the peak heap of all pools
 * and the process's peak RSS; with a third argument, a heap dump of the live objects there ({@code
 * bench/heap_owners.py} names what they are and who keeps them). Run under JFR to see where the time goes:
 * {@code java -XX:StartFlightRecording=filename=x.jfr -cp target/classes:DEPS:bench/work Profile SITE 3}.
 */
public class Profile {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ValidationResult last = null;
        for (int i = 0; i < repeat; i++) {
            last = null;
            long t0 = System.nanoTime();
            last = new Validator().validate(ValidationRequest.of(site));
            System.out.printf("run %d: %d ms, %d pages, %d findings%n", i + 1, (System.nanoTime() - t0) / 1_000_000,
                    last.pageCount(), last.findings().size());
        }
        System.gc();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM ?");
        System.out.printf("heap retained by the result after GC: %d MB; peak heap (sum of pools): %d MB; %s%n",
                retained >> 20, peak >> 20, hwm.replaceAll("\\s+", " "));
        if (args.length > 2) {
            // what the result keeps, and who keeps it: bench/heap_owners.py DUMP
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(args[2], true);
            System.out.println("heap dump (live objects): " + args[2]);
        }
        System.out.println("(result kept alive: " + last.pageCount() + " pages)");
    }
}
