package io.github.faqkit.core;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives page URLs the way Jekyll 4 does (without {@code baseurl}). */
public final class Urls {
    /** Jekyll's post file name: {@code YYYY-MM-DD-title}. */
    private static final Pattern POST_NAME = Pattern.compile("(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.*)");

    private Urls() {}

    /**
     * URL of a page at {@code path} (relative to the site source) with an optional front matter
     * permalink, under the site permalink style.
     */
    public static String pageUrl(String path, String permalink, String style) {
        return pageUrl(path, permalink, style, false);
    }

    /**
     * As {@link #pageUrl(String, String, String)}; {@code keepsTrailingDots} for Jekyll 3, whose {@code Page#process}
     * keeps the dots that end the base name ({@code a.b..md} is {@code /a.b..html}, cleaned to {@code /a.b/html};
     * platform-golden collection-names, recorded with Jekyll 3.10.0).
     */
    public static String pageUrl(String path, String permalink, String style, boolean keepsTrailingDots) {
        String dir = parentDir(path);
        // Jekyll 4's Page#process drops the dots that end the base name: 4.6CAMx..md is at /4.6CAMx/ (pretty)
        String base = trimDots(baseName(path), keepsTrailingDots);
        if (permalink != null && !permalink.isBlank()) {
            return expand(permalink, dir, base, "/");
        }
        String template = base.equals("index") ? "/:path/" : addSuffix("/:path/:basename", style);
        return expand(template, dir, base, "/");
    }

    /**
     * What the URL of a document of an output collection ({@code _label/sub/name.md}) is made of: its front matter
     * {@code permalink} and the collection's (null when none), the site's permalink style, a post's front matter
     * {@code categories}, the front matter {@code slug} (null when none; Jekyll's URL drop puts it in {@code :slug}
     * and {@code :title} instead of the file name's), and the document's date ({@link DocumentDate}, in the site's
     * zone; null takes a post's date from its file name, at midnight); {@code keepsTrailingDots} for Jekyll 3, which
     * keeps the dots that end a file's base name in {@code :path}, {@code :slug} and {@code :title}
     * ({@code my-API.guide..md} is at {@code /tips/my-API.guide/html}; platform-golden documents-titles-and-posts).
     */
    public record Document(
            String collection,
            String pathInCollection,
            String permalink,
            String collectionPermalink,
            String style,
            List<String> categories,
            String slug,
            java.time.ZonedDateTime date,
            boolean keepsTrailingDots) {
        /** A document without categories, slug or date of its own. */
        public static Document of(
                String collection,
                String pathInCollection,
                String permalink,
                String collectionPermalink,
                String style) {
            return new Document(
                    collection, pathInCollection, permalink, collectionPermalink, style, List.of(), null, null, false);
        }

        public Document withCategories(List<String> categories) {
            return new Document(
                    collection,
                    pathInCollection,
                    permalink,
                    collectionPermalink,
                    style,
                    categories,
                    slug,
                    date,
                    keepsTrailingDots);
        }

        public Document withSlug(String slug) {
            return new Document(
                    collection,
                    pathInCollection,
                    permalink,
                    collectionPermalink,
                    style,
                    categories,
                    slug,
                    date,
                    keepsTrailingDots);
        }

        public Document withDate(java.time.ZonedDateTime date) {
            return new Document(
                    collection,
                    pathInCollection,
                    permalink,
                    collectionPermalink,
                    style,
                    categories,
                    slug,
                    date,
                    keepsTrailingDots);
        }
    }

    /**
     * URL of a document of an output collection. Posts default to the template of the site style ({@code date} →
     * {@code /:categories/:year/:month/:day/:title:output_ext}) as Jekyll's {@code Configuration#add_default_collections}
     * sets it.
     */
    public static String documentUrl(Document d) {
        String collection = d.collection();
        String pathInCollection = d.pathInCollection();
        String permalink = d.permalink();
        String collectionPermalink = d.collectionPermalink();
        String style = d.style();
        List<String> categories = d.categories();
        String slug = d.slug();
        java.time.ZonedDateTime date = d.date();
        // :path is Jekyll's cleaned_relative_path, which drops the dots before the extension too
        String noExt = trimDots(stripExtension(pathInCollection), d.keepsTrailingDots());
        String dir = parentDir(pathInCollection);
        String base = baseName(pathInCollection);
        boolean post = collection.equals("posts");
        String template = permalink != null && !permalink.isBlank()
                ? permalink
                : collectionPermalink != null && !collectionPermalink.isBlank()
                        ? collectionPermalink
                        : post ? postTemplate(style) : addSuffix("/:collection/:path", style);
        String title = base;
        Matcher dated = POST_NAME.matcher(base);
        java.time.ZonedDateTime when = date;
        if (dated.matches()) {
            // Document#populate_title takes the title from a dated name in every collection
            title = dated.group(4);
            if (when == null && post) {
                when = DocumentDate.parse(
                        dated.group(1) + "-" + dated.group(2) + "-" + dated.group(3), false, ZoneOffset.UTC);
            }
        }
        Set<String> cats = new LinkedHashSet<>();
        if (post) {
            // Front matter categories, lower-cased and without repeats, as Jekyll's URL drop joins them.
            for (String c : categories) {
                cats.add(c.toLowerCase(Locale.ROOT));
            }
        }
        String t = template.replace(":collection", collection)
                .replace(":path", noExt)
                .replace(":categories", String.join("/", cats))
                .replaceAll(
                        ":(short_year|year|short_month|long_month|i_month|month|y_day|i_day|w_day|short_day|long_day"
                                + "|day|hour|minute|second|w_year|week)(?![a-z_])",
                        "\u0000$1\u0000");
        t = fillDate(t, when);
        t = t.replace(":name", slugify(base, DEFAULT_SLUG, false))
                // Document#populate_title keeps a front matter slug, else takes the file name's (no trailing dots)
                .replace(
                        ":slug",
                        slugify(slug != null ? slug : trimDots(title, d.keepsTrailingDots()), DEFAULT_SLUG, false))
                .replace(
                        ":title",
                        slugify(slug != null ? slug : trimDots(title, d.keepsTrailingDots()), PRETTY_SLUG, true));
        return expand(t, dir, base, "/");
    }

    /** {@code name} without the dots that end it, as Jekyll 4 cuts them; as it is when {@code keep} (Jekyll 3). */
    static String trimDots(String name, boolean keep) {
        return keep ? name : name.replaceAll("\\.+$", "");
    }

    /**
     * URL of a file an output collection copies as it is: Jekyll's {@code StaticFile#url}, the collection's URL
     * template with {@code :collection}, {@code :path} (the path in the collection after a '/', without extension
     * and trailing dots), {@code :name} (the file name so), empty {@code :output_ext} and {@code :title}, cleaned as
     * {@code Jekyll::URL} cleans it, without a trailing '/', and then the extension. The result is not escaped: it
     * names the file as written to the site.
     */
    public static String collectionFileUrl(
            String collection, String pathInCollection, String collectionPermalink, String style) {
        String name = pathInCollection.substring(pathInCollection.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && dot < name.length() - 1 ? name.substring(dot) : "";
        String noExt = pathInCollection
                .substring(0, pathInCollection.length() - ext.length())
                .replaceAll("\\.+$", "");
        String base = name.substring(0, name.length() - ext.length()).replaceAll("\\.+$", "");
        String template = collectionPermalink != null && !collectionPermalink.isBlank()
                ? collectionPermalink
                : addSuffix("/:collection/:path", style);
        String t = template.replace(":collection", collection)
                .replace(":path", "/" + noExt)
                .replace(":output_ext", "")
                .replace(":name", base)
                .replace(":title", "");
        String u = ("/" + t).replace("..", "/").replace("./", "").replaceAll("/{2,}", "/");
        if (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u + ext;
    }

    /** Jekyll::Utils.slugify's default mode: runs of anything but letters, marks and digits. */
    private static final java.util.regex.Pattern DEFAULT_SLUG =
            java.util.regex.Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");

    /** Its pretty mode, which keeps the characters a URL path may hold as they are. */
    private static final java.util.regex.Pattern PRETTY_SLUG =
            java.util.regex.Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");

    /**
     * The URL drop of a document slugifies what it puts in the URL: {@code :name} in the default mode and lower
     * case ({@code Sequence.md} → {@code sequence}, {@code html-test.complete.md} → {@code html-test-complete}),
     * {@code :title} in the pretty mode with its case kept (platform-golden/collection-names).
     */
    static String slugify(String s, java.util.regex.Pattern runs, boolean cased) {
        String slug = runs.matcher(s).replaceAll("-").replaceAll("^-|-$", "");
        return cased ? slug : slug.toLowerCase(Locale.ROOT);
    }

    private static final Pattern DATE_KEY = Pattern.compile("\u0000([a-z_]+)\u0000");

    /** Jekyll's URL drop: each date key is {@code date.strftime(...)}; without a date, empty. */
    private static String fillDate(String template, java.time.ZonedDateTime d) {
        return DATE_KEY.matcher(template)
                .replaceAll(m -> Matcher.quoteReplacement(d == null ? "" : dateKey(m.group(1), d)));
    }

    private static String dateKey(String key, java.time.ZonedDateTime d) {
        return switch (key) {
            case "year" -> String.format("%04d", d.getYear());
            case "short_year" -> String.format("%02d", d.getYear() % 100);
            case "month" -> String.format("%02d", d.getMonthValue());
            case "i_month" -> Integer.toString(d.getMonthValue());
            case "short_month" -> d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", d.getDayOfMonth());
            case "i_day" -> Integer.toString(d.getDayOfMonth());
            case "y_day" -> String.format("%03d", d.getDayOfYear());
            case "hour" -> String.format("%02d", d.getHour());
            case "minute" -> String.format("%02d", d.getMinute());
            case "second" -> String.format("%02d", d.getSecond());
            case "w_year" -> Integer.toString(d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
            case "week" -> String.format("%02d", d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "w_day" -> Integer.toString(d.getDayOfWeek().getValue());
            case "short_day" -> d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            default -> d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        };
    }

    /** Jekyll's {@code Configuration#style_to_permalink}. */
    static String postTemplate(String style) {
        String s = style == null ? "date" : style;
        switch (s) {
            case "pretty":
                return "/:categories/:year/:month/:day/:title/";
            case "none":
                return "/:categories/:title:output_ext";
            case "ordinal":
                return "/:categories/:year/:y_day/:title:output_ext";
            case "date":
                return "/:categories/:year/:month/:day/:title:output_ext";
            default:
                return s;
        }
    }

    /** Jekyll's {@code Utils.add_permalink_suffix}. */
    static String addSuffix(String template, String style) {
        String s = style == null ? "date" : style;
        switch (s) {
            case "pretty":
                return template + "/";
            case "date":
            case "ordinal":
            case "none":
                return template + ":output_ext";
            default:
                String t = template;
                if (s.endsWith("/")) {
                    t += "/";
                }
                if (s.endsWith(":output_ext")) {
                    t += ":output_ext";
                }
                return t;
        }
    }

    private static String expand(String template, String dir, String base, String root) {
        String u = template.replace(":path", dir)
                .replace(":basename", base)
                .replace(":output_ext", ".html")
                .replace(":title", base);
        // Jekyll's URL#sanitize_url: ".." becomes "/", "./" goes, runs of "/" are one
        u = u.replace("..", "/").replace("./", "").replaceAll("/{2,}", "/");
        if (!u.startsWith("/")) {
            u = root + u;
        }
        return u;
    }

    /** The folder part of a relative path, "" at the root. */
    static String parentDir(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String baseName(String path) {
        return stripExtension(path.substring(path.lastIndexOf('/') + 1));
    }

    static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 0 && dot > 0 ? path.substring(0, dot) : path;
    }

    /**
     * The file Jekyll writes for a URL, relative to the output root: {@code /a/} → {@code a/index.html},
     * {@code /a/b} → {@code a/b.html}, {@code /a/b.html} → {@code a/b.html},
     * {@code /a/v1.2} → {@code a/v1.2.html}.
     */
    public static String outputPath(String url) {
        String u = url.startsWith("/") ? url.substring(1) : url;
        if (u.isEmpty() || u.endsWith("/")) {
            return u + "index.html";
        }
        // Jekyll's Page#destination appends the output extension unless the path already ends with it.
        return u.endsWith(".html") ? u : u + ".html";
    }

    /** The folder a browser resolves relative references against: everything up to the last '/'. */
    public static String directoryOf(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? "/" : url.substring(0, slash + 1);
    }

    /** Case-folded form for "differ only by letter case" comparisons. */
    public static String folded(String url) {
        return url.toLowerCase(Locale.ROOT);
    }
}
