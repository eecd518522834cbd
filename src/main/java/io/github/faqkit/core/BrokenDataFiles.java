package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of {@code _data} that stop Jekyll's build. Jekyll reads every {@code *.yml}, {@code *.yaml} and
 * {@code *.json} there (JSON too) with the YAML loader it reads {@code _config.yml} with, and {@code *.csv} and
 * {@code *.tsv} with Ruby's CSV, whether or not a page uses the data, and stops on the first file it cannot read
 * (measured: scripts/data-golden/generate.sh).
 */
public final class BrokenDataFiles {
    /** Files larger than this are left unjudged, as the Liquid data reader leaves them unread. */
    private static final long MAX_BYTES = 4L << 20;

    /** A data file Jekyll refuses: the file (site-relative), 1-based line and column, why, and how to fix it. */
    public record Problem(String file, int line, int column, String reason, String hint) {}

    /** None known (a site not read from a folder). */
    public static final BrokenDataFiles NONE = new BrokenDataFiles(List.of());

    private final List<Problem> problems;

    private BrokenDataFiles(List<Problem> problems) {
        this.problems = problems;
    }

    /** The data files under {@code root/_data} that Jekyll cannot read. */
    public static BrokenDataFiles in(Path root) {
        List<Problem> out = new ArrayList<>();
        walk(root, root.resolve("_data"), out);
        return out.isEmpty() ? NONE : new BrokenDataFiles(List.copyOf(out));
    }

    /** The refused files, by path. */
    public List<Problem> problems() {
        return problems;
    }

    private static void walk(Path root, Path dir, List<Problem> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        } catch (IOException e) {
            return; // an unreadable folder is unknown, not broken
        }
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // Jekyll's glob ('*') never lists them
            }
            if (Files.isDirectory(c)) {
                walk(root, c, out);
            } else if (name.endsWith(".yml")
                    || name.endsWith(".yaml")
                    || name.endsWith(".json")
                    || name.endsWith(".csv")
                    || name.endsWith(".tsv")) {
                // the extensions of Jekyll's case-sensitive glob: 'x.YML' is not read at all
                judge(root, c, out);
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .build();

    /**
     * Whether {@code text} is JSON. libyaml reads JSON as YAML; where SnakeYAML still refuses a JSON text that
     * {@link LibyamlText} does not mend, a file that is JSON is no verdict of SnakeYAML's to give (a safety net: it
     * can only clear a verdict).
     */
    private static boolean readsAsJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void judge(Path root, Path file, List<Problem> out) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return;
            }
            text = SourceText.decode(Files.readAllBytes(file)).text();
        } catch (IOException | RuntimeException e) {
            return; // unread here: unknown, not broken
        }
        String path = root.relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".csv") || path.endsWith(".tsv")) {
            Problem p = RubyCsv.parse(path, text, path.endsWith(".csv") ? ',' : '\t')
                    .problem();
            if (p != null) {
                out.add(p);
            }
            return;
        }
        JsonProcessingException refused = SiteConfigs.refusal(text);
        if (refused != null && !(path.endsWith(".json") && readsAsJson(text))) {
            int[] at = YamlErrors.position(refused);
            out.add(new Problem(
                    path,
                    at == null ? 1 : at[0],
                    at == null ? 1 : at[1],
                    path.endsWith(".json")
                            ? path + " cannot be read as Jekyll reads JSON data, with its YAML loader ("
                                    + YamlErrors.describe(refused) + ")"
                            : path + " is not valid YAML (" + YamlErrors.describe(refused) + ")",
                    "fix the file at this position"));
        }
    }
}
