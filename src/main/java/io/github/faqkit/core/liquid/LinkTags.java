package io.github.faqkit.core.liquid;

import io.github.faqkit.core.FileIndex;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Jekyll's {@code link} and {@code post_url} tags: the URL of the page, file or post the tag names, looked up among
 * what the build reads; the build stops when there is none.
 */
final class LinkTags {
    private final Path siteRoot;
    private final SiteConfig config;
    private final SiteDrop drop;
    /** The files the build reads, or null (then the disk). */
    private final FileIndex files;

    LinkTags(Path siteRoot, SiteConfig config, SiteDrop drop, FileIndex files) {
        this.siteRoot = siteRoot;
        this.config = config;
        this.drop = drop;
        this.files = files;
    }

    List<Tag> tags() {
        return List.of(new LinkTag(), new PostUrlTag());
    }

    /** {@code {% link path %}}: the URL of the page or file at that path; the build stops when none. */
    private final class LinkTag extends Tag {
        LinkTag() {
            super("link");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            StringBuilder b = new StringBuilder();
            for (LNode n : nodes) {
                b.append(asString(n.render(context), context));
            }
            String written = b.toString().strip();
            boolean quoted = written.startsWith("\u0001") || written.startsWith(LaxMarkup.QUOTED_NAME);
            String path = (quoted ? IncludeFiles.unquoted(written).replaceFirst("^\u0001", "") : written)
                    .replaceFirst("^/+", "");
            if (!quoted && document(path) == null && !isFile(path)) {
                path = withSpaces(path);
            }
            Map<String, Object> page = document(path);
            if (page != null) {
                return config.linkTagPrefix() + page.get("url");
            }
            // a page's or document's source file is no static file: Jekyll finds it by its relative_path only
            if (drop.page(path) == null && isFile(path)) {
                return config.linkTagPrefix() + "/" + path;
            }
            RenderState state = RenderState.current();
            if (state != null) {
                state.problem(LiquidProblem.Kind.INCLUDE_NOT_FOUND, path, "{% link " + path + " %}");
            }
            return "";
        }
    }

    /**
     * The path a {@code {% link %}} names when its file or folder names hold spaces ({@code docs/Code
     * Generation/index.md}): Jekyll takes the tag's markup as it is, but Liquid's tokens reach this tag without
     * the spaces between them. Each folder and file is looked up with its spaces left out; the path as given when
     * none, or more than one, matches (then the build's answer is not known here and the path stands).
     */
    private String withSpaces(String joined) {
        String dir = "";
        StringBuilder out = new StringBuilder();
        for (String segment : joined.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return joined;
            }
            String name = segment;
            if (!exists(dir + segment)) {
                List<String> matching = children(dir).stream()
                        .filter(n -> n.replaceAll("\\s+", "").equals(segment))
                        .limit(2)
                        .toList();
                if (matching.size() != 1) {
                    return joined;
                }
                name = matching.get(0);
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(name);
            dir = dir + name + "/";
        }
        return out.toString();
    }

    /** True when the build reads a file at {@code path} (relative to the site). */
    private boolean isFile(String path) {
        return files != null ? files.exists(path) : Files.isRegularFile(siteRoot.resolve(path));
    }

    /** True when {@code path} is a file or a folder of the site. */
    private boolean exists(String path) {
        return files != null ? files.exists(path) || files.isDirectory(path) : Files.exists(siteRoot.resolve(path));
    }

    /** The names of the files and folders directly in folder {@code dir} ("" or ending in '/'). */
    private java.util.Collection<String> children(String dir) {
        Set<String> out = new java.util.TreeSet<>();
        if (files != null) {
            for (String p : files.paths().tailSet(dir)) {
                if (!p.startsWith(dir)) {
                    break;
                }
                int slash = p.indexOf('/', dir.length());
                out.add(slash < 0 ? p.substring(dir.length()) : p.substring(dir.length(), slash));
            }
            return out;
        }
        try (java.util.stream.Stream<Path> list = Files.list(dir.isEmpty() ? siteRoot : siteRoot.resolve(dir))) {
            list.forEach(c -> out.add(c.getFileName().toString()));
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /**
     * The page or document {@code {% link %}} names. Jekyll compares with each item's {@code relative_path}, which
     * for a document leaves out {@code collections_dir} ({@code _notes/a.md}, not {@code docs/_notes/a.md}).
     */
    private Map<String, Object> document(String path) {
        String dir = config.collectionsDir().replaceAll("^/+|/+$", "");
        Map<String, Object> page = drop.page(path);
        if (dir.isEmpty()) {
            return page;
        }
        if (page != null && page.get("collection") == null) {
            return page;
        }
        Map<String, Object> inDir = drop.page(dir + "/" + path);
        return inDir != null && inDir.get("collection") != null ? inDir : null;
    }

    /** {@code {% post_url name %}}: the URL of the post {@code _posts/name.*}. */
    private final class PostUrlTag extends Tag {
        PostUrlTag() {
            super("post_url");
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object render(TemplateContext context, LNode... nodes) {
            StringBuilder b = new StringBuilder();
            for (LNode n : nodes) {
                b.append(asString(n.render(context), context));
            }
            String name = b.toString().strip();
            Object posts = drop.site().get("posts");
            if (posts instanceof List<?> l) {
                for (Object o : l) {
                    Map<String, Object> p = (Map<String, Object>) o;
                    String file = String.valueOf(p.get("name"));
                    int dot = file.lastIndexOf('.');
                    String stem = dot > 0 ? file.substring(0, dot) : file;
                    if (stem.equals(name)
                            || String.valueOf(p.get("path")).endsWith("/" + name + file.substring(Math.max(0, dot)))) {
                        return config.linkTagPrefix() + p.get("url");
                    }
                }
            }
            RenderState state = RenderState.current();
            if (state != null) {
                state.problem(LiquidProblem.Kind.INCLUDE_NOT_FOUND, name, "{% post_url " + name + " %}");
            }
            return "";
        }
    }
}
