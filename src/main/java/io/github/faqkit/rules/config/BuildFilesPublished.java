package io.github.faqkit.rules.config;

import io.github.faqkit.core.BuildFiles;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * CFG001: Jekyll copies every file of the source that {@code exclude:} does not name into the built site, so the
 * build's own files (the POM, the wrapper, the build folder with the reports and their absolute paths, the
 * baseline) are served with the answers. One finding per site, on {@code exclude:} of {@code _config.yml}.
 */
public final class BuildFilesPublished extends Rule {
    public BuildFilesPublished() {
        super(
                ConfigRules.CFG001,
                "build-files-published",
                Severity.ERROR,
                "_config.yml does not exclude pom.xml, target, the baseline, .mvn, mvnw*: Jekyll publishes the build "
                        + "and its reports.");
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        if (site.configProblem() != null) {
            return; // Jekyll refuses such a configuration: it publishes nothing (FM003 says why)
        }
        if (!site.config().settingsKnown()) {
            return; // its exclude: is unknown, not absent
        }
        String file = site.config().file();
        List<BuildFiles.Published> published = BuildFiles.published(
                site.contentDirectory(), site.config(), out.options().buildFiles());
        if (published.isEmpty()) {
            return;
        }
        List<String> excludable = new ArrayList<>();
        List<String> included = new ArrayList<>();
        boolean reports = false;
        List<String> shown = new ArrayList<>();
        for (BuildFiles.Published p : published) {
            (p.included() ? included : excludable).add(p.included() ? p.path() : p.excludeEntry());
            reports |= p.folder() && (p.example() == null || p.example().contains("report"));
            shown.add(
                    p.folder()
                            ? p.path() + "/" + (p.example() == null ? "" : " (e.g. " + p.example() + ")")
                            : p.path());
        }
        boolean hasFile = site.config().digest() != SiteConfig.NO_FILE;
        // Jekyll 3 replaces its own default list with the site's: a first exclude: must name those entries again (an
        // empty exclude: keeps Jekyll 3's list: config-golden/jekyll3 scalar/exclude-empty)
        List<String> jekyll3Defaults = site.config().jekyllMajor() < 4
                        && (!hasFile
                                || site.config().raw().path("exclude").isMissingNode()
                                || site.config().raw().get("exclude").isNull())
                ? ExcludeEntries.JEKYLL3_DEFAULTS
                : List.of();
        String message = "Jekyll publishes the build files " + String.join(", ", shown) + " with the site: "
                + (hasFile
                        ? "exclude: in " + file + " does not cover them"
                        : "there is no " + file + " to exclude them")
                + ", so anyone can download them"
                + (reports ? " (the reports show absolute paths of the machine that built the site)" : "");
        List<String> hints = new ArrayList<>();
        if (!excludable.isEmpty()) {
            List<String> listed = new ArrayList<>(excludable);
            jekyll3Defaults.stream().filter(e -> !listed.contains(e)).forEach(listed::add);
            hints.add((hasFile ? "add them to exclude: in " + file : "create " + file + " with") + ": exclude: ["
                    + String.join(", ", listed) + "]"
                    + (jekyll3Defaults.isEmpty()
                            ? ""
                            : " (Jekyll 3 builds this site: a first exclude: replaces Jekyll's own list, so "
                                    + "its entries are listed again; without them the Gemfile is published and "
                                    + "vendor/bundle/ is read as pages)"));
        }
        if (!included.isEmpty()) {
            hints.add("remove " + String.join(", ", included) + " from include: in " + file + " (Jekyll publishes what "
                    + "include: names even when exclude: names it too)");
        }
        FixRecipe fix = !hasFile
                ? FixRecipe.refuse("there is no " + file + "; create it with the exclude: list")
                : excludable.isEmpty()
                        ? FixRecipe.refuse(
                                "include: names them, so exclude: cannot keep them out; edit include: yourself")
                        : ExcludeEntries.adding(file, excludable, jekyll3Defaults);
        out.report(
                file,
                hasFile ? Math.max(1, site.config().keyLine("exclude")) : 0,
                1,
                message,
                String.join("; ", hints),
                fix);
    }
}
