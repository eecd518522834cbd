package io.github.faqkit.core.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files outside the site's scan that checks read while they run (not when the build set-up is decided, whose
 * outcome a rerun compares as a whole): the workflows and the scripts they run ({@link WorkflowKeys}, FM007), the
 * Makefiles and scripts that may run pandoc ({@link PandocBuild}), the git files that name the repository and its
 * branch ({@link Repository}, GitHub URLs of the site's files), the configuration files of the build's
 * {@code --config} ({@link BuildConfigFiles}). A rerun stamps each, so an edit there is seen.
 */
public final class OutsideInputs {
    private OutsideInputs() {}

    /**
     * The files, in a stable order, absolute (another repository root gives other paths); those that do not exist
     * are listed too, since creating one changes what the readers find.
     */
    public static List<Path> of(Path contentDirectory, BuildConfigFiles build) {
        Path repoRoot = Repository.rootOf(contentDirectory);
        Path root =
                repoRoot != null ? repoRoot : contentDirectory.toAbsolutePath().normalize();
        Set<Path> files = new LinkedHashSet<>();
        files.addAll(WorkflowKeys.filesRead(root));
        files.addAll(PandocBuild.filesRead(root));
        files.addAll(Repository.filesRead(repoRoot));
        // the files a 'jekyll build --config a.yml,b.yml' reads are the site's settings: those the configuration load
        // looked for (none when GitHub Pages' own action builds the site, which reads the default file)
        files.addAll(build.consulted());
        return new ArrayList<>(files);
    }
}
