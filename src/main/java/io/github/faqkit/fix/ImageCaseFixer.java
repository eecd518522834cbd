package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.rules.images.ImageRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * IMG002: the image exists only with another letter case. The fix rewrites the letter case of the
 * path's trailing segments (the ones that name folders and the file, not {@code ..} or Liquid) to
 * that of the real file, which the finding names; nothing else in the reference changes.
 */
final class ImageCaseFixer implements Fixer {

    @Override
    public String ruleId() {
        return ImageRules.IMG002;
    }

    @Override
    public Proposal propose(Finding f, FixContext ctx) {
        PageText t = ctx.text();
        if (!t.exists(f.line())) {
            return Proposal.none("the line no longer exists");
        }
        String line = t.line(f.line());
        int col = f.column() - 1;
        String path = pathAt(ctx, f, line, col);
        if (path == null || path.isEmpty()) {
            return Proposal.none("no image path at this position");
        }
        String[] segments = path.split("/", -1);
        int tailStart = segments.length;
        while (tailStart > 0 && isName(segments[tailStart - 1])) {
            tailStart--;
        }
        String[] tail = Arrays.copyOfRange(segments, tailStart, segments.length);
        if (tail.length == 0) {
            return Proposal.none("the path names no file");
        }
        String real = realFile(ctx, f, tail);
        if (real == null) {
            return Proposal.none("the real file is not unambiguous; correct the letter case yourself");
        }
        String[] realSegments = real.split("/");
        StringBuilder fixed = new StringBuilder();
        for (int i = 0; i < tailStart; i++) {
            fixed.append(segments[i]).append('/');
        }
        for (int i = 0; i < tail.length; i++) {
            fixed.append(realSegments[realSegments.length - tail.length + i]);
            if (i < tail.length - 1) {
                fixed.append('/');
            }
        }
        if (fixed.toString().equals(path)) {
            return Proposal.none("the path already has the letter case of the real file");
        }
        int at = t.start(f.line()) + col;
        return Proposal.fix("corrected the letter case to '" + fixed + "'", new Edit(at, at + path.length(),
                fixed.toString()));
    }

    /** The path (without query or fragment) as written at the finding's position, or null. */
    private static String pathAt(FixContext ctx, Finding f, String line, int col) {
        if (col < 0 || col >= line.length()) {
            return null;
        }
        for (Reference r : ctx.page().references()) {
            if (r.kind() == Reference.Kind.IMAGE && r.line() == f.line() && r.column() == f.column()) {
                String p = withoutQueryOrFragment(r.target());
                return line.startsWith(p, col) ? p : null;
            }
        }
        // Without a scanned reference, read the URL token the finding points at.
        int end = col;
        while (end < line.length() && " \t\"'<>()?#".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(col, end);
    }

    private static String withoutQueryOrFragment(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return url.substring(0, cut);
    }

    /** A segment that names a folder or file (not empty, {@code .}, {@code ..}, Liquid or percent-encoded). */
    private static boolean isName(String s) {
        return !s.isEmpty() && !s.equals(".") && !s.equals("..") && s.indexOf('{') < 0 && s.indexOf('}') < 0
                && s.indexOf('%') < 0;
    }

    /**
     * The site file whose trailing segments equal the path's ignoring case: the one the finding names, or
     * else the only such file in the site.
     */
    private static String realFile(FixContext ctx, Finding f, String[] tail) {
        String suffix = String.join("/", tail).toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        String said = f.message() + " " + f.hint();
        String named = null;
        for (String p : ctx.site().files().paths()) {
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.equals(suffix) || lower.endsWith("/" + suffix)) {
                matches.add(p);
                if (said.contains(p) && (named == null || p.length() > named.length())) {
                    named = p;
                }
            }
        }
        if (named != null) {
            return named;
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
