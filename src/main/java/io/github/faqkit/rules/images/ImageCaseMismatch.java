package io.github.faqkit.rules.images;

import io.github.faqkit.core.FileIndex;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.Arrays;

/** IMG002: the image exists only with other letter case: fine on macOS/Windows, 404 on Linux hosting. */
public final class ImageCaseMismatch extends Rule {
    public ImageCaseMismatch() {
        super(
                ImageRules.IMG002,
                "image-case-mismatch",
                Severity.ERROR,
                "The image exists only with different letter case: fine on macOS/Windows, 404 on Linux hosting.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            if (r.web() == Resolution.Status.CASE_MISMATCH && r.file() != null) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "'" + ref.target() + "' differs in letter case from the file " + r.file()
                                + ": it shows on macOS and Windows, but Linux hosting (GitHub Pages) answers 404",
                        "write the name exactly as the file is named: '" + Refs.relativeFix(page, site, r.file())
                                + "', or rename the file",
                        text -> letterCaseOf(text, ref, r.file(), site.files()));
            }
        });
    }

    /**
     * Rewrites the letter case of the path's trailing segments (the ones that name folders and the file, not
     * {@code ..} or Liquid) to that of the real file; nothing else in the reference changes.
     */
    private static Repair letterCaseOf(PageText t, Reference ref, String realFile, FileIndex files) {
        if (!t.exists(ref.line())) {
            return new Refusal("the line no longer exists");
        }
        String line = t.line(ref.line());
        int col = ref.column() - 1;
        String path = withoutQueryOrFragment(ref.target());
        if (path.isEmpty() || col < 0 || !line.startsWith(path, col)) {
            return new Refusal(
                    "the path is not written as it is read (escaped or split); correct the letter case" + " yourself");
        }
        String[] segments = path.split("/", -1);
        int tailStart = segments.length;
        while (tailStart > 0 && isName(segments[tailStart - 1])) {
            tailStart--;
        }
        String[] tail = Arrays.copyOfRange(segments, tailStart, segments.length);
        if (tail.length == 0) {
            return new Refusal("the path names no file");
        }
        String[] realSegments = realFile.split("/");
        if (realSegments.length < tail.length
                || !String.join("/", tail)
                        .equalsIgnoreCase(String.join(
                                "/",
                                Arrays.copyOfRange(
                                        realSegments, realSegments.length - tail.length, realSegments.length)))
                || caseVariants(files, realFile) > 1) {
            return new Refusal("the real file is not unambiguous; correct the letter case yourself");
        }
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
            return new Refusal("the path already has the letter case of the real file");
        }
        int at = t.start(ref.line()) + col;
        return new Fix(
                "corrected the letter case to '" + fixed + "'",
                TextEdit.replace(t, at, at + path.length(), fixed.toString()));
    }

    /** How many site files have this path ignoring letter case (two: which one was meant is a guess). */
    private static int caseVariants(FileIndex files, String file) {
        int n = 0;
        for (String p : files.paths()) {
            if (p.equalsIgnoreCase(file)) {
                n++;
            }
        }
        return n;
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
        return !s.isEmpty()
                && !s.equals(".")
                && !s.equals("..")
                && s.indexOf('{') < 0
                && s.indexOf('}') < 0
                && s.indexOf('%') < 0;
    }
}
