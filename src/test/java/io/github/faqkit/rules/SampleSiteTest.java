package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled sample site is the reference of a clean site: no rule may find anything in it. */
class SampleSiteTest {

    @Test
    void sampleSiteHasNoFindings() throws Exception {
        ValidationResult r = new Validator().validate(ValidationRequest.of(Path.of("sample-site")));
        assertThat(SiteFixture.where(r)).isEmpty();
        assertThat(r.pageCount()).isGreaterThanOrEqualTo(6);
        assertThat(r.site().nav().roots()).isNotEmpty();
    }
}
