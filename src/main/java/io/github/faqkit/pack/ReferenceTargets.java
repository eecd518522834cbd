package io.github.faqkit.pack;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Urls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a reference as written in a page into the site-relative file paths it can mean: where the
 * built site requests it (relative to the page URL, or root-relative after {@code baseurl}), and where
 * the editor preview finds it (relative to the source file). External, fragment-only and Liquid
 * targets mean no local file.
 */
final class ReferenceTargets {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ReferenceTargets() {
    }

    static List<String> candidates(Page page, String target, String baseurl) {
        List<String> out = new ArrayList<>();
        if (target == null) {
            return out;
        }
        String t = target.trim();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("//") || SCHEME.matcher(t).find()
                || t.contains("{{") || t.contains("{%")) {
            return out;
        }
        t = decode(stripQueryAndFragment(t));
        if (t.startsWith("/")) {
            String base = baseurl == null ? "" : baseurl.replaceAll("/+$", "");
            if (!base.isEmpty() && (t.startsWith(base + "/"))) {
                add(out, normalize(t.substring(base.length())));
            }
            add(out, normalize(t));
            return out;
        }
        add(out, normalize(Urls.directoryOf(page.url()) + t));
        String dir = page.path().contains("/") ? page.path().substring(0, page.path().lastIndexOf('/') + 1) : "";
        add(out, normalize("/" + dir + t));
        return out;
    }

    private static void add(List<String> out, String path) {
        if (path != null && !path.isEmpty() && !out.contains(path)) {
            out.add(path);
        }
    }

    private static String stripQueryAndFragment(String t) {
        int cut = t.length();
        int q = t.indexOf('?');
        int h = t.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return t.substring(0, cut);
    }

    private static String decode(String t) {
        try {
            return URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return t;
        }
    }

    /** "/a/./b/../c" → "a/c"; null when the path climbs above the site root. */
    static String normalize(String absolute) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : absolute.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }
}
