package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code _data} as Jekyll reads it when a build starts, each file read once: what {@code site.data} holds, and the
 * files that stop the build. Jekyll reads every {@code *.yml}, {@code *.yaml} and {@code *.json} there (JSON too)
 * with the YAML loader it reads {@code _config.yml} with, and {@code *.csv} and {@code *.tsv} with Ruby's CSV,
 * whether or not a page uses the data, and stops on the first file it cannot read (measured:
 * scripts/data-golden/generate.sh).
 */
public final class DataFiles {
    /** Files larger than this are not read: what they hold is unknown. */
    static final long MAX_BYTES = 4L << 20;

    /** A data file Jekyll refuses: the file (site-relative), 1-based line and column, why, and how to fix it. */
    public record Problem(String file, int line, int column, String reason, String hint) {}

    /** What one name of a folder holds. */
    public sealed interface Data {}

    /** A YAML or JSON file's value; null for an empty file. */
    public record Tree(JsonNode value) implements Data {}

    /** A CSV or TSV file's rows, the header row first (an empty unquoted field is null, Ruby's nil). */
    public record Table(List<List<String>> rows) implements Data {}

    /** A folder: its files (by name without extension) and folders, in the order Jekyll's later ones win. */
    public record Folder(Map<String, Data> entries) implements Data {
        public Folder {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** A file that is not read here, or that Jekyll refuses: its value is unknown, not absent. */
    public record Unknown() implements Data {}

    /** No data (a site not read from a folder). */
    public static final DataFiles NONE = new DataFiles(new Folder(Map.of()), List.of(), List.of());

    private final Folder root;
    private final List<Problem> problems;
    private final List<String> notes;

    private DataFiles(Folder root, List<Problem> problems, List<String> notes) {
        this.root = root;
        this.problems = problems;
        this.notes = notes;
    }

    /** Reads {@code siteRoot/_data}. */
    public static DataFiles read(Path siteRoot) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Folder root = folder(siteRoot, siteRoot.resolve("_data"), problems, notes);
        return root.entries().isEmpty() && notes.isEmpty()
                ? NONE
                : new DataFiles(root, List.copyOf(problems), List.copyOf(notes));
    }

    /** {@code site.data}. */
    public Folder root() {
        return root;
    }

    /** The files Jekyll refuses, which stop its build. */
    public List<Problem> problems() {
        return problems;
    }

    /** What could not be read here, in words for the console. */
    public List<String> notes() {
        return notes;
    }

    private static Folder folder(Path siteRoot, Path dir, List<Problem> problems, List<String> notes) {
        Map<String, Data> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return new Folder(out);
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        } catch (IOException e) {
            notes.add(relative(siteRoot, dir) + ": not read (" + e.getMessage() + "): what it holds is unknown");
            return new Folder(out);
        }
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // Jekyll's glob ('*') never lists them
            }
            if (Files.isDirectory(c)) {
                out.put(name, folder(siteRoot, c, problems, notes));
                continue;
            }
            int dot = name.lastIndexOf('.');
            // the extensions of Jekyll's case-sensitive glob: 'x.YML' is not read at all
            String ext = dot <= 0 ? "" : name.substring(dot + 1);
            if (List.of("yml", "yaml", "json", "csv", "tsv").contains(ext)) {
                out.put(name.substring(0, dot), file(siteRoot, c, ext, problems, notes));
            }
        }
        return new Folder(out);
    }

    private static Data file(Path siteRoot, Path file, String ext, List<Problem> problems, List<String> notes) {
        String path = relative(siteRoot, file);
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                notes.add(path + ": larger than 4 MB, not read: what it holds is unknown");
                return new Unknown();
            }
            text = SourceText.decode(Files.readAllBytes(file)).text();
        } catch (IOException | RuntimeException e) {
            notes.add(path + ": not read (" + e.getMessage() + "): what it holds is unknown");
            return new Unknown();
        }
        if (ext.equals("csv") || ext.equals("tsv")) {
            // Jekyll reads TSV with Ruby's CSV too (col_sep "\t"): quotes quote there as well
            RubyCsv.Parsed csv = RubyCsv.parse(path, text, ext.equals("csv") ? ',' : '\t');
            if (csv.problem() != null) {
                problems.add(csv.problem());
                return new Unknown();
            }
            return new Table(csv.rows());
        }
        try {
            return new Tree(SiteConfigs.readData(text));
        } catch (JsonProcessingException refused) {
            JsonNode json = ext.equals("json") ? asJson(text) : null;
            if (json != null) {
                return new Tree(json);
            }
            int[] at = YamlErrors.position(refused);
            problems.add(new Problem(
                    path,
                    at == null ? 1 : at[0],
                    at == null ? 1 : at[1],
                    ext.equals("json")
                            ? path + " cannot be read as Jekyll reads JSON data, with its YAML loader ("
                                    + YamlErrors.describe(refused) + ")"
                            : path + " is not valid YAML (" + YamlErrors.describe(refused) + ")",
                    "fix the file at this position"));
            return new Unknown();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .build();

    /**
     * {@code text} read as JSON, or null. libyaml reads JSON as YAML; where SnakeYAML still refuses a JSON text that
     * {@link LibyamlText} does not mend, a file that is JSON is no verdict of SnakeYAML's to give (a safety net: it
     * can only clear a verdict).
     */
    private static JsonNode asJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String relative(Path siteRoot, Path file) {
        return siteRoot.relativize(file).toString().replace('\\', '/');
    }
}
