package io.github.faqkit.fix;

import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The repairs of one run, per file, and the findings no fixer handles. {@link #apply()} writes the
 * changed files, each atomically.
 */
public record FixPlan(List<FileFix> files, List<Finding> notFixable) {

    public FixPlan {
        files = List.copyOf(files);
        notFixable = List.copyOf(notFixable);
    }

    public List<FileFix> changedFiles() {
        return files.stream().filter(FileFix::changed).toList();
    }

    /** Number of findings repaired. */
    public int fixedCount() {
        return files.stream().mapToInt(f -> f.applied().size()).sum();
    }

    public int skippedCount() {
        return files.stream().mapToInt(f -> f.skipped().size()).sum();
    }

    /** Every finding of the run: those a fix applies to, those it leaves alone, and those with no fix. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (FileFix f : files) {
            f.applied().forEach(a -> out.add(a.finding()));
            f.skipped().forEach(x -> out.add(x.finding()));
        }
        out.addAll(notFixable);
        return out;
    }

    /** Writes every changed file; refuses a file that changed on disk since it was read. */
    public void apply() throws IOException {
        for (FileFix f : changedFiles()) {
            if (!Arrays.equals(Files.readAllBytes(f.file()), f.before())) {
                throw new IOException(f.file() + " changed while it was being fixed; run faq:fix again");
            }
            AtomicFiles.replaceKeepingPermissions(f.file(), f.after());
        }
    }
}
