package io.github.faqkit.rules.nav;

import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParentIsSelfTest {
    @TempDir
    Path dir;

    @Test
    void pageNamingItselfAsParentIsReported() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("accounts.md", "title: Accounts\nparent: Accounts", "# Accounts\n")
                .page("reset.md", "title: Reset\nparent: Accounts", "# Reset\n")
                .validate();
        assertThat(where(r)).filteredOn(w -> w.contains("NAV")).containsExactly("accounts.md:3:9 NAV009");
        assertThat(SiteFixture.of(r, "NAV009").get(0).message()).contains("own title");
    }

    @Test
    void parentNamingAnotherPageWithTheSameTitleIsNotSelf() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("a/accounts.md", "title: Accounts\nparent: Accounts", "# Accounts\n")
                .page("accounts.md", "title: Accounts", "# Accounts\n")
                .validate();
        assertThat(where(r)).noneMatch(w -> w.endsWith("NAV009"));
    }
}
