package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Sha256;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Reference.Kind;
import io.github.faqkit.rerun.CacheDirectory;
import io.github.faqkit.rerun.PackagePlans;
import io.github.faqkit.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestBuilderTest {
    @TempDir
    Path dir;

    static Reference img(String target) {
        return new Reference(Kind.IMAGE, target, 5, 1, "alt", false);
    }

    static Reference link(String target) {
        return new Reference(Kind.LINK, target, 6, 1, null, false);
    }

    /** References given explicitly per page path, standing in for the page scanner. */
    static AssetSelector.ReferenceSource refs(Map<String, List<Reference>> byPath) {
        return p -> byPath.getOrDefault(p.path(), List.of());
    }

    private Site site(SiteFixture f) {
        return f.loadSite();
    }

    private SiteFixture sample() {
        return SiteFixture.in(dir)
                .file("_config.yml", "baseurl: /faq\n")
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n")
                .page("docs/gpt/index.md", "title: GPT\nnav_order: 2\nhas_children: true", "# GPT\n")
                .page("docs/gpt/ai.md", "title: AI\nparent: GPT\nnav_order: \"3\"\npermalink: /docs/gpt/ai", "body\n")
                .file("docs/gpt/raw.md", "no front matter, Jekyll copies it as is\n")
                .bytes("pics/a.png", new byte[] {1, 2, 3})
                .bytes("pics/b.png", new byte[] {4})
                .bytes("pics/c.png", new byte[] {5})
                .bytes("pics/orphan.png", new byte[] {6})
                .file("files/guide.pdf", "%PDF");
    }

    @Test
    void listsRenderedPagesAndExactlyTheReferencedFiles() throws Exception {
        Site site = site(sample());
        ContentPackage pkg = new ManifestBuilder(
                        "g",
                        "a",
                        "1.0",
                        refs(Map.of(
                                "docs/gpt/ai.md",
                                        List.of(
                                                img("../pics/a.png"),
                                                img("/faq/pics/b.png?v=2"),
                                                img("https://x.org/c.png"),
                                                img("{{ site.baseurl }}/pics/c.png"),
                                                link("#top"),
                                                link("/faq/files/guide.pdf")),
                                "index.md",
                                        List.of(
                                                img("pics/a.png"),
                                                img("pics/missing.png"),
                                                img("../../../etc/passwd")))))
                .build(site);
        Manifest m = pkg.manifest();

        assertThat(m.pages())
                .extracting(Manifest.PageEntry::path)
                .containsExactly("docs/gpt/ai.md", "docs/gpt/index.md", "index.md");
        // c.png is referenced through {{ site.baseurl }}: Jekyll evaluates it, so the page shows it
        assertThat(m.assets())
                .extracting(Manifest.AssetEntry::path)
                .containsExactly("files/guide.pdf", "pics/a.png", "pics/b.png", "pics/c.png");
        assertThat(pkg.files().keySet())
                .containsExactly(
                        "content/docs/gpt/ai.md",
                        "content/docs/gpt/index.md",
                        "content/files/guide.pdf",
                        "content/index.md",
                        "content/pics/a.png",
                        "content/pics/b.png",
                        "content/pics/c.png");

        Manifest.PageEntry ai = m.pages().get(0);
        assertThat(ai.title()).isEqualTo("AI");
        assertThat(ai.parent()).isEqualTo("GPT");
        assertThat(ai.url()).isEqualTo("/docs/gpt/ai");
        assertThat(ai.permalink()).isEqualTo("/docs/gpt/ai");
        assertThat(ai.navOrder().asText()).isEqualTo("3");
        assertThat(ai.sha256()).isEqualTo(Sha256.of(dir.resolve("docs/gpt/ai.md")));
        assertThat(m.assets().get(1).size()).isEqualTo(3);
        assertThat(m.assets().get(1).sha256()).isEqualTo(Sha256.hex(new byte[] {1, 2, 3}));
        assertThat(m.baseurl()).isEqualTo("/faq");
        assertThat(m.nav()).extracting(Manifest.NavEntry::title).containsExactly("Home", "GPT");
        assertThat(m.nav().get(1).children())
                .extracting(Manifest.NavEntry::path)
                .containsExactly("docs/gpt/ai.md");
    }

    @Test
    void noReferencesMeansNoAssets() throws Exception {
        ContentPackage pkg = new ManifestBuilder("g", "a", "1.0", refs(Map.of())).build(site(sample()));
        assertThat(pkg.manifest().assets()).isEmpty();
        assertThat(pkg.files().keySet()).noneMatch(k -> k.contains("pics/"));
    }

    @Test
    void jsonRoundTripKeepsEverythingAndUsesSnakeCaseKeys() throws Exception {
        Manifest m = new ManifestBuilder("g", "a", "1.0", refs(Map.of("index.md", List.of(img("pics/a.png")))))
                .build(site(sample()))
                .manifest();
        String json = new String(m.toJson(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"formatVersion\" : 1", "\"nav_order\" : \"3\"", "\"grand_parent\" : null")
                .doesNotContain("\r");
        assertThat(Manifest.parse(m.toJson())).isEqualTo(m);
    }

    @Test
    void refusesOtherFormatVersions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Manifest.parse("{\"formatVersion\":2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("formatVersion 2");
        // read from the first field, as this plugin writes it: a later one still counts
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifest.parse(
                        "{\"formatVersion\":1,\"pages\":[],\"formatVersion\":2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("reads version 1 only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Manifest.parse("{\"pages\":[],\"formatVersion\":3}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("formatVersion 3");
    }

    @Test
    void sourceRelativeReferenceIsFoundWhenThePermalinkMovesThePage() throws Exception {
        SiteFixture f = SiteFixture.in(dir)
                .page("docs/deep/p.md", "title: P\npermalink: /p/", "x\n")
                .bytes("docs/pics/x.png", new byte[] {9});
        Files.createDirectories(dir.resolve("pics"));
        ContentPackage pkg = new ManifestBuilder(
                        "g", "a", "1", refs(Map.of("docs/deep/p.md", List.of(img("../pics/x.png")))))
                .build(site(f));
        assertThat(pkg.manifest().assets())
                .extracting(Manifest.AssetEntry::path)
                .containsExactly("docs/pics/x.png");
    }

    @Test
    void sampleSiteCarriesEveryReferencedScreenshotAndTheHeadingIds() throws Exception {
        Path sample = Path.of("sample-site");
        Site site = SiteFixture.in(sample).loadSite();
        ContentPackage pkg = new ManifestBuilder("g", "a", "1", AssetSelector.PAGE_REFERENCES).build(site);
        List<String> pics;
        try (var s = Files.list(sample.resolve("pics"))) {
            pics = s.map(p -> "pics/" + p.getFileName()).sorted().toList();
        }
        // The sample site has no orphan images (IMG006 stays silent on it), so every picture is referenced.
        assertThat(pkg.manifest().assets())
                .extracting(Manifest.AssetEntry::path)
                .containsExactlyElementsOf(pics);
        Manifest.PageEntry ai = pkg.manifest().pages().stream()
                .filter(p -> p.path().equals("docs/gpt/ai.md"))
                .findFirst()
                .orElseThrow();
        assertThat(ai.headings()).isNotEmpty();
        assertThat(ai.headings()).allSatisfy(h -> assertThat(h.id()).isNotNull());
    }

    @Test
    void aKeptManifestRebuildsTheSameArchiveWithoutTheSite() throws Exception {
        Path sample = Path.of("sample-site");
        Site site = SiteFixture.in(sample).loadSite();
        ManifestBuilder builder = new ManifestBuilder("g", "a", "1", AssetSelector.PAGE_REFERENCES);
        ContentPackage built = builder.build(site);
        Path cache = dir.resolve("cache");
        PackagePlans.save(cache, "key-1", built, built.manifest().toJson());
        PackagePlans.Kept plan = PackagePlans.load(cache, "key-1");
        assertThat(plan.manifest()).isEqualTo(built.manifest());
        assertThat(plan.json()).isEqualTo(built.manifest().toJson());
        ContentPackage rebuilt = builder.rebuild(plan.manifest(), sample, Compression.defaults());
        assertThat(rebuilt.manifest()).isEqualTo(built.manifest());
        assertThat(rebuilt.files()).isEqualTo(built.files());

        java.nio.file.attribute.FileTime time = java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L);
        ArchiveWriter.write(built, time, dir.resolve("built.zip"));
        ArchiveWriter.write(rebuilt, time, dir.resolve("rebuilt.zip"));
        // the kept bytes as the manifest entry: the same archive, byte for byte
        ArchiveWriter.write(rebuilt, time, dir.resolve("kept.zip"), plan.json());
        assertThat(Files.readAllBytes(dir.resolve("rebuilt.zip")))
                .isEqualTo(Files.readAllBytes(dir.resolve("built.zip")));
        assertThat(Files.readAllBytes(dir.resolve("kept.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("built.zip")));
    }

    @Test
    void aPlanIsUsedOnlyUnderItsKeyAndNeverWhenDamaged() throws Exception {
        Path cache = dir.resolve("cache");
        ContentPackage m = new ManifestBuilder("g", "a", "1.0", refs(Map.of())).build(site(sample()));
        PackagePlans.save(cache, "key-1", m, m.manifest().toJson());
        assertThat(PackagePlans.load(cache, "key-2")).isNull();
        assertThat(PackagePlans.load(dir.resolve("none"), "key-1")).isNull();
        Files.writeString(new CacheDirectory(cache).keptManifest(), "{\"formatVersion\": 1, \"pages\": [");
        assertThat(PackagePlans.load(cache, "key-1")).isNull();
    }

    @Test
    void rebuiltChecksumsComeFromTheFilesAsTheyAreNow() throws Exception {
        SiteFixture f = sample();
        ManifestBuilder builder =
                new ManifestBuilder("g", "a", "1.0", refs(Map.of("index.md", List.of(img("pics/a.png")))));
        Manifest plan = builder.build(site(f)).manifest();
        f.bytes("pics/a.png", new byte[] {9, 9, 9, 9});
        Manifest again = builder.rebuild(plan, f.root(), Compression.defaults()).manifest();
        assertThat(again.assets()).singleElement().satisfies(a -> {
            assertThat(a.size()).isEqualTo(4);
            assertThat(a.sha256()).isNotEqualTo(plan.assets().get(0).sha256());
        });
    }
}
