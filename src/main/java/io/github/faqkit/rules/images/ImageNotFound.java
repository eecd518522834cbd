package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.List;

/** IMG001: the built site has no image at the URL the browser requests. */
public final class ImageNotFound extends Rule {
    public ImageNotFound() {
        super(
                ImageRules.IMG001,
                "image-not-found",
                Severity.ERROR,
                "The image does not exist at the URL the built site requests (page URL incl. permalink and baseurl).");
    }

    /**
     * A path on the writer's own disk ({@code D:\\Projects\\shot.png}, {@code C:/Users/…}, {@code file:///…}), as
     * editors paste it: the browser reads {@code D:} as a URL scheme it cannot load, so the page shows no image.
     */
    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (page.rendered()) {
            for (Reference ref : page.references()) {
                if (ref.kind() == Reference.Kind.IMAGE && Refs.onWritersComputer(ref.target())) {
                    String name = Refs.fileName(ref.target());
                    out.report(
                            page,
                            ref.line(),
                            ref.column(),
                            "'" + ref.target() + "' is a path on the writer's computer: readers' browsers cannot load "
                                    + "it, so the page shows a broken image",
                            "put " + name + " into the site and write its path relative to this page (or with "
                                    + "{{ '/…' | relative_url }})");
                }
            }
        }
        Refs.images(page, site, (ref, r) -> {
            if (r.liquid() != null && r.liquid().missingLink() != null) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "'{% link " + r.liquid().missingLink()
                                + " %}' names no file of the site: Jekyll stops the build with 'Could not find document'",
                        "give the path of an existing file relative to the site source folder");
            } else if (r.web() == Resolution.Status.MISSING_BASEURL) {
                missingBaseurl(page, site, ref, r, out);
            } else if (r.web() == Resolution.Status.NOT_FOUND) {
                notFound(page, site, ref, r, out);
            }
        });
    }

    private static void missingBaseurl(Page page, Site site, Reference ref, Resolution r, Reporter out) {
        String baseurl = site.config().baseurl();
        String inSite = Resolver.decode(r.requested()).substring(1);
        String message = "'" + ref.target() + "' is relative to the host, but the site is published under baseurl '"
                + baseurl + "': the browser requests " + r.requested() + " and gets 404";
        String hint = site.files().exists(inSite)
                ? "write '{{ site.baseurl }}" + ref.path() + "' or '" + Refs.liquidFix(inSite)
                        + "' (or the relative path '" + Refs.relativeFix(page, site, inSite) + "')"
                : "no file " + inSite
                        + " exists in the site either; fix the path and prefix it with {{ site.baseurl }}";
        out.report(page, ref.line(), ref.column(), message, hint);
    }

    private static void notFound(Page page, Site site, Reference ref, Resolution r, Reporter out) {
        String[] networkPath =
                Refs.networkPath(r, site) != null ? Refs.networkPath(r, site) : Refs.relativeBaseurl(ref, r, site);
        if (networkPath != null) {
            out.report(
                    page,
                    ref.line(),
                    ref.column(),
                    networkPath[0] + ": the page shows a broken image (page " + Refs.pageUrl(page, site) + ")",
                    networkPath[1]);
            return;
        }
        String message = Reference.isExternal(r.requested())
                ? "'" + ref.target() + "' names a file of this site's repository "
                        + Resolver.of(site).repository() + " that the branch checked out here does not have: "
                        + "GitHub answers 404"
                : "the built site has no image at " + r.requested() + " (page " + Refs.pageUrl(page, site)
                        + " requests '" + ref.target() + "')";
        String hint;
        String withheld = Reference.isExternal(r.requested()) ? null : Refs.withheldFile(r.requested(), site);
        if (withheld != null) {
            message += ": " + Refs.withheldWhy(withheld, site);
            hint = Refs.withheldFix(withheld, site);
        } else if (r.source() == Resolution.Status.FOUND) {
            message += "; it resolves only from the source file, to " + r.sourceFile()
                    + ", which is why editors and GitHub show it";
            hint = Refs.whyDepthDiffers(page, site) + "; write '" + Refs.relativeFix(page, site, r.sourceFile())
                    + "' or '" + Refs.liquidFix(r.sourceFile()) + "'";
        } else {
            List<String> candidates = MeantImages.of(site).candidates(ref, r);
            hint = candidates.size() == 1
                    ? "the site has " + candidates.get(0) + ", which this path most likely means; write '"
                            + Refs.relativeFix(page, site, candidates.get(0)) + "' or '"
                            + Refs.liquidFix(candidates.get(0)) + "'"
                    : !candidates.isEmpty()
                            ? "the site has images of this name at " + String.join(", ", candidates)
                                    + "; write the path of the one you mean"
                            : "no file of the site matches; check the folder and the file name, or add the image";
        }
        out.report(page, ref.line(), ref.column(), message, hint);
    }
}
