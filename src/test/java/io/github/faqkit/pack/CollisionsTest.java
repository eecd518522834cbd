package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.pack.Collisions.Placed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollisionsTest {
    private static Placed page(String origin, String path, String url, String title, String parent) {
        return new Placed(origin, path, url, title, parent);
    }

    @Test
    void distinctContentDoesNotCollide() {
        assertThat(Collisions.find(
                        List.of(
                                page("g:a:1", "a/x.md", "/a/x.html", "X", "A"),
                                page("g:a:1", "a/index.md", "/a/", "A", null),
                                page("g:b:1", "b/y.md", "/b/y.html", "Y", "B"),
                                page("g:b:1", "b/index.md", "/b/", "B", null),
                                new Placed("g:b:1", "pics/p.png", null, null, null)),
                        List.of(page("this site", "index.md", "/", "Home", null))))
                .isEmpty();
    }

    @Test
    void samePathFromTwoArtifacts() {
        assertThat(Collisions.find(
                        List.of(
                                new Placed("g:a:1", "pics/p.png", null, null, null),
                                new Placed("g:b:1", "pics/p.png", null, null, null)),
                        List.of()))
                .containsExactly("'pics/p.png' is provided by g:a:1 and g:b:1");
    }

    @Test
    void urlsDifferingOnlyByCaseCollide() {
        assertThat(Collisions.find(
                        List.of(page("g:a:1", "x.md", "/FAQ/", "X", null), page("g:b:1", "y.md", "/faq/", "Y", null)),
                        List.of()))
                .singleElement()
                .asString()
                .contains("x.md (g:a:1) and y.md (g:b:1)");
    }

    @Test
    void parentTitleCarriedByTwoOriginsBecomesAmbiguous() {
        List<String> problems = Collisions.find(
                List.of(
                        page("g:a:1", "a/index.md", "/a/", "Accounts", null),
                        page("g:a:1", "a/reset.md", "/a/reset.html", "Reset", "Accounts")),
                List.of(page("this site", "accounts.md", "/accounts.html", "Accounts", null)));
        assertThat(problems)
                .singleElement()
                .asString()
                .contains("parent title 'Accounts' (used by a/reset.md from g:a:1) becomes ambiguous")
                .contains("accounts.md (this site) and a/index.md (g:a:1)");
    }

    @Test
    void repeatedTitleWithinOneArtifactIsLeftToValidation() {
        assertThat(Collisions.find(
                        List.of(
                                page("g:a:1", "a.md", "/a.html", "Same", null),
                                page("g:a:1", "b.md", "/b.html", "Same", null),
                                page("g:a:1", "c.md", "/c.html", "C", "Same")),
                        List.of()))
                .isEmpty();
    }
}
