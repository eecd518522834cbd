import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.nio.file.Path;

/**
 * One validation in a fresh JVM, with or without the incremental cache, for timing the cache:
 * {@code java -cp target/classes:DEPS:bench/work CacheTiming SITE [CACHE_DIR]}. Prints the time of the
 * validation itself (JVM start-up excluded) and the cache's own summary line.
 */
public class CacheTiming {
    public static void main(String[] args) throws Exception {
        ValidationRequest request = ValidationRequest.of(Path.of(args[0]));
        if (args.length > 1) {
            request = request.withCacheDirectory(Path.of(args[1]));
        }
        long t0 = System.nanoTime();
        ValidationResult r = new Validator().withCacheLog(System.out::println).validate(request);
        System.out.printf("%d ms, %d pages, %d findings%n", (System.nanoTime() - t0) / 1_000_000, r.pageCount(),
                r.findings().size());
    }
}
