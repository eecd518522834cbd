package io.github.faqkit.rerun;

import io.github.faqkit.core.LoadedSite;
import io.github.faqkit.core.Page;
import io.github.faqkit.rules.CheckedFindings;
import io.github.faqkit.rules.ChecksReuse;
import io.github.faqkit.rules.PageSurface;
import io.github.faqkit.rules.Validator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which checks a rerun takes over from the recorded run, and what this run leaves for the next one. Checks are
 * taken over only when the recorded run kept its checks, no file was added or removed, nothing but the content
 * of the pages in {@code changed} differs (the caller made sure of the rest: configuration, request, support
 * files, other files) and every changed page still shows the site what it showed then ({@link PageSurface}). Any
 * doubt (a changed page the site does not have, a page the record does not know) checks everything.
 */
final class CarriedChecks implements Validator.ChecksPlanner {
    private final java.util.function.Supplier<CheckRecord> recorded;
    private final Set<String> changed;
    private final boolean compareSurfaces;
    private Map<String, String> surfaces;
    private CheckedFindings checks;
    private boolean tookOver;

    /**
     * @param recorded the checks of the recorded run, read when the site is loaded (null, or giving null: nothing
     *     may be taken over)
     * @param changed the pages whose content differs from the record's, null when that is not known
     * @param compareSurfaces false only to show that the differential test catches a wrong reuse
     */
    CarriedChecks(java.util.function.Supplier<CheckRecord> recorded, Set<String> changed, boolean compareSurfaces) {
        this.recorded = recorded;
        this.changed = changed;
        this.compareSurfaces = compareSurfaces;
    }

    private CheckRecord previous;

    @Override
    public ChecksReuse plan(LoadedSite loaded) {
        previous = recorded == null || changed == null ? null : recorded.get();
        if (previous == null) {
            return null;
        }
        int found = 0;
        for (Page p : loaded.site().markdownFiles()) {
            String was = previous.surfaces().get(p.path());
            if (was == null || !previous.checks().byPage().containsKey(p.path())) {
                return null;
            }
            if (changed.contains(p.path())) {
                found++;
                if (compareSurfaces
                        && !was.equals(PageSurface.of(p, loaded.liquidPaths().contains(p.path())))) {
                    return null;
                }
            }
        }
        if (found != changed.size()
                || previous.surfaces().size() != loaded.site().markdownFiles().size()) {
            return null;
        }
        return new ChecksReuse(previous.checks(), changed);
    }

    @Override
    public void checked(LoadedSite loaded, CheckedFindings checks, ChecksReuse reuse) {
        this.checks = checks;
        tookOver = reuse != null;
        if (reuse != null && compareSurfaces) {
            surfaces = previous.surfaces(); // the changed pages' are the same, or nothing was taken over
            return;
        }
        Map<String, String> out = new ConcurrentHashMap<>();
        loaded.site().markdownFiles().parallelStream()
                .forEach(p ->
                        out.put(p.path(), PageSurface.of(p, loaded.liquidPaths().contains(p.path()))));
        surfaces = out;
    }

    /** The surfaces of the pages checked, null before the checks ran. */
    Map<String, String> surfaces() {
        return surfaces;
    }

    /** True when this run took checks over. */
    boolean tookOver() {
        return tookOver;
    }

    /** What the checks found, null before they ran. */
    CheckedFindings checks() {
        return checks;
    }
}
