package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What decides, besides a file's own front matter, whether Jekyll writes it: {@code unpublished} and
 * {@code future} of {@code _config.yml} and the time of the build. Jekyll's publisher (4.3) writes a page unless
 * its own {@code published} is false or empty, a document unless its {@code published} after defaults is, or its
 * date lies after the build's time; {@code unpublished: true} publishes the first two, {@code future: true} the
 * third. A static file is left out when {@code defaults:} give it {@code published: false}, whatever
 * {@code unpublished} says. Measured: scripts/platform-golden, fixtures {@code unpublished}, {@code future} and
 * {@code publish-all}.
 *
 * <p>{@code jekyll build --unpublished} and {@code --future} set the same two settings, but a command line is no file
 * of the site (a workflow or script may pass them, or a writer by hand, and no reading of those is sure): only the
 * configuration is followed. GitHub Pages' own build passes neither flag.
 */
public record Publishing(boolean unpublished, boolean future, Instant buildTime, ZoneId zone) {

    /** Why Jekyll writes no output for a file with front matter. */
    public record LeftOut(boolean futureDate, String date) {
        static final LeftOut PUBLISHED_FALSE = new LeftOut(false, null);

        /** The reason for a writer, e.g. {@code published: false}. */
        public String why(String configFile) {
            return futureDate
                    ? "its date " + date + " lies in the future, and Jekyll writes no document dated after the build"
                            + " unless " + configFile + " sets future: true"
                    : "published: false";
        }
    }

    /** Jekyll's own defaults: {@code unpublished: false}, {@code future: false}, built now. */
    public static final Publishing DEFAULT = new Publishing(false, false, null, ZoneOffset.UTC);

    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*$");

    /** The settings of a configuration. */
    public static Publishing of(JsonNode raw) {
        // a site's time zone: Jekyll sets TZ from 'timezone'; without one GitHub Pages builds in UTC
        ZoneId zone = ZoneOffset.UTC;
        JsonNode tz = raw.get("timezone");
        if (tz != null && tz.isTextual()) {
            try {
                zone = ZoneId.of(tz.asText().trim());
            } catch (DateTimeException e) {
                // an unknown zone: Ruby falls back to UTC as well
            }
        }
        Instant time = null;
        JsonNode t = raw.get("time");
        if (t != null && !t.isNull() && !t.isContainerNode()) {
            time = parse(t.asText(), zone);
        }
        return new Publishing(truthy(raw.get("unpublished")), truthy(raw.get("future")), time, zone);
    }

    /** Ruby's truth: anything but nil and false (the string "false" is true). */
    private static boolean truthy(JsonNode n) {
        return n != null && !n.isNull() && !(n.isBoolean() && !n.booleanValue()) && !n.isMissingNode();
    }

    /**
     * Why Jekyll writes no output for the file {@code entry} with this front matter and {@code data} (after
     * defaults); null when its settings let it be written (its collection may still write nothing).
     */
    public LeftOut leftOut(SourceEntry entry, FrontMatter frontMatter, JsonNode data) {
        if (!frontMatter.isPage()) {
            return null;
        }
        if (!unpublished) {
            // a page's own front matter decides (Jekyll fetches the key from data without the defaults); a
            // document's data after defaults does, as Jekyll merges them before it asks
            JsonNode p;
            if (entry.collection() == null) {
                FrontMatter.Entry own = frontMatter.entry("published");
                p = own == null ? null : own.value();
                if (own != null && (p == null || !truthy(p))) {
                    return LeftOut.PUBLISHED_FALSE;
                }
            } else if (data != null && data.has("published") && !truthy(data.get("published"))) {
                return LeftOut.PUBLISHED_FALSE;
            }
        }
        if (future || entry.collection() == null) {
            return null; // a page has no date to Jekyll's publisher
        }
        java.time.ZonedDateTime when = DocumentDate.of(entry, frontMatter, data, zone);
        Instant at = when == null ? null : when.toInstant();
        String date = dateText(entry, data);
        Instant now = buildTime != null ? buildTime : Instant.now();
        // an unreadable date stops Jekyll's build: not this rule's to tell, and no reason to leave the page out
        return at != null && at.getEpochSecond() > now.getEpochSecond() ? new LeftOut(true, date.trim()) : null;
    }

    /**
     * True when the document is in {@code site.<collection>} for Liquid: Jekyll keeps a document it does not write
     * (a future date, an empty {@code published:}) unless it says {@code published: false}; a post it does not
     * publish is dropped while reading, and {@code site.posts} never lists it.
     */
    public boolean listed(SourceEntry entry, JsonNode data, LeftOut leftOut) {
        if ("posts".equals(entry.collection())) {
            return leftOut == null;
        }
        JsonNode p = data == null ? null : data.get("published");
        return unpublished || p == null || !(p.isBoolean() && !p.booleanValue());
    }

    /**
     * False when {@code defaults:} give the static file at {@code path} (not in a collection) {@code published:
     * false}: Jekyll 4 copies nothing then, not even with {@code unpublished: true}. Jekyll 3 (GitHub Pages'
     * 3.10) copies every static file: its {@code StaticFile#write?} is never asked (platform-golden {@code future},
     * {@code publish-all}, recorded with Jekyll 3.10.0).
     */
    public static boolean writesStatic(SiteConfig config, String path) {
        if (config.defaults().isEmpty() || config.jekyllMajor() < 4) {
            return true;
        }
        JsonNode p = config.defaultsFor(path, null).get("published");
        return p == null || truthy(p);
    }

    /** The date as the document writes it: {@code date} of its data, else the one in its file name. */
    private static String dateText(SourceEntry entry, JsonNode data) {
        JsonNode d = data == null ? null : data.get("date");
        if (d != null && !d.isNull() && !d.isContainerNode()) {
            return d.asText();
        }
        Matcher m = Documents.DATED.matcher(entry.path());
        return m.matches() ? m.group(1) : null;
    }

    /** A YAML date or time as Jekyll's front matter holds it; null when it is none this reads. */
    static Instant parse(String text, ZoneId zone) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            LocalDateTime local = m.group(4) == null
                    ? day.atStartOfDay()
                    : day.atTime(
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String offset = m.group(7);
            if (offset == null) {
                return local.atZone(zone).toInstant();
            }
            ZoneOffset o = offset.equals("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            return local.toInstant(o);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
