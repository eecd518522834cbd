package io.github.faqkit.rerun;

import io.github.faqkit.core.LoadedSite;
import io.github.faqkit.core.Page;
import io.github.faqkit.rules.CheckedFindings;
import io.github.faqkit.rules.ChecksReuse;
import io.github.faqkit.rules.PageSurface;
import io.github.faqkit.rules.Validator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which checks a rerun takes over from the recorded run. Checks are taken over only when the recorded run kept its
 * checks, no file was added or removed, nothing but the content of the pages in {@code changed} differs (the
 * caller made sure of the rest: configuration, request, support files, other files) and every changed page still
 * shows the site what it showed then ({@link PageSurface}). What it showed then is worked out on this run, from
 * the summary of its recorded bytes that the page cache still holds, so a run that takes nothing over pays
 * nothing for the next one. Any doubt (a changed page with Liquid, one whose summary is gone, a page the record
 * does not know) checks everything.
 */
final class CarriedChecks implements Validator.ChecksPlanner {
    private final Supplier<CheckRecord> recorded;
    private final Map<String, String> changed;
    private final boolean compareSurfaces;
    private CheckedFindings checks;
    private boolean tookOver;

    /**
     * @param recorded the checks of the recorded run, read when the site is loaded (null, or giving null: nothing
     *     may be taken over)
     * @param changed the pages whose content differs from the record's, each with the SHA-256 it had then; null
     *     when that is not known
     * @param compareSurfaces false only to show that the differential test catches a wrong reuse
     */
    CarriedChecks(Supplier<CheckRecord> recorded, Map<String, String> changed, boolean compareSurfaces) {
        this.recorded = recorded;
        this.changed = changed;
        this.compareSurfaces = compareSurfaces;
    }

    @Override
    public Map<String, String> previousPages() {
        return recorded == null || !compareSurfaces ? null : changed;
    }

    @Override
    public ChecksReuse plan(LoadedSite loaded) {
        if (recorded == null || changed == null) {
            return null;
        }
        int found = 0;
        for (Page p : loaded.site().markdownFiles()) {
            if (changed.containsKey(p.path())) {
                found++;
                if (compareSurfaces && !sameSurface(loaded, p)) {
                    return null;
                }
            }
        }
        if (found != changed.size()) {
            return null;
        }
        CheckRecord previous = recorded.get();
        if (previous == null
                || previous.checks().byPage().size()
                        != loaded.site().markdownFiles().size()) {
            return null;
        }
        for (Page p : loaded.site().markdownFiles()) {
            if (!previous.checks().byPage().containsKey(p.path())) {
                return null;
            }
        }
        return new ChecksReuse(previous.checks(), changed.keySet());
    }

    /**
     * True when the changed page {@code now} shows the site what its recorded version showed. A page with Liquid
     * never does: its surface holds its content, which changed.
     */
    private static boolean sameSurface(LoadedSite loaded, Page now) {
        Page before = loaded.previousPages().get(now.path());
        return before != null
                && !loaded.liquidPaths().contains(now.path())
                && PageSurface.of(before, false).equals(PageSurface.of(now, false));
    }

    @Override
    public void checked(LoadedSite loaded, CheckedFindings checks, ChecksReuse reuse) {
        this.checks = checks;
        tookOver = reuse != null;
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
