package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown files of the repository around a site that IMG006 reads ({@link AssetReferences#repositoryMarkdown}):
 * the list a rerun fingerprints, so that editing the README that shows a site image is noticed.
 */
class RepositoryMarkdownTest {
    @TempDir
    Path repo;

    private Path write(String path, String text) throws Exception {
        Path f = repo.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private List<String> paths() throws Exception {
        return AssetReferences.repositoryMarkdown(repo.resolve("docs")).stream()
                .map(AssetReferences.RepositoryFile::path)
                .toList();
    }

    @Test
    void listsTheMarkdownOutsideTheSiteThatTheImageRulesRead() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        write("docs/_config.yml", "title: x\n");
        write("docs/index.md", "---\ntitle: x\n---\n");
        write("README.md", "![logo](docs/assets/logo.png)\n");
        write("guide/USAGE.markdown", "text\n");
        write("guide/notes.txt", "not Markdown\n");
        // left out: dependencies, hidden folders, another Jekyll site
        write("node_modules/pkg/README.md", "x\n");
        write(".github/README.md", "x\n");
        write("other-site/_config.yml", "title: y\n");
        write("other-site/page.md", "x\n");

        // the site's own Markdown too: scan reads what the build leaves out (an excluded README)
        assertThat(paths()).containsExactlyInAnyOrder("README.md", "guide/USAGE.markdown", "docs/index.md");
        // what scan reads from them is what the list names: the README's image is referenced
        AssetReferences refs = AssetReferences.scan(repo.resolve("docs"), List.of());
        assertThat(refs.names("assets/logo.png")).isTrue();
    }

    @Test
    void aStampMovesWhenTheReadmeIsEdited() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        write("docs/_config.yml", "title: x\n");
        Path readme = write("README.md", "![logo](docs/assets/logo.png)\n");
        Files.setLastModifiedTime(readme, FileTime.fromMillis(1_000_000_000_000L));
        FileStamp before =
                AssetReferences.repositoryMarkdown(repo.resolve("docs")).get(0).stamp();
        Files.writeString(readme, "![logo](docs/assets/other.png)\n");
        Files.setLastModifiedTime(readme, FileTime.fromMillis(1_000_000_100_000L));
        FileStamp after =
                AssetReferences.repositoryMarkdown(repo.resolve("docs")).get(0).stamp();
        assertThat(after).isNotEqualTo(before);
        assertThat(after).isEqualTo(FileStamp.of(readme));
    }

    @Test
    void anUnreadableFolderOutsideTheSiteIsLeftOut() throws Exception {
        assumeThat(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews())
                .contains("posix");
        assumeThat(System.getProperty("user.name")).as("root reads anything").isNotEqualTo("root");
        Files.createDirectories(repo.resolve(".git"));
        write("docs/_config.yml", "title: x\n");
        write("README.md", "![logo](docs/assets/logo.png)\n");
        Path locked = write("private/notes.md", "x\n").getParent();
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            assertThat(paths()).containsExactly("README.md");
            assertThat(AssetReferences.scan(repo.resolve("docs"), List.of()).names("assets/logo.png"))
                    .isTrue();
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aSiteInNoRepositoryHasNoneAndASiteAtTheRootHasItsOwn() throws Exception {
        write("docs/_config.yml", "title: x\n");
        write("README.md", "x\n");
        write("_posts/2024-01-01-a.md", "---\n---\n");
        assertThat(paths()).isEmpty();
        Files.createDirectories(repo.resolve(".git"));
        // a site at the repository root: its README, not the Markdown of its own '_' folders
        assertThat(AssetReferences.repositoryMarkdown(repo))
                .extracting(AssetReferences.RepositoryFile::path)
                .containsExactly("README.md");
    }
}
