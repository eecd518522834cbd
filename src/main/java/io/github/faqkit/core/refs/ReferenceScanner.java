package io.github.faqkit.core.refs;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.kramdown.BlockSpans;
import io.github.faqkit.core.kramdown.KramdownAnalyzer;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every image and link reference of a page body as kramdown sees them: inline and
 * reference-style images and links (raw spaces, angle brackets, nested parentheses and titles as
 * kramdown's link parser reads them), {@code <img src/srcset/alt>}, {@code <video poster>}, images of inline CSS,
 * {@code <a href>}, and the files of {@code <object>}, {@code <embed>}, {@code <iframe>}, {@code <video>},
 * {@code <audio>}, {@code <source>} and {@code <track>} in HTML, and
 * the ids raw HTML defines. Code blocks, code spans and HTML comments are skipped, and inside raw HTML
 * only tags count: where those blocks are is what kramdown's block parser decided ({@link BlockSpans}).
 *
 * <p>One forward pass over the body; every look-ahead is bounded by the end of its block or by a
 * fixed cap, so the scan stays linear on any input.
 */
public final class ReferenceScanner {
    /** Longest URL or tag we look at; kramdown has no limit, but no real reference comes close. */
    private static final int CAP = 4096;

    /** The characters that can start something {@link #scanInline} looks at; all others are skipped at once. */
    private static final String START_CHARS = "<\\`{![$";

    private final MarkdownBody body;
    private final String text;
    /**
     * Per char: 0 Markdown, 1 code, comment or script (skip), 2 raw HTML (tags only), 3 link definition (skip). Null while every
     * char is Markdown (most pages have no code, block HTML or link definitions).
     */
    private byte[] mode;
    /** Offsets where a blank line starts: code spans, links and brackets never cross them. */
    private final int[] blankLines;

    private final Map<String, Def> defs = new HashMap<>();
    private final List<Reference> out = new ArrayList<>();
    private int commentSearchFailedFrom = Integer.MAX_VALUE;

    private record Def(String url, String title) {}

    private ReferenceScanner(MarkdownBody body) {
        this.body = body;
        this.text = body.text();
        this.blankLines = blankLineStarts(text);
    }

    /** The references of a body whose code, raw HTML and comment blocks are {@code blocks}. */
    public static List<Reference> scan(MarkdownBody body, BlockSpans blocks) {
        ReferenceScanner s = new ReferenceScanner(body);
        s.markBlocks(blocks);
        s.collectDefinitions(blocks);
        s.scanInline();
        if (s.styleBlocks(blocks)) {
            // block-level <style> elements are read after the text they sit in: back into page order
            s.out.sort(java.util.Comparator.comparingInt(Reference::line).thenComparingInt(Reference::column));
        }
        return List.copyOf(s.out);
    }

    /** The images of the page's block-level {@code <style>} elements (script spans); true when there were any. */
    private boolean styleBlocks(BlockSpans blocks) {
        int before = out.size();
        for (BlockSpans.Span b : blocks.spans()) {
            if (b.kind() == BlockSpans.Kind.SCRIPT && text.regionMatches(true, b.start(), "<style", 0, 6)) {
                int end = Math.min(text.length(), b.end());
                cssImages(text.substring(b.start(), end), b.start());
            }
        }
        return out.size() > before;
    }

    /** For tests: the body's blocks as kramdown reads them under Jekyll's defaults. */
    static List<Reference> scan(MarkdownBody body) {
        return scan(body, KramdownAnalyzer.parse(body, SiteConfig.empty()).spans());
    }

    private void markBlocks(BlockSpans blocks) {
        for (BlockSpans.Span b : blocks.spans()) {
            if (b.kind() == BlockSpans.Kind.DEFINITION) {
                continue; // marked once read, see definition
            }
            // in code, a comment or a script nothing counts; in raw HTML the tags do
            fill(
                    b.start(),
                    Math.min(text.length(), b.end()),
                    b.kind() == BlockSpans.Kind.RAW_HTML ? (byte) 2 : (byte) 1);
        }
    }

    private void fill(int from, int to, byte m) {
        if (from >= to) {
            return;
        }
        if (mode == null) {
            mode = new byte[text.length()];
        }
        Arrays.fill(mode, from, to, m);
    }

    private byte modeAt(int i) {
        return mode == null ? 0 : mode[i];
    }

    private static int[] blankLineStarts(String t) {
        int[] starts = new int[16];
        int n = 0;
        int len = t.length();
        int lineStart = 0;
        while (true) {
            int end = t.indexOf('\n', lineStart);
            if (end < 0) {
                end = len;
            }
            int k = lineStart;
            while (k < end && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\r')) {
                k++;
            }
            if (k == end) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = lineStart;
            }
            if (end == len) {
                return Arrays.copyOf(starts, n);
            }
            lineStart = end + 1;
        }
    }

    /** End of the paragraph-like block holding {@code pos}: the next blank line, or the end of the text. */
    private int blockEnd(int pos) {
        int i = Arrays.binarySearch(blankLines, pos);
        int idx = i >= 0 ? i : -i - 1;
        return idx < blankLines.length ? blankLines[idx] : text.length();
    }

    // ---- link definitions: "[id]: url 'title'" on a line of its own (kramdown LINK_DEFINITION_START)

    /** The definitions kramdown's block parser found (not lines that only look like one inside a paragraph). */
    private void collectDefinitions(BlockSpans blocks) {
        for (BlockSpans.Span b : blocks.spans()) {
            if (b.kind() == BlockSpans.Kind.DEFINITION) {
                int eol = text.indexOf('\n', b.start());
                definition(b.start(), eol < 0 ? text.length() : eol);
            }
        }
    }

    private void definition(int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || text.charAt(i) != '[') {
            return;
        }
        int close = text.indexOf(']', i + 1);
        if (close < 0 || close >= end || close == i + 1 || close + 1 >= end || text.charAt(close + 1) != ':') {
            return;
        }
        String id = text.substring(i + 1, close);
        if (id.startsWith("^")) {
            return;
        }
        int u = close + 2;
        while (u < end && (text.charAt(u) == ' ' || text.charAt(u) == '\t')) {
            u++;
        }
        String rest = text.substring(u, end).strip();
        if (rest.isEmpty()) {
            return;
        }
        String url;
        String title = null;
        if (rest.startsWith("<") && rest.indexOf('>') > 0) {
            url = rest.substring(1, rest.indexOf('>'));
        } else {
            url = rest;
            char last = rest.charAt(rest.length() - 1);
            if (last == '"' || last == '\'') {
                int open = rest.lastIndexOf(last, rest.length() - 2);
                if (open > 0 && Character.isWhitespace(rest.charAt(open - 1))) {
                    title = rest.substring(open + 1, rest.length() - 1);
                    url = rest.substring(0, open).strip();
                }
            }
        }
        // kramdown warns about a repeated id and keeps the last definition (kramdown-golden r01_duplicate_link_def)
        defs.put(normalizeId(id), new Def(url, title));
        fill(start, end, (byte) 3);
    }

    private static String normalizeId(String id) {
        return id.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---- the inline pass

    private void scanInline() {
        int n = text.length();
        int i = 0;
        int[] starts = new int[START_CHARS.length()];
        while (true) {
            i = nextStart(starts, i);
            if (i >= n) {
                return;
            }
            byte m = modeAt(i);
            if (m == 1 || m == 3) {
                i++;
                continue;
            }
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '<') {
                next = angle(i);
            } else if (m == 2) {
                next = i + 1;
            } else if (c == '\\') {
                next = i + 2;
            } else if (c == '`') {
                next = codeSpan(i);
            } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '$') {
                next = mathSpan(i);
            } else if (c == '{' && i + 1 < n && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '%')) {
                next = liquidEnd(i, blockEnd(i));
            } else if (c == '!' && i + 1 < n && text.charAt(i + 1) == '[') {
                next = link(i, true);
            } else if (c == '[') {
                next = link(i, false);
            }
            i = Math.max(next, i + 1);
        }
    }

    /**
     * The first offset at or after {@code i} whose char can start something (in any mode), or the
     * text length. {@code next} holds the next offset of each of {@link #START_CHARS} (found by the
     * JDK's vectorised String.indexOf, which beats a char-by-char loop); {@code i} only grows, so each
     * is searched for once per occurrence.
     */
    private int nextStart(int[] next, int i) {
        int n = text.length();
        int min = n;
        for (int k = 0; k < next.length; k++) {
            int at = next[k];
            if (at < i) {
                at = text.indexOf(START_CHARS.charAt(k), i);
                next[k] = at < 0 ? n : at;
                at = next[k];
            }
            min = Math.min(min, at);
        }
        return min;
    }

    /**
     * kramdown's math, {@code $$…$$} (its INLINE_MATH_START, non-greedy, within the block): LaTeX such as
     * {@code $$[a+b](c+d)$$} is no link. Without a closing pair only the two dollars are consumed.
     */
    private int mathSpan(int start) {
        int close = text.indexOf("$$", start + 2);
        return close >= 0 && close < blockEnd(start) ? close + 2 : start + 2;
    }

    private int codeSpan(int start) {
        int run = start;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        int len = run - start;
        int limit = blockEnd(start);
        int j = run;
        while (j < limit) {
            if (text.charAt(j) == '`') {
                int k = j;
                while (k < limit && text.charAt(k) == '`') {
                    k++;
                }
                if (k - j == len) {
                    return k;
                }
                j = k;
            } else {
                j++;
            }
        }
        // an unmatched run is literal text; only the run itself is consumed
        return run;
    }

    /** Skips a Liquid tag or output; returns the offset after it (or after the opening braces). */
    private int liquidEnd(int start, int limit) {
        String close = text.charAt(start + 1) == '{' ? "}}" : "%}";
        int e = text.indexOf(close, start + 2);
        return e >= 0 && e < Math.min(limit, start + CAP) ? e + 2 : start + 2;
    }

    /** {@code <}: comment, tag or autolink. Returns the offset to continue from. */
    private int angle(int start) {
        if (text.startsWith("<!--", start)) {
            if (start >= commentSearchFailedFrom) {
                return start + 4;
            }
            int e = text.indexOf("-->", start + 4);
            if (e < 0) {
                commentSearchFailedFrom = start;
                return start + 4;
            }
            return e + 3;
        }
        int i = start + 1;
        boolean closing = i < text.length() && text.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < text.length()
                && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')
                && text.charAt(i) < 128) {
            i++;
        }
        if (i == nameStart || !Character.isLetter(text.charAt(nameStart))) {
            return start + 1;
        }
        String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
        if (i < text.length() && text.charAt(i) == ':') {
            int e = text.indexOf('>', i);
            return e >= 0 && e < blockEnd(start) ? e + 1 : start + 1; // autolink <https://…>
        }
        HtmlTag tag = HtmlTag.parse(text, start, i, Math.min(text.length(), start + CAP));
        if (tag == null) {
            return start + 1;
        }
        if (!closing) {
            element(name, tag);
            if (name.equals("script") || name.equals("style")) {
                int end = verbatimEnd(start, name, tag.end());
                if (name.equals("style")) {
                    cssImages(text.substring(tag.end(), end), tag.end());
                }
                return end;
            }
        }
        return tag.end();
    }

    /**
     * Where the body of a script or style element that starts at {@code start} ends: kramdown takes it as
     * text up to its first end tag, or, when there is none, to the end of the paragraph (in Markdown) or
     * of the page (in raw HTML, where the element it sits in then never closes either).
     */
    private int verbatimEnd(int start, String name, int bodyStart) {
        int limit = modeAt(start) == 2 ? text.length() : blockEnd(start);
        String endTag = "</" + name;
        for (int i = text.indexOf("</", bodyStart); i >= 0 && i < limit; i = text.indexOf("</", i + 2)) {
            if (text.regionMatches(true, i, endTag, 0, endTag.length())) {
                int k = i + endTag.length();
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k < text.length() && text.charAt(k) == '>') {
                    return k + 1;
                }
            }
        }
        return limit;
    }

    private void element(String name, HtmlTag tag) {
        HtmlTag.Attr id = tag.attr("id");
        if (id != null) {
            anchor(id);
        }
        HtmlTag.Attr style = tag.attr("style");
        if (style != null) {
            cssImages(style.value(), style.valueOffset());
        }
        if (name.equals("a")) {
            HtmlTag.Attr nm = tag.attr("name");
            if (nm != null) {
                anchor(nm);
            }
            HtmlTag.Attr href = tag.attr("href");
            if (href != null) {
                add(Reference.Kind.LINK, href.value().strip(), href.valueOffset(), null, true, null);
            }
        } else if (name.equals("object") || name.equals("embed")) {
            // a file the page embeds (an SVG with links of its own, a PDF): the browser loads it like a link's target
            HtmlTag.Attr data = tag.attr(name.equals("object") ? "data" : "src");
            if (data != null && !data.value().isBlank()) {
                add(Reference.Kind.LINK, data.value().strip(), data.valueOffset(), null, true, null);
            }
        } else if (MEDIA.contains(name)) {
            // a video, a sound, its subtitles or a page in a frame: the browser loads the file like a link's target
            // (a <source> of a <picture> names its images with srcset, below; src is a media element's file)
            HtmlTag.Attr src = tag.attr("src");
            if (src != null && !src.value().isBlank()) {
                add(Reference.Kind.LINK, src.value().strip(), src.valueOffset(), null, true, null);
            }
            // the picture a video shows before it plays: an image of the page, with no alt text of its own
            HtmlTag.Attr poster = name.equals("video") ? tag.attr("poster") : null;
            if (poster != null && !poster.value().isBlank()) {
                add(Reference.Kind.IMAGE, poster.value().strip(), poster.valueOffset(), "", true, null);
            }
        }
        if (name.equals("img") || name.equals("source")) {
            HtmlTag.Attr alt = tag.attr("alt");
            String altText = name.equals("source") ? "" : alt == null ? null : alt.value();
            HtmlTag.Attr src = name.equals("img") ? tag.attr("src") : null;
            if (src != null) {
                add(Reference.Kind.IMAGE, src.value().strip(), src.valueOffset(), altText, true, tag.value("title"));
            }
            HtmlTag.Attr srcset = tag.attr("srcset");
            if (srcset != null) {
                for (int[] candidate : srcsetUrls(srcset.value())) {
                    add(
                            Reference.Kind.IMAGE,
                            srcset.value().substring(candidate[0], candidate[1]),
                            srcset.valueOffset() + candidate[0],
                            altText,
                            true,
                            null);
                }
            }
        }
    }

    /** Elements whose {@code src} is a file the browser loads into the page that is not an image. */
    private static final java.util.Set<String> MEDIA = java.util.Set.of("video", "audio", "source", "track", "iframe");

    /** {@code url(…)} of an image in CSS: a browser resolves it against the page, as an {@code <img src>}. */
    private static final java.util.regex.Pattern CSS_IMAGE_URL = java.util.regex.Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")\\s]+\\.(?i:png|jpe?g|gif|svg|webp|avif|bmp|ico))\\1\\s*\\)");

    /**
     * The images a page's inline CSS ({@code style="background-image: url(…)"}, a {@code <style>} element) shows:
     * references with no alt text of their own. Fonts and other files are not images, and {@code data:} URLs name
     * no file.
     */
    private void cssImages(String css, int offset) {
        if (css.indexOf("url(") < 0) {
            return;
        }
        java.util.regex.Matcher m = CSS_IMAGE_URL.matcher(css);
        while (m.find()) {
            if (!m.group(2).regionMatches(true, 0, "data:", 0, 5)) {
                add(Reference.Kind.IMAGE, m.group(2), offset + m.start(2), "", true, null);
            }
        }
    }

    private void anchor(HtmlTag.Attr a) {
        if (!a.value().isEmpty()) {
            add(Reference.Kind.ANCHOR, a.value(), a.valueOffset(), null, true, null);
        }
    }

    /** Start/end of each URL of a {@code srcset} ("a.png 1x, b.png 2x"). */
    static List<int[]> srcsetUrls(String v) {
        List<int[]> urls = new ArrayList<>();
        int i = 0;
        while (i < v.length()) {
            while (i < v.length() && (Character.isWhitespace(v.charAt(i)) || v.charAt(i) == ',')) {
                i++;
            }
            int s = i;
            while (i < v.length() && !Character.isWhitespace(v.charAt(i))) {
                i++;
            }
            int e = i;
            if (e > s && v.charAt(e - 1) == ',') {
                e--;
            }
            if (e > s) {
                urls.add(new int[] {s, e});
            }
            while (i < v.length() && v.charAt(i) != ',') {
                i++;
            }
        }
        return urls;
    }

    /** {@code [text](…)}, {@code [text][id]}, {@code [text]} (and the same after {@code !}). */
    private int link(int start, boolean image) {
        int open = image ? start + 1 : start;
        int limit = blockEnd(start);
        int close = matchingBracket(open, limit);
        if (close < 0) {
            return open + 1;
        }
        String label = text.substring(open + 1, close);
        int after = close + 1;
        if (after < limit && text.charAt(after) == '(') {
            int end = inlineDestination(after, limit, start, image, label);
            // a link's text is scanned on, for images inside it ("[![badge](b.svg)](page.html)")
            return end > 0 && image ? end : open + 1;
        }
        int k = after;
        while (k < limit && k - after < 64 && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        String id = label;
        int end = after;
        if (k < limit && text.charAt(k) == '[') {
            int c2 = matchingBracket(k, limit);
            if (c2 > 0) {
                if (c2 > k + 1) {
                    id = text.substring(k + 1, c2);
                }
                end = c2 + 1;
            }
        }
        Def def = defs.get(normalizeId(id));
        if (def == null) {
            // not a link: kramdown keeps the text, whose brackets may still hold links ("[see ![x](y)]")
            return open + 1;
        }
        add(
                image ? Reference.Kind.IMAGE : Reference.Kind.LINK,
                def.url(),
                start,
                image ? label : null,
                false,
                def.title());
        if (!image && end > after) {
            fill(after, end, (byte) 3); // the "[id]" part is no shortcut link of its own
        }
        return image ? end : open + 1;
    }

    private int matchingBracket(int open, int limit) {
        int depth = 0;
        int max = Math.min(limit, open + CAP);
        for (int i = open; i < max; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (c == '`') {
                int e = codeSpan(i);
                i = e - 1;
            }
        }
        return -1;
    }

    /** kramdown's inline link destination after {@code ](}; returns the offset after {@code )} or -1. */
    private int inlineDestination(int paren, int limit, int start, boolean image, String label) {
        int max = Math.min(limit, paren + CAP);
        int i = paren + 1;
        int urlStart;
        int urlEnd;
        if (i < max && text.charAt(i) == '<') {
            int gt = text.indexOf('>', i + 1);
            if (gt < 0 || gt >= max) {
                return -1;
            }
            urlStart = i + 1;
            urlEnd = gt;
            i = gt + 1;
            if (i < max && text.charAt(i) == ')') {
                emitInline(urlStart, urlEnd, start, image, label, null);
                return i + 1;
            }
        } else {
            int depth = 1;
            urlStart = i;
            urlEnd = -1;
            while (i < max) {
                char c = text.charAt(i);
                if (c == '{' && i + 1 < max && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '%')) {
                    i = liquidEnd(i, max);
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0) {
                        emitInline(urlStart, i, start, image, label, null);
                        return i + 1;
                    }
                } else if (Character.isWhitespace(c)
                        && i + 1 < max
                        && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'')) {
                    urlEnd = i;
                    break;
                }
                i++;
            }
            if (urlEnd < 0) {
                return -1;
            }
        }
        // title: \s*?(["'])(.+?)\1\s*?\)
        while (i < max && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= max || (text.charAt(i) != '"' && text.charAt(i) != '\'')) {
            return -1;
        }
        char q = text.charAt(i);
        for (int j = i + 2; j < max; j++) {
            if (text.charAt(j) == q) {
                int k = j + 1;
                while (k < max && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k < max && text.charAt(k) == ')') {
                    emitInline(urlStart, urlEnd, start, image, label, text.substring(i + 1, j));
                    return k + 1;
                }
            }
        }
        return -1;
    }

    private void emitInline(int urlStart, int urlEnd, int start, boolean image, String label, String title) {
        int s = urlStart;
        int e = urlEnd;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        add(
                image ? Reference.Kind.IMAGE : Reference.Kind.LINK,
                text.substring(s, e),
                s,
                image ? label : null,
                false,
                title);
    }

    private void add(Reference.Kind kind, String url, int offset, String alt, boolean html, String title) {
        out.add(new Reference(
                kind,
                url,
                body.fileLine(offset),
                body.column(offset),
                alt,
                html,
                Reference.pathOf(url),
                Reference.fragmentOf(url),
                title));
    }
}
