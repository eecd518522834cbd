package io.github.faqkit.rules.config;

import static io.github.faqkit.testing.SiteFixture.assertAt;
import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.BuildFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.fix.FileFix;
import io.github.faqkit.fix.FixEngine;
import io.github.faqkit.fix.FixPlan;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFilesPublishedTest {
    @TempDir
    Path dir;

    private SiteFixture site(String config) {
        return SiteFixture.in(dir)
                .file("_config.yml", config)
                .page("index.md", "title: Home", "Hello\n")
                .file("pom.xml", "<project/>\n");
    }

    @Test
    void oneFindingOnTheExcludeLineNamingWhatIsPublished() {
        ValidationResult r = site("title: FAQ\nexclude:\n  - README.md\n")
                .file("target/faq/report.json", "{}")
                .file("mvnw", "#!/bin/sh\n")
                .validate();
        Finding f = only(r, ConfigRules.CFG001);
        assertAt(f, "_config.yml", 2, 1, Severity.ERROR);
        assertThat(f.message())
                .contains("pom.xml, mvnw, target/ (e.g. target/faq/report.json)")
                .contains("absolute paths");
        assertThat(f.hint()).contains("exclude: [pom.xml, mvnw, target/]");
        assertThat(f.fix()).isNotNull();
    }

    @Test
    void withoutExcludeTheFindingIsOnLineOne() {
        Finding f = only(site("title: FAQ\n").validate(), ConfigRules.CFG001);
        assertAt(f, "_config.yml", 1, 1, Severity.ERROR);
        assertThat(f.message()).doesNotContain("absolute paths"); // no reports among them
    }

    @Test
    void onJekyll3AFirstExcludeListNamesJekyllsOwnEntriesAgain() {
        Finding j3 = only(
                site("title: FAQ\n").file("Gemfile", "gem 'jekyll', '3.9.3'\n").validate(), ConfigRules.CFG001);
        assertThat(j3.hint())
                .contains("exclude: [pom.xml, Gemfile, Gemfile.lock, node_modules, vendor/bundle/, vendor/cache/, "
                        + "vendor/gems/, vendor/ruby/]")
                .contains("Jekyll 3 builds this site");
        assertThat(((Fix) j3.fix().against(new PageText("title: FAQ\n"))).description())
                .contains("with Jekyll 3's own entries (Gemfile, Gemfile.lock, node_modules");

        // near-misses: a list that is already there replaced Jekyll 3's defaults before the fix; Jekyll 4 keeps them
        Finding listed = only(
                site("exclude: [README.md]\n")
                        .file("Gemfile", "gem 'jekyll', '3.9.3'\n")
                        .validate(),
                ConfigRules.CFG001);
        assertThat(listed.hint()).contains("exclude: [pom.xml]").doesNotContain("Gemfile");
        Finding j4 = only(
                site("title: FAQ\n").file("Gemfile", "gem 'jekyll', '~> 4.3'\n").validate(), ConfigRules.CFG001);
        assertThat(j4.hint()).contains("exclude: [pom.xml]").doesNotContain("Gemfile");
    }

    @Test
    void silentWhenExcludeCoversThemOrTheyAreNotThere() {
        assertThat(of(site("exclude: [pom.xml, target]\n").validate(), ConfigRules.CFG001))
                .isEmpty();
        SiteFixture.in(dir.resolve("plain"))
                .file("_config.yml", "title: FAQ\n")
                .page("index.md", "title: Home", "Hello\n");
        assertThat(of(SiteFixture.in(dir.resolve("plain")).validate(), ConfigRules.CFG001))
                .as("no build file in the site")
                .isEmpty();
    }

    @Test
    void dotFoldersAreExcludedByJekyllItself() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: FAQ\n")
                .page("index.md", "title: Home", "Hello\n")
                .file(".mvn/maven.config", "-B\n")
                .validate();
        assertThat(of(r, ConfigRules.CFG001)).isEmpty();
    }

    /** Jekyll 4 (the Gemfile's) refuses an exclude: that is text; Jekyll 3 would read it as a list. */
    @Test
    void silentWhenJekyllRefusesTheConfiguration() {
        ValidationResult r = site("exclude: pom.xml\n")
                .file("Gemfile", "gem \"jekyll\", \"~> 4.3\"\n")
                .validate();
        assertThat(of(r, ConfigRules.CFG001)).isEmpty();
        assertThat(only(r, "FM003").message()).contains("not a list");
    }

    @Test
    void buildFilesOutsideTheSiteSourceAreNotPublished() {
        // the usual layout: the POM beside the site folder, not in it
        SiteFixture.in(dir).file("pom.xml", "<project/>\n").file("target/faq/report.json", "{}");
        SiteFixture docs = SiteFixture.in(dir.resolve("docs"))
                .file("_config.yml", "title: FAQ\n")
                .page("index.md", "title: Home", "Hello\n");
        List<BuildFiles.Candidate> maven = List.of(
                new BuildFiles.Candidate(dir.resolve("pom.xml"), BuildFiles.Kind.FILE),
                new BuildFiles.Candidate(dir.resolve("target"), BuildFiles.Kind.OUTPUT),
                new BuildFiles.Candidate(dir.resolve("faq-baseline.json"), BuildFiles.Kind.FILE));
        ValidationResult r = docs.validate(q -> withBuildFiles(q, maven));
        assertThat(of(r, ConfigRules.CFG001)).isEmpty();
    }

    @Test
    void theBuildFolderCountsBeforeTheFirstBuildWritesIt() {
        List<BuildFiles.Candidate> maven = List.of(
                new BuildFiles.Candidate(dir.resolve("pom.xml"), BuildFiles.Kind.FILE),
                new BuildFiles.Candidate(dir.resolve("target"), BuildFiles.Kind.OUTPUT),
                new BuildFiles.Candidate(dir.resolve("target/faq"), BuildFiles.Kind.OUTPUT));
        ValidationResult r = site("exclude: [pom.xml]\n").validate(q -> withBuildFiles(q, maven));
        assertThat(only(r, ConfigRules.CFG001).message()).contains("target/").doesNotContain("target/faq");
        ValidationResult starred = site("exclude: [pom.xml, \"target/*\"]\n").validate(q -> withBuildFiles(q, maven));
        assertThat(of(starred, ConfigRules.CFG001))
                .as("target/* keeps every report out")
                .isEmpty();
    }

    @Test
    void aFileIncludeNamesCannotBeExcluded() {
        ValidationResult r = site("include: [faq-baseline.json]\nexclude: [pom.xml]\n")
                .file("faq-baseline.json", "{}")
                .validate();
        Finding f = only(r, ConfigRules.CFG001);
        assertThat(f.hint()).contains("remove faq-baseline.json from include:").doesNotContain("exclude: [");
        assertThat(f.fix().against(new PageText("include: [faq-baseline.json]\nexclude: [pom.xml]\n")))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void theFixAddsTheEntriesAndFixEngineChecksTheConfigurationIsTheOneValidated() throws Exception {
        SiteFixture s = site("title: FAQ   # keep this comment\r\nexclude:\r\n  - README.md\r\nlogo: /a.png\r\n");
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(dir));
        FileFix config = plan.files().stream()
                .filter(f -> f.path().equals(SiteConfigs.FILE))
                .findFirst()
                .orElseThrow();
        assertThat(config.changed()).isTrue();
        plan.apply();
        assertThat(Files.readString(dir.resolve("_config.yml")))
                .isEqualTo("title: FAQ   # keep this comment\r\nexclude:\r\n  - README.md\r\n  - pom.xml\r\n"
                        + "logo: /a.png\r\n");
        assertThat(of(s.validate(), ConfigRules.CFG001)).isEmpty();

        // validated, then edited by someone else before the fix is written: left alone
        site("title: FAQ\n");
        ValidationResult r = SiteFixture.in(dir).validate();
        Files.writeString(dir.resolve("_config.yml"), "title: FAQ\nbaseurl: /kb\n");
        FixPlan stale = new FixEngine().plan(r.site(), r.findings());
        assertThat(stale.files()).singleElement().satisfies(f -> {
            assertThat(f.changed()).isFalse();
            assertThat(f.skipped())
                    .singleElement()
                    .satisfies(k -> assertThat(k.reason()).contains("changed since it was validated"));
        });
    }

    @Test
    void theFixRefusesWhereAddingWouldChangeOtherSettings() {
        List<String> entries = List.of("pom.xml");
        // exclude: is an alias of another setting: appending would change both
        assertThat(ExcludeEntries.add(new PageText("common: &c [a]\nexclude: *c\n"), "_config.yml", entries))
                .isInstanceOf(Refusal.class);
        assertThat(ExcludeEntries.add(new PageText("title: x\n---\ntitle: y\n"), "_config.yml", entries))
                .as("two documents")
                .isInstanceOf(Refusal.class);
        assertThat(ExcludeEntries.add(new PageText("{title: x}\n"), "_config.yml", entries))
                .isInstanceOf(Refusal.class);
        assertThat(ExcludeEntries.add(new PageText("exclude:\n  - a: 1\n"), "_config.yml", entries))
                .as("not a list of paths")
                .isInstanceOf(Refusal.class);
    }

    @Test
    void entriesThatYamlWouldReadOtherwiseAreQuoted() {
        assertThat(ExcludeEntries.scalar("target/")).isEqualTo("target/");
        assertThat(ExcludeEntries.scalar(".mvn/")).isEqualTo(".mvn/");
        assertThat(ExcludeEntries.scalar("*.json")).isEqualTo("\"*.json\"");
        assertThat(ExcludeEntries.scalar("my reports: old/")).isEqualTo("\"my reports: old/\"");
        Repair r =
                ExcludeEntries.add(new PageText("exclude: [a]  # trailing\n"), "_config.yml", List.of("b c: d", "e"));
        assertThat(r).isInstanceOf(Fix.class);
        TextEdit e = ((Fix) r).edits().get(0);
        assertThat(e.replacement()).isEqualTo(", \"b c: d\", e");
    }

    private static ValidationRequest withBuildFiles(ValidationRequest q, List<BuildFiles.Candidate> files) {
        RuleOptions o = q.options();
        return new ValidationRequest(
                q.contentDirectory(),
                q.includes(),
                q.excludes(),
                q.severities(),
                q.themeVersion(),
                new RuleOptions(o.requiredKeys(), o.allowedKeys(), o.frontMatterSchema(), o.externalCache(), files),
                q.baseUrl(),
                q.checkExternal());
    }
}
