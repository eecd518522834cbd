package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jekyll's {@code Document} makes of a document of a collection as it reads it, besides its front matter:
 * a dated file of {@code _posts} is a post with or without a front matter block, and a document without a title
 * gets one from its file name (platform-golden/posts-without-front-matter).
 */
public final class Documents {
    /** Jekyll's {@code DATE_FILENAME_MATCHER}: a document named {@code 2024-01-31-title.md} is dated so. */
    static final Pattern DATED = Pattern.compile("^(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$");

    /** Jekyll's {@code DATELESS_FILENAME_MATCHER}: the file name without its extension. */
    private static final Pattern DATELESS = Pattern.compile("^(?:.+/)*(.*)(\\.[^.]+)$");

    private Documents() {}

    /**
     * True when Jekyll reads the file at {@code entry} as a post although it has no front matter block: its post
     * reader takes every dated file of {@code _posts} without asking for one (a page, or a document of another
     * collection, is copied as it is instead). An undated file there is no post, and not copied either.
     */
    static boolean postWithoutBlock(SourceEntry entry, FrontMatter fm) {
        return fm.status() == FrontMatter.Status.MISSING
                && "posts".equals(entry.collection())
                && DATED.matcher(entry.path()).matches();
    }

    /**
     * A post's categories as Jekyll's {@code Document#categories_from_path} and {@code merge_categories!} make them:
     * the folders above a subfolder's {@code _posts} ({@code docs/_posts/x.md} is in category {@code docs}), then
     * those of the front matter, each once. Folders inside {@code _posts} are no categories
     * (platform-golden/posts-in-folders).
     */
    static java.util.List<String> withFolderCategories(
            SourceEntry entry, java.util.List<String> frontMatter, String collectionsDir) {
        String path = entry.path();
        String inside = entry.pathInCollection();
        // with a collections_dir, posts are only read from its _posts, whose path gives no category
        if (!"posts".equals(entry.collection())
                || inside == null
                || !Glob.trimSlashes(collectionsDir).isEmpty()) {
            return frontMatter;
        }
        String folder = path.substring(0, path.length() - inside.length());
        // 'docs/_posts/' gives 'docs'; '_posts/' (or collections_dir's) gives none
        int posts = folder.lastIndexOf("_posts/");
        if (posts <= 1 || folder.charAt(posts - 1) != '/') {
            return frontMatter;
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String part : folder.substring(0, posts - 1).split("/")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        out.addAll(frontMatter);
        return java.util.List.copyOf(out);
    }

    /**
     * Gives {@code data} of a document the title Jekyll gives one without: {@code data["title"] ||=
     * Utils.titleize_slug(slug)} in {@code Document#populate_title}, the slug being the file name without its date,
     * extension and trailing dots, each word between '-' capitalized.
     */
    static void giveTitle(ObjectNode data, String path, boolean keepsTrailingDots) {
        JsonNode title = data.get("title");
        if (title != null && !title.isNull() && !(title.isBoolean() && !title.booleanValue())) {
            return;
        }
        Matcher m = DATED.matcher(path);
        String slug;
        if (m.matches()) {
            slug = m.group(2);
        } else {
            Matcher d = DATELESS.matcher(path);
            if (!d.matches()) {
                return;
            }
            slug = d.group(1);
        }
        // Jekyll 3 keeps the dots (platform-golden documents-titles-and-posts, recorded with Jekyll 3.10.0)
        data.put("title", titleize(Urls.trimDots(slug, keepsTrailingDots)));
    }

    /** Ruby's {@code slug.split("-").map!(&:capitalize).join(" ")}; Ruby splits "" into no words at all. */
    private static String titleize(String slug) {
        if (slug.isEmpty()) {
            return slug;
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String word : slug.split("-")) {
            words.add(capitalize(word));
        }
        return String.join(" ", words);
    }

    private static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = Character.charCount(word.codePointAt(0));
        return word.substring(0, first).toUpperCase(Locale.ROOT)
                + word.substring(first).toLowerCase(Locale.ROOT);
    }
}
