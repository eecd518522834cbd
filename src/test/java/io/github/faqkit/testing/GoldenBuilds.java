package io.github.faqkit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The builds a golden script recorded: one {@code PREFIX….json} per build in each fixture folder of a golden root
 * (content-golden's {@code shown-0.10.1.json}, nav-golden's {@code nav-0.3.3.json}), in name order.
 */
public final class GoldenBuilds {
    /** One recorded build: the fixture folder's name and the file's name. */
    public record Build(String fixture, String file) {}

    private GoldenBuilds() {}

    public static List<Build> under(Path root, String prefix) throws IOException {
        List<Build> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.startsWith(prefix) && name.endsWith(".json")) {
                            out.add(new Build(dir.getFileName().toString(), name));
                        }
                    }
                }
            }
        }
        return out;
    }
}
