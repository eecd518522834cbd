package io.github.faqkit.core.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files and folders of the site's source that a step of its build workflow writes before the step that runs
 * Jekyll: API references a generator writes into the site ({@code spectaql … -t ./docs/reference},
 * {@code typedoc --out docs/api}), files copied or unpacked in ({@code cp -r target/apidocs docs/javadoc},
 * {@code unzip api.zip -d docs/api}), output redirected
 * into it ({@code … > docs/schema.json}). They are in the published site but not in the repository, so what lies
 * under them is unknown here, never missing. Only paths written as the step's output and inside the site's folder
 * count (not the site's folder as a whole, which would hide every missing link); paths that hold a variable or a glob
 * are not known and are skipped. Files a step puts into Jekyll's output after the build ({@code _site} of the site's
 * folder, where {@code jekyll build} writes unless told otherwise) are published the same way: a KiCad export
 * downloaded with {@code actions/download-artifact} ({@code path: docs/_site/pcb}), a report copied in with
 * {@code cp -r coverage docs/_site/coverage}.
 */
public final class WorkflowOutputs {

    /** No workflow writes into the site. */
    public static final WorkflowOutputs NONE = new WorkflowOutputs(List.of());

    /** Paths relative to the site's folder, with '/' and without a leading or trailing slash. */
    private final List<String> paths;

    WorkflowOutputs(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /** The written paths, relative to the site's folder. */
    public List<String> paths() {
        return paths;
    }

    /** True when {@code sitePath} (relative to the site's folder, {@code reference/} or {@code api/x.html}) is written. */
    public boolean covers(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        for (String w : paths) {
            if (p.equals(w) || p.startsWith(w + "/")) {
                return true;
            }
        }
        return false;
    }

    /** A path as a command line writes it: quoted, or a word that may start with a {@code ${{ … }}} expression. */
    private static final String VALUE = "(\"[^\"]*\"|'[^']*'|(?:\\$\\{\\{[^}]*}})?[^\\s;&|>]+)";

    /** Jekyll's build in a workflow: GitHub Pages' action, a deploy action, or a {@code jekyll build} command. */
    private static final Pattern BUILD = Pattern.compile(
            "(?m)^[^#\\n]*(?:uses:\\s*['\"]?(?:actions/jekyll-build-pages|jeffreytse/jekyll-deploy-action"
                    + "|helaili/jekyll-action)\\b|\\bjekyll\\s+(?:build|b)\\b)");

    /**
     * An option naming where a command writes: {@code -o}, {@code -O} (curl, wget), {@code -t} (cp, generators),
     * {@code -d} (unzip), {@code --output}, {@code --out}, {@code --target}, {@code --dest}, …
     */
    private static final Pattern OUTPUT_OPTION = Pattern.compile(
            "(?:^|\\s)(?:-[otOd]|--(?:output|out|outdir|out-dir|output-dir|output-directory|target|target-dir"
                    + "|target-directory|dest|destination))(?:=|\\s+)" + VALUE);

    /** A step that unpacks a workflow's artifacts: {@code uses: actions/download-artifact@v4}. */
    private static final Pattern DOWNLOAD_ARTIFACT =
            Pattern.compile("(?m)^[^#\\n]*uses:\\s*['\"]?actions/download-artifact\\b.*$");

    /** The {@code path:} input of a step's {@code with:}, the value quoted or not. */
    private static final Pattern INPUT_PATH = Pattern.compile("(?m)^[ \\t]+path:[ \\t]*([^#\\n]*?)[ \\t]*(?:#.*)?$");

    /** Output redirected to a file: {@code > docs/x.json}, {@code >> docs/x.md} (not {@code 2>&1}). */
    private static final Pattern REDIRECT = Pattern.compile("(?<![0-9&>=-])>>?\\s*" + VALUE);

    /** A copy or move; its last argument is where it writes. */
    private static final Pattern COPY = Pattern.compile("(?:^|[\\s;&|(])(?:cp|mv|rsync)\\s+([^;&|\\n]+)");

    /**
     * Gathers, workflow by workflow, the paths the build workflows of {@code repositoryRoot} write into
     * {@code contentDirectory} before they run Jekyll: {@link Workflows} hands it each workflow's text as it reads
     * the folder, so the folder is read once a run.
     */
    static final class Collector {
        private final Path root;
        private final String contentPrefix;
        private final List<String> out = new ArrayList<>();

        Collector(Path repositoryRoot, Path contentDirectory) {
            Path r = repositoryRoot == null
                    ? null
                    : repositoryRoot.toAbsolutePath().normalize();
            Path content = contentDirectory == null
                    ? null
                    : contentDirectory.toAbsolutePath().normalize();
            boolean inside = r != null && content != null && content.startsWith(r);
            this.root = inside ? r : null;
            this.contentPrefix = inside ? r.relativize(content).toString().replace('\\', '/') : null;
        }

        void read(String workflow) {
            if (root == null) {
                return; // the site is not inside the repository the workflows build
            }
            for (String written : writtenBeforeBuild(workflow)) {
                add(inSite(written, contentPrefix, root));
            }
            for (String written : writtenAfterBuild(workflow)) {
                add(inOutput(written, contentPrefix, root));
            }
        }

        private void add(String rel) {
            if (rel != null && !out.contains(rel)) {
                out.add(rel);
            }
        }

        WorkflowOutputs result() {
            return out.isEmpty() ? NONE : new WorkflowOutputs(out);
        }
    }

    /**
     * The paths, as written (relative to the repository root, where a step runs unless told otherwise), that the
     * commands of {@code workflow} write before its first Jekyll build; none when it builds no site.
     */
    static List<String> writtenBeforeBuild(String workflow) {
        Matcher build = BUILD.matcher(workflow);
        if (!build.find()) {
            return List.of(); // a workflow that builds no site writes nothing the build reads
        }
        return written(workflow.substring(0, build.start()));
    }

    /**
     * The paths, as written, that the steps of {@code workflow} after its first Jekyll build write: its commands as
     * {@link #writtenBeforeBuild} reads them, and the {@code path:} input of each {@code actions/download-artifact}
     * step (where it unpacks the artifacts). None when it builds no site.
     */
    static List<String> writtenAfterBuild(String workflow) {
        Matcher build = BUILD.matcher(workflow);
        if (!build.find()) {
            return List.of();
        }
        String after = workflow.substring(build.end());
        List<String> out = written(after);
        Matcher d = DOWNLOAD_ARTIFACT.matcher(after);
        while (d.find()) {
            // the step's inputs follow its 'uses:' line, up to the next step: '- ' where this step's dash stands
            String line = d.group();
            int uses = line.indexOf("uses:");
            int dash = line.lastIndexOf("- ", uses) >= 0 ? line.lastIndexOf("- ", uses) : Math.max(0, uses - 2);
            int end = after.indexOf("\n" + " ".repeat(dash) + "- ", d.end());
            String step = after.substring(d.end(), end < 0 ? after.length() : end);
            Matcher path = INPUT_PATH.matcher(step);
            if (path.find()) {
                out.add(unquote(path.group(1).strip()));
            }
        }
        return out;
    }

    /** What the commands among {@code steps} (a part of a workflow's text) write, as written. */
    private static List<String> written(String steps) {
        List<String> out = new ArrayList<>();
        for (String raw : steps.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("- ")) {
                line = line.substring(2).strip(); // a list item: the step's first key, or a line of a list
            }
            if (line.startsWith("#")) {
                continue;
            }
            int run = line.indexOf("run:");
            String command = run >= 0 && line.substring(0, run).matches("-?\\s*") ? line.substring(run + 4) : line;
            if (command.matches("\\s*[a-zA-Z_-]+:.*") || command.startsWith("uses:")) {
                continue; // another key of the step (name:, with:, working-directory:), not a command
            }
            Matcher o = OUTPUT_OPTION.matcher(command);
            while (o.find()) {
                out.add(unquote(o.group(1)));
            }
            Matcher r = REDIRECT.matcher(command);
            while (r.find()) {
                out.add(unquote(r.group(1)));
            }
            Matcher c = COPY.matcher(command);
            while (c.find()) {
                // an expression keeps its spaces inside one argument
                String[] args = c.group(1)
                        .replaceAll("\\$\\{\\{\\s*([^}]*?)\\s*}}", "\\${{$1}}")
                        .trim()
                        .split("\\s+");
                List<String> operands = new ArrayList<>();
                for (String a : args) {
                    if (!a.startsWith("-")) {
                        operands.add(unquote(a));
                    }
                }
                if (operands.size() >= 2) {
                    String dest = operands.get(operands.size() - 1);
                    if (dest.endsWith("/")) {
                        // into a folder: each source keeps its name there
                        for (String src : operands.subList(0, operands.size() - 1)) {
                            String name = src.replaceAll("/+$", "");
                            name = name.substring(name.lastIndexOf('/') + 1);
                            out.add(name.isEmpty() || name.contains("*") ? dest : dest + name);
                        }
                    } else {
                        out.add(dest);
                    }
                }
            }
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /**
     * {@code written} relative to the site's folder, when it names a path strictly inside it; null for the folder
     * itself, paths outside it, and paths only the run knows (a variable, a glob).
     */
    static String inSite(String written, String contentPrefix, Path root) {
        String rel = inRepository(written, root);
        if (rel == null) {
            return null;
        }
        String prefix = contentPrefix.isEmpty() ? "" : contentPrefix + "/";
        if (!rel.startsWith(prefix) || rel.length() == prefix.length()) {
            return null;
        }
        String inside = rel.substring(prefix.length());
        // Jekyll neither reads nor writes these: its own output, and folders it skips
        String first = inside.split("/", 2)[0];
        if (first.startsWith("_") || first.startsWith(".")) {
            return null;
        }
        return inside;
    }

    /**
     * {@code written} as the path of the published site, when it names a path strictly inside Jekyll's output: the
     * {@code _site} folder of the site's folder, where {@code jekyll build} writes unless given a destination
     * ({@code docs/_site/pcb} is the site's {@code pcb}); null for anything else, and for paths only the run knows.
     */
    static String inOutput(String written, String contentPrefix, Path root) {
        String rel = inRepository(written, root);
        String prefix = (contentPrefix.isEmpty() ? "" : contentPrefix + "/") + "_site/";
        return rel != null && rel.startsWith(prefix) && rel.length() > prefix.length()
                ? rel.substring(prefix.length())
                : null;
    }

    /**
     * {@code written} (relative to the workspace, or starting with the workspace's variable) relative to the
     * repository root {@code root}; null for paths outside it and for paths only the run knows (a variable, a glob).
     */
    private static String inRepository(String written, Path root) {
        String p = written.replaceFirst("^\\$\\{\\{\\s*github\\.workspace\\s*}}/", "")
                .replaceFirst("^\\$\\{?GITHUB_WORKSPACE}?/", "");
        if (p.isEmpty()
                || p.contains("$")
                || p.contains("*")
                || p.contains("?")
                || p.startsWith("/")
                || p.startsWith("~")) {
            return null;
        }
        Path resolved = root.resolve(p).normalize();
        return resolved.startsWith(root) ? root.relativize(resolved).toString().replace('\\', '/') : null;
    }
}
