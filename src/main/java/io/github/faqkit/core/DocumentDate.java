package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date Jekyll 4 gives a document ({@code Document#date}), which fills {@code :year}, {@code :hour} ... of its
 * URL and decides whether a future post is written: the front matter {@code date} (after defaults) when there is
 * one, else the date in the file name ({@code 2023-09-30-title.md}, in any collection). Jekyll reads it with
 * {@code Time.parse(date.to_s).localtime}, in the zone the site's {@code timezone} sets (UTC without one, as GitHub
 * Pages builds), so {@code 2023-09-30 23:30:00 -0500} is {@code 2023/10/01} in UTC. A plain YAML timestamp without
 * a zone ({@code 2023-09-30 23:30:00}) is UTC to YAML before Jekyll sees it; quoted, or without seconds, it is a
 * string read in the site's zone. A day past the month's end rolls over (2023-02-30 is March 2). Measured:
 * scripts/post-date-golden.
 */
public final class DocumentDate {
    /** An optional time of day and zone after the date. */
    private static final String TIME_AND_ZONE = "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d*)?)?)?"
            + "\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?\\s*$";

    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME_AND_ZONE);

    /** Ruby's {@code Date._parse} of an English month name: "October 5, 2023", "Thu, 05 Oct 2023 10:00:00 +0200". */
    private static final Pattern WORDS =
            Pattern.compile("^\\s*(?:[A-Za-z]{3,9},?\\s+)??(?:([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?"
                    + "|(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?)\\s+(\\d{4})" + TIME_AND_ZONE);

    private static final java.util.List<String> MONTHS =
            java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** YAML 1.1's timestamp with a time of day, which the YAML loader turns into a Time before Jekyll reads it. */
    private static final Pattern YAML_TIMESTAMP = Pattern.compile(
            "^\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d*)?(?:[ \\t]*(?:Z|[-+]\\d{1,2}(?::\\d{2})?))?$");

    /**
     * ASCII text without a digit and without a word that starts like an English month ({@code Date._parse}'s
     * {@code \b(jan|feb|...|dec)}): Ruby's {@code Time.parse} finds no year, month, day or time in it and raises
     * "no time information" (a weekday name alone is no date either). Other letters are left to Ruby.
     */
    private static final Pattern NO_DATE_AT_ALL = Pattern.compile(
            "(?i)(?!.*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[\\x20-\\x2f\\x3a-\\x7e\\t]*");

    private DocumentDate() {}

    /** Whether an unquoted front matter value is a YAML timestamp with a time of day (a Time, not a text, to Jekyll). */
    public static boolean yamlTimestamp(String text) {
        return YAML_TIMESTAMP.matcher(text.trim()).matches();
    }

    /**
     * The document's date in {@code zone}; null when it has none (an undated name and no {@code date}) or when its
     * {@code date} is in a form this does not read (Jekyll's {@code Time.parse} reads more: "October 5, 2023").
     * {@code quoted} is true when the front matter writes the date as a quoted string.
     */
    public static ZonedDateTime of(String path, JsonNode data, boolean quoted, ZoneId zone) {
        JsonNode d = data == null ? null : data.get("date");
        if (d != null && d.isValueNode() && !d.isNull()) {
            return parse(d.asText(), !quoted && d.isTextual(), zone);
        }
        if (d != null) {
            return null; // an empty or list date stops Jekyll's build (post-date-golden/invalid.txt)
        }
        Matcher m = Documents.DATED.matcher(path);
        return m.matches() ? parse(m.group(1), false, zone) : null;
    }

    /** As above for a document whose front matter is {@code fm}: the date's quoting is read from it. */
    public static ZonedDateTime of(SourceEntry entry, FrontMatter fm, JsonNode data, ZoneId zone) {
        FrontMatter.Entry own = fm == null ? null : fm.entry("date");
        return of(entry.path(), data, own != null && own.quoted(), zone);
    }

    /**
     * True when Jekyll's {@code Time.parse} surely refuses the front matter {@code date} of a document and stops the
     * build ("does not have a valid date"): no value ({@code date:}), a list or mapping, empty text, or a numeric
     * date with a month past 12 or a day past 31, a text with neither a digit nor an English month name
     * ({@code yesterday}, {@code TBD}, {@code monday}, {@code n/a}; post-date-golden/invalid.txt). Other texts this
     * cannot read are not claimed: Ruby reads many forms ("20231005", "10:00 PM", "Sept", "market day" as March).
     */
    public static boolean stopsJekyll(JsonNode d) {
        if (d == null || d.isMissingNode()) {
            return false;
        }
        if (d.isNull() || d.isContainerNode()) {
            return true;
        }
        String text = d.asText();
        if (text.isBlank() || NO_DATE_AT_ALL.matcher(text).matches()) {
            return true;
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return month < 1 || month > 12 || day < 1 || day > 31;
    }

    /**
     * True when Jekyll reads the front matter {@code date} of the file at {@code path} in {@code collection} (null:
     * a page, whose date Jekyll never parses): every document of a collection, written or not, published or not;
     * of {@code _posts} only the files named with a date, since the post reader skips the others unread
     * (post-date-golden/invalid.txt).
     */
    public static boolean readByJekyll(String path, String collection) {
        return collection != null
                && (!collection.equals("posts") || Documents.DATED.matcher(path).matches());
    }

    /** A date as Jekyll reads it; {@code plain} when the text is an unquoted YAML scalar. Null when unread. */
    static ZonedDateTime parse(String text, boolean plain, ZoneId zone) {
        Matcher m = DATE.matcher(text);
        int year;
        int month;
        int day;
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else {
            m = WORDS.matcher(text);
            if (!m.matches()) {
                return null;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            month = MONTHS.indexOf(name.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1;
            day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
            year = Integer.parseInt(m.group(5));
            plain = false;
            // the time and zone groups follow the five date groups; shift them to where DATE has them
            m = shifted(m);
        }
        return at(year, month, day, m, text, plain, zone);
    }

    /** The time and zone of a {@link #WORDS} match, as groups 4 to 7 like {@link #DATE}'s. */
    private static Matcher shifted(Matcher words) {
        String rest = (words.group(6) == null
                        ? ""
                        : "T" + words.group(6) + ":" + words.group(7)
                                + (words.group(8) == null ? "" : ":" + words.group(8)))
                + (words.group(9) == null ? "" : words.group(9));
        Matcher m = DATE.matcher("2000-01-01" + rest);
        m.matches();
        return m;
    }

    private static ZonedDateTime at(int year, int month, int day, Matcher m, String text, boolean plain, ZoneId zone) {
        try {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null; // Time.parse refuses it: Jekyll stops
            }
            // Time.local rolls a day past the month's end over into the next month, and 24:00 into the next day
            LocalDateTime local =
                    LocalDate.of(year, month, 1).plusDays(day - 1L).atStartOfDay();
            if (m.group(4) != null) {
                int h = Integer.parseInt(m.group(4));
                int min = Integer.parseInt(m.group(5));
                int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                if (h > 24 || min > 59 || sec > 60) {
                    return null;
                }
                local = local.plusHours(h).plusMinutes(min).plusSeconds(sec);
            }
            String offset = m.group(7);
            if (offset == null) {
                boolean utc = plain && YAML_TIMESTAMP.matcher(text.trim()).matches();
                return local.atZone(utc ? ZoneOffset.UTC : zone).withZoneSameInstant(zone);
            }
            return local.atOffset(offset(offset)).atZoneSameInstant(zone);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String o) {
        if (o.equals("Z") || o.equals("UTC") || o.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = o.substring(1).replace(":", "");
        int hours = digits.length() <= 2
                ? Integer.parseInt(digits)
                : Integer.parseInt(digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = o.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
