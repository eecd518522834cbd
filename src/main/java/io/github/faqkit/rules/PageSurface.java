package io.github.faqkit.rules;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.kramdown.TocEntry;
import io.github.faqkit.core.refs.Reference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SHA-256 of what other pages and the site's checks can see of a page: its URL and publishing, its front
 * matter (values after defaults, and where each key and value is written, since site checks report there), its
 * title and place in the navigation, its headings and ids, the references it makes (without their positions:
 * only its own checks report those), what Liquid left unknown on it and, for a page whose text holds Liquid, its
 * whole content (its Liquid feeds the keys the site's templates read, and its output is not known beforehand).
 *
 * <p>An edit that keeps this (a sentence, a paragraph, a list item) changes no other page's findings and no
 * site check listed in {@link RuleInputs}; anything else that changes it is rechecked everywhere. A rerun works it
 * out for an edited page twice, from the summary of its old bytes and from its new parse, and stores it nowhere.
 */
public final class PageSurface {
    private PageSurface() {}

    /** @param hasLiquid whether the page's text holds Liquid */
    public static String of(Page page, boolean hasLiquid) {
        Text t = new Text();
        t.add("path", page.path())
                .add("url", page.url())
                .add("collection", page.entry().collection())
                .add("rendered", page.rendered())
                .add("published", page.published())
                .add("unpublished", page.unpublishedByFrontMatter())
                .add("listed", page.listedInCollection())
                .add("plugin", page.renderedByPlugin())
                .add("leftOut", String.valueOf(page.leftOut()))
                .add("title", page.title())
                .add("parent", page.parent())
                .add("grandParent", page.grandParent())
                .add("ancestor", page.ancestor());
        t.node("data", page.data());
        FrontMatter fm = page.frontMatter();
        t.add("fm", String.valueOf(fm.status()))
                .add("fmStart", fm.startLine())
                .add("fmEnd", fm.endLine())
                .add("fmProblem", String.valueOf(fm.problem()))
                .add("fmDuplicates", String.valueOf(fm.duplicates()));
        for (Map.Entry<String, FrontMatter.Entry> e : fm.entries().entrySet()) {
            FrontMatter.Entry v = e.getValue();
            t.add("key", e.getKey())
                    .add("keyLine", v.keyLine())
                    .add("keyColumn", v.keyColumn())
                    .add("valueLine", v.valueLine())
                    .add("valueColumn", v.valueColumn())
                    .add("quoted", v.quoted())
                    .add("written", v.asWritten());
        }
        KramdownModel k = page.kramdown();
        t.add("stop", k.stop() != null).add("autoIds", k.autoIds());
        for (Heading h : k.headings()) {
            t.add("h", h.level())
                    .add("id", h.id())
                    .add("text", h.text())
                    .add("explicit", h.explicitId())
                    .add("inToc", h.inToc())
                    .add("classes", h.classes().isEmpty() ? "" : String.valueOf(h.classes()));
        }
        for (String id : k.ids().size() < 2 ? k.ids() : new TreeSet<>(k.ids())) {
            t.add("anchor", id);
        }
        if (k.toc() != null) {
            t.add("toc", k.toc().entries().size());
            for (TocEntry e : k.toc().entries()) {
                t.add("tocId", e.id());
            }
        }
        for (Reference r : page.references()) {
            t.add("ref", r.kind().name())
                    .add("target", r.target())
                    .add("html", r.html())
                    .add("title", r.title());
        }
        t.add("liquidRendered", page.liquid().rendered())
                .add("opaque", page.liquid().opaque())
                .add("unknownImages", sorted(page.liquid().unknownOutputImages()))
                .add("loops", sorted(page.loopVariables()))
                .add("liquid", hasLiquid);
        if (hasLiquid) {
            t.add("content", Long.toHexString(page.digest()));
        }
        return t.hex();
    }

    private static String sorted(java.util.Set<String> set) {
        return set.isEmpty() ? "" : String.valueOf(new TreeSet<>(set));
    }

    /** Named values, each with its length, so that no two different sequences read the same. */
    private static final class Text {
        private final StringBuilder b = new StringBuilder(1024);
        private final MessageDigest digest;

        Text() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Text add(String name, String value) {
            b.append(name).append('=');
            if (value == null) {
                b.append('-');
            } else {
                b.append(value.length()).append(':').append(value);
            }
            b.append('\n');
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        }

        /** A front matter value, walked: its JSON text would take the object mapper's serializer. */
        Text node(String name, com.fasterxml.jackson.databind.JsonNode node) {
            if (node == null) {
                return add(name, (String) null);
            }
            if (node.isObject()) {
                add(name, "{" + node.size());
                node.properties().forEach(e -> node(e.getKey(), e.getValue()));
                return add(name, "}");
            }
            if (node.isArray()) {
                add(name, "[" + node.size());
                for (com.fasterxml.jackson.databind.JsonNode item : node) {
                    node("", item);
                }
                return add(name, "]");
            }
            return add(name, node.getNodeType().name() + ":" + node.asText());
        }

        Text add(String name, boolean value) {
            b.append(name).append('=').append(value ? 'y' : 'n').append('\n');
            return this;
        }

        Text add(String name, int value) {
            b.append(name).append('=').append(value).append('\n');
            return this;
        }
    }
}
