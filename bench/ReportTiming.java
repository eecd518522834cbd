import io.github.faqkit.report.ReportWriter;
import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Times report writing in a cold JVM, as Maven runs it: validates SITE once, then writes one report
 * (json, sarif, checkstyle, junit, html: the first report this JVM writes) or all of them
 * ({@code Reports.writeAll}) into OUT, and prints the wall and process CPU time of the writing only.
 * Run it once per figure: a second measurement in the same JVM is warm and tells nothing about Maven.
 * The run time in the result is fixed, so two builds' reports of one site can be compared byte for byte
 * ({@code cmp}). Usage: {@code java -cp target/classes:DEPS:bench/work ReportTiming SITE WHICH OUT}.
 */
public class ReportTiming {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        String which = args[1];
        Path out = Path.of(args[2]);
        long v0 = System.nanoTime();
        ValidationResult v = new Validator().validate(ValidationRequest.of(site));
        System.out.printf("validated in %d ms; ", (System.nanoTime() - v0) / 1_000_000);
        ValidationResult r = new ValidationResult(v.site(), v.findings(), v.notices(), 1234, v.pageCount(),
                v.imageCount(), v.contentDirectory());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        if (which.equals("all")) {
            Reports.writeAll(r, out);
        } else {
            ReportWriter w = Reports.writers().stream().filter(x -> x.fileName().contains(which)
                    || which.equals("junit") && x.fileName().startsWith("TEST-")).findFirst().orElseThrow();
            w.write(r, out.resolve(w.fileName()));
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000;
        System.out.printf("%s %d findings: wall %d ms, cpu %d ms%n", which, r.findings().size(), wall, cpu);
    }
}
