import io.github.faqkit.pack.ArchiveWriter;
import io.github.faqkit.pack.AssetSelector;
import io.github.faqkit.pack.Compression;
import io.github.faqkit.pack.ContentPackage;
import io.github.faqkit.pack.ManifestBuilder;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Times the packaging half of {@code faq:package} in-process: validates SITE once (not timed as part of
 * packaging), then REPEAT times builds the package (reading, hashing and compressing every page and asset
 * once) and writes the zip, printing both times and the zip size:
 * {@code java -cp target/classes:DEPS:bench/work PackTiming SITE OUT.zip [REPEAT [LEVEL [THREADS]]]}.
 * Run 1 is the figure Maven sees (it packages once per JVM); compare with
 * {@code jar -c -0 -M -f x.zip -C SITE docs -C SITE pics}.
 */
public class PackTiming {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path zip = Path.of(args[1]);
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Compression compression = args.length > 3 ? new Compression(Integer.parseInt(args[3]),
                args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors())
                : Compression.defaults();
        long t0 = System.nanoTime();
        ValidationResult result = new Validator().validate(ValidationRequest.of(site));
        System.out.printf("validation (once): %d ms, %d pages%n", ms(t0), result.pageCount());
        FileTime time = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
        for (int i = 0; i < repeat; i++) {
            long c1 = cpu();
            long t1 = System.nanoTime();
            ContentPackage pkg = new ManifestBuilder("g", "a", "1", AssetSelector.PAGE_REFERENCES)
                    .build(result.site(), compression);
            long manifest = ms(t1);
            long c2 = cpu();
            long t2 = System.nanoTime();
            ArchiveWriter.write(pkg, time, zip);
            long write = ms(t2);
            long c3 = cpu();
            System.out.printf("run %d (level %d, %d threads): package %d ms (cpu %d), write %d ms (cpu %d),"
                    + " total %d ms (cpu %d); %d files, zip %,d bytes%n", i + 1, compression.level(),
                    compression.threads(), manifest, (c2 - c1) / 1_000_000, write, (c3 - c2) / 1_000_000,
                    manifest + write, (c3 - c1) / 1_000_000, pkg.files().size(), Files.size(zip));
        }
    }

    /** CPU time of the whole process (all threads, including GC): on a busy machine steadier than wall time. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
