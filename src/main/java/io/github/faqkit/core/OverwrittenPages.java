package io.github.faqkit.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages whose output file another page of the same build replaces (NAV004 reports the collision). Jekyll writes
 * the pages it read sorted by file name (Ruby's byte order of the name without folders), then the documents of
 * collections, so of two pages at one URL the one with the later name survives, and a document survives any
 * page (golden {@code platform-golden/url-collision}: {@code README.md} and {@code index.md} both at {@code /}).
 * The body of the page written over is on no page of the site: its links and headings reach no reader. Only sure
 * cases are named: pages a plugin renders (written in an order of its own), two documents, two files of one name
 * in different folders (Ruby's sort leaves their order open) and multi-language builds are left as they are.
 */
public final class OverwrittenPages {
    private final Map<String, Page> survivor;

    private OverwrittenPages(Map<String, Page> survivor) {
        this.survivor = survivor;
    }

    /** One reading per site. */
    public static OverwrittenPages of(Site site) {
        return site.derived(OverwrittenPages.class, OverwrittenPages::compute);
    }

    /** The page whose output replaces {@code page}'s, or null when {@code page}'s output is on the site (or unknown). */
    public Page overwrittenBy(Page page) {
        return survivor.get(page.path());
    }

    private static OverwrittenPages compute(Site site) {
        Map<String, Page> survivor = new HashMap<>();
        if (site.languages().split()) {
            return new OverwrittenPages(survivor); // jekyll-polyglot writes each language's build on its own
        }
        Map<String, List<Page>> byOutput = new LinkedHashMap<>();
        for (Page p : site.pages()) {
            if (p.rendered()) {
                byOutput.computeIfAbsent(Urls.outputPath(p.url()), k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (List<Page> group : byOutput.values()) {
            Page last = group.size() < 2 ? null : lastWritten(group);
            if (last != null) {
                for (Page p : group) {
                    if (p != last) {
                        survivor.put(p.path(), last);
                    }
                }
            }
        }
        return new OverwrittenPages(survivor);
    }

    /** The page Jekyll writes last among pages sharing one output file; null when that is not sure. */
    private static Page lastWritten(List<Page> group) {
        Page document = null;
        Page page = null;
        boolean tie = false;
        for (Page p : group) {
            if (p.renderedByPlugin()) {
                return null;
            }
            if (p.entry().collection() != null) {
                if (document != null) {
                    return null;
                }
                document = p;
                continue;
            }
            int order = page == null ? 1 : compareBytes(name(p), name(page));
            if (order > 0) {
                page = p;
                tie = false;
            } else if (order == 0) {
                tie = true;
            }
        }
        if (document != null) {
            return document;
        }
        return tie ? null : page;
    }

    private static String name(Page p) {
        String path = p.path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Ruby's String#<=>: byte by byte in UTF-8. */
    private static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }
}
