package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A README of the repository around the site shows a site image (IMG006 reads it): editing it is a change. */
class RepositoryReadmeRerunTest {
    @TempDir
    Path repo;

    private final List<String> log = new ArrayList<>();

    private final Instant hourAgo = Instant.now().minusSeconds(3600);

    /** Every file an hour old, the same time each call: only what is edited in between moves. */
    private void settle() throws IOException {
        FileTime past = FileTime.from(hourAgo);
        try (Stream<Path> s = Files.walk(repo)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    private IncrementalValidator.Outcome run() throws IOException {
        return new IncrementalValidator(new Validator(), repo.resolve("target/faq/cache"), "1.0", log::add)
                .validate(ValidationRequest.of(repo.resolve("docs")), "", true);
    }

    @Test
    void editingTheReadmeOutsideTheSiteIsNotTakenOver() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        SiteFixture.in(repo.resolve("docs"))
                .file("_config.yml", "title: x\n")
                .page("index.md", "title: Home", "# Home\n")
                .bytes("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(repo.resolve("README.md"), "![logo](docs/assets/logo.png)\n");
        settle();
        IncrementalValidator.Outcome first = run();
        assertThat(first.result().findings()).noneMatch(f -> f.ruleId().equals("IMG006"));
        assertThat(run().reused()).isTrue();

        Files.writeString(repo.resolve("README.md"), "No logo any more.\n");
        settle();
        // edited half an hour ago
        Files.setLastModifiedTime(repo.resolve("README.md"), FileTime.from(hourAgo.plusSeconds(1800)));
        IncrementalValidator.Outcome second = run();
        assertThat(second.reused()).isFalse();
        assertThat(second.result().findings()).anyMatch(f -> f.ruleId().equals("IMG006"));
    }
}
