package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.SiteConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jekyll's {@code source:} setting. {@code jekyll build} run in a folder reads that folder's {@code _config.yml}; a
 * {@code source: docs} there makes {@code docs/} the site (its pages, {@code _includes}, {@code exclude:} and URLs),
 * while the settings stay those of the outer file: Jekyll reads no configuration file inside the source (measured with
 * {@code jekyll build}, see scripts/config-golden/source.sh). GitHub Pages' build passes {@code --source} itself, which
 * wins over the file, so only a site's own {@code jekyll build} (a workflow with the site's Gemfile) moves there.
 */
public final class SourceSetting {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SourceSetting() {}

    /**
     * The folder the configuration of {@code dir} makes the site's source when the site's own build publishes it:
     * {@code dir/<source>}, an existing folder below {@code dir}; null when the setting is absent, names {@code dir}
     * itself or a folder outside it, or GitHub Pages builds the site.
     */
    public static Path movedSource(Path dir) {
        Path target = named(dir);
        if (target == null) {
            return null;
        }
        // the workflows of the folder whose _config.yml names the source (the site's own load reads those of the
        // folder it checks): through BuildConfigFiles, the one reader of workflows
        Workflows workflows = BuildConfigFiles.of(dir).workflows();
        return workflows.pagesAction() == null && workflows.ownBuild() != null ? target : null;
    }

    /**
     * The configuration file of a folder above {@code dir} (up to the repository root) whose {@code source:} makes
     * {@code dir} the site; null otherwise. It wins over a configuration file in {@code dir}, which Jekyll then
     * does not read.
     */
    public static Path outerConfig(Path dir) {
        Path site = dir.toAbsolutePath().normalize();
        Path repoRoot = Repository.rootOf(site);
        if (repoRoot == null || site.equals(repoRoot)) {
            return null;
        }
        for (Path p = site.getParent(); p != null; p = p.getParent()) {
            String name = SiteConfigs.fileIn(p);
            if (name != null && site.equals(named(p)) && movedSource(p) != null) {
                return p.resolve(name);
            }
            if (p.equals(repoRoot)) {
                break;
            }
        }
        return null;
    }

    /** The folder the {@code source:} of the YAML configuration in {@code dir} names below it; else null. */
    private static Path named(Path dir) {
        Path base = dir.toAbsolutePath().normalize();
        String name = SiteConfigs.fileIn(base);
        if (name == null || name.endsWith(".toml")) {
            return null;
        }
        JsonNode source;
        try {
            JsonNode config = YAML.readTree(Files.readString(base.resolve(name)));
            source = config == null || !config.isObject() ? null : config.get("source");
        } catch (IOException | RuntimeException e) {
            return null; // a broken file is reported by FM003 on the folder's own site
        }
        if (source == null || !source.isTextual() || source.asText().isBlank()) {
            return null;
        }
        String value = source.asText().trim();
        if (value.startsWith("/") || value.startsWith("~") || value.contains("$")) {
            return null;
        }
        Path target = base.resolve(value).normalize();
        return !target.equals(base) && target.startsWith(base) && Files.isDirectory(target) ? target : null;
    }
}
