package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** HDR003: a {@code #fragment} link (same page or another page) that matches no id of the target page. */
public final class FragmentNotFound extends Rule {
    public FragmentNotFound() {
        super(
                ImageRules.HDR003,
                "fragment-not-found",
                Severity.ERROR,
                "A #fragment link (same page or another page) matches no heading id or HTML id of the target page.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Resolver resolver = Resolver.of(site);
        io.github.faqkit.core.platform.LayoutIds layoutIds =
                site.derived(io.github.faqkit.core.platform.LayoutIds.class, s -> null);
        for (Reference ref : Refs.links(page, site)) {
            String frag = ref.fragment();
            if (frag == null || frag.isEmpty() || ref.liquid()) {
                continue;
            }
            Page target;
            if (ref.path().isEmpty()) {
                target = page;
            } else if (!ref.external()
                    && Refs.isMarkdownLink(ref.path())
                    && io.github.faqkit.core.refs.RelativeLinks.rewrites(site, page, ref.path())) {
                target = resolver.markdownTarget(page, ref);
            } else {
                Resolution r = resolver.resolve(page, ref);
                target = r.webFound() ? r.page() : null;
            }
            if (target == null || !target.rendered()) {
                continue; // LNK001 reports missing targets; other files have no heading ids we know
            }
            if (target.liquid().opaque()) {
                continue; // a plugin's tag or a theme include on that page may write the id: unknown
            }
            if (!target.entry().markdown()) {
                continue; // an .html page's body is not read here (its ids, often written by includes, are unknown)
            }
            String id = Resolver.decode(frag);
            // fn:/fnref: are kramdown's footnote ids, which the heading model does not list
            if (id.equals("top")
                    || id.startsWith("markdown-toc")
                    || id.startsWith("fn:")
                    || id.startsWith("fnref:")
                    || hasId(target, id)
                    || isHashRoute(id)
                    // the site's own layout around the body writes it (<h1 id="comments">)
                    || layoutIds != null && layoutIds.writes(target, id)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (Heading h : target.kramdown().headings()) {
                if (!h.id().isEmpty()) {
                    ids.add(h.id());
                }
            }
            String near = Suggestions.nearest(id, ids);
            String where = target == page ? "this page" : "page " + target.path();
            out.report(
                    page,
                    ref.line(),
                    ref.column(),
                    "'#" + frag + "' matches no heading id of " + where + ": the link opens the page at the top",
                    near != null
                            ? "kramdown (GFM) gives the closest heading the id '" + near + "'; write '#" + near + "'"
                            : "link to an id kramdown generates (lower case, spaces as '-', punctuation removed) "
                                    + "or give the heading an explicit {#id}");
        }
    }

    /**
     * {@code #/02_intro} or {@code #!/home}: a client-side route (reveal.js, docsify, a single-page app's hash
     * router), which the page's script reads; kramdown never writes an id with '/' or a leading '!', so no heading
     * could be meant. An element that really carries such an id is found by {@link #hasId} first.
     */
    private static boolean isHashRoute(String id) {
        return id.startsWith("/") || id.startsWith("!");
    }

    private static boolean hasId(Page target, String id) {
        if (target.kramdown().hasId(id)) {
            return true;
        }
        for (Reference r : target.references()) {
            if (r.kind() == Reference.Kind.ANCHOR && r.target().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
