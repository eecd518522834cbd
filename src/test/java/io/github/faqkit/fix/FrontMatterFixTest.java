package io.github.faqkit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FM007 and FM009 end to end: the real rules report, the engine fixes, validation is clean after. */
class FrontMatterFixTest {
    @TempDir
    Path dir;

    private FixPlan run(SiteFixture site) throws Exception {
        return new FixEngine().plan(ValidationRequest.of(site.root()));
    }

    @Test
    void renamesMisspeltKeyInPlace() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\nnav-order: 3   # keep me", "Text\n");
        FixPlan plan = run(site);
        assertThat(FixTesting.after(plan, "a.md")).isEqualTo("---\ntitle: A\nnav_order: 3   # keep me\n---\nText\n");
        FileFix.Applied a = FixTesting.file(plan, "a.md").applied().get(0);
        assertThat(a.finding().ruleId()).isEqualTo("FM007");
        assertThat(a.finding().line()).isEqualTo(3);
        assertThat(a.description()).isEqualTo("renamed 'nav-order' to 'nav_order'");
        plan.apply();
        assertThat(FixTesting.read(site, "a.md")).contains("nav_order: 3   # keep me");
        assertThat(run(site).files()).isEmpty();
    }

    @Test
    void leavesKeyAloneWhenTwoKnownKeysAreEquallyNear() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\ncolour_c: 1", "Text\n");
        FixPlan plan = new FixEngine()
                .plan(new ValidationRequest(
                        site.root(),
                        null,
                        null,
                        null,
                        null,
                        new RuleOptions(null, List.of("colour_a", "colour_b"), null),
                        null,
                        false));
        FileFix f = FixTesting.file(plan, "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("equally close to colour_a, colour_b"));
    }

    @Test
    void renamesOnlyAKeyOneSlipAwayFromTheKnownOne() throws Exception {
        // a key its own templates read (more_cards) and one two letters away that nothing reads: a key of its own,
        // as likely as a misspelling, so the finding stays and the rename is left to the writer
        SiteFixture site = SiteFixture.in(dir)
                .file("_includes/cards.html", "{% for c in include.cards %}{{ c.heading }}{% endfor %}")
                .page("b.md", "title: B", "{% include cards.html cards=page.more_cards %}\n")
                .page("a.md", "title: A\nmodel_cards: []\nmore_crads: []\nparnet: B", "Text\n");
        FileFix f = FixTesting.file(run(site), "a.md");
        assertThat(f.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason())
                        .contains("'model_cards' differs from 'more_cards' by more than one letter"));
        assertThat(FixTesting.after(run(site), "a.md"))
                .as("a swap and a wrong letter are renamed")
                .isEqualTo("---\ntitle: A\nmodel_cards: []\nmore_cards: []\nparent: B\n---\nText\n");
    }

    @Test
    void leavesANoteAloneButRenamesAMisspeltSwitch() throws Exception {
        // NIVANorge/Mobius2: 'comment: "…"' is a note; made 'comments', it would switch comments on
        SiteFixture site = SiteFixture.in(dir)
                .page("a.md", "title: A\ncomment: \"Snippets are coloured as python.\"", "Text\n")
                .page("b.md", "title: B\ncomment: true", "Text\n");
        FixPlan plan = run(site);
        assertThat(FixTesting.file(plan, "a.md").changed()).isFalse();
        assertThat(FixTesting.after(plan, "b.md")).isEqualTo("---\ntitle: B\ncomments: true\n---\nText\n");
    }

    @Test
    void doesNotRenameOntoAKeyThatIsAlreadySet() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\nnav_order: 1\nnav-order: 2", "Text\n");
        FileFix f = FixTesting.file(run(site), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped().get(0).reason()).contains("already set");
    }

    @Test
    void twoKeysThatWouldBecomeTheSameKeyAreBothLeftAlone() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\nnav-order: 1\nnav_ordr: 2", "Text\n");
        FileFix f = FixTesting.file(run(site), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.reason()).contains("would both become"));
    }

    @Test
    void unquotesNumericNavOrder() throws Exception {
        SiteFixture site = SiteFixture.in(dir)
                .page("a.md", "title: A\nnav_order: \"10\"", "Text\n")
                .page("b.md", "title: B\nnav_order: '2.5' # half", "Text\n");
        FixPlan plan = run(site);
        assertThat(FixTesting.after(plan, "a.md")).isEqualTo("---\ntitle: A\nnav_order: 10\n---\nText\n");
        assertThat(FixTesting.after(plan, "b.md")).isEqualTo("---\ntitle: B\nnav_order: 2.5 # half\n---\nText\n");
        plan.apply();
        assertThat(run(site).files()).isEmpty();
    }

    @Test
    void keepsQuotesWhenTheNumberWouldReadBackDifferently() throws Exception {
        // Ruby's YAML reads 010 as octal 8: unquoting would change the value.
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\nnav_order: \"010\"", "Text\n");
        FileFix f = FixTesting.file(run(site), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.finding().ruleId()).isEqualTo("FM009"));
    }

    @Test
    void otherFindingsAreListedAsNotFixable() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "nav_order: 1", "Text\n");
        FixPlan plan = run(site);
        assertThat(plan.files()).isEmpty();
        assertThat(plan.notFixable()).extracting(f -> f.ruleId()).contains("FM005");
    }
}
