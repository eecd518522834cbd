package io.github.faqkit.pack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a page under a sub-path of the consuming site: its {@code permalink} and every root-relative
 * reference get the mount prefix, so links and images resolve exactly as they did in the producer's
 * site. Relative references need no change because the whole tree moves together.
 */
public final class MountRewriter {
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A(?:\\uFEFF)?---[ \\t]*\\r?\\n(.*?\\r?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern PERMALINK = Pattern.compile("(?m)^(permalink:[ \\t]*)([\"']?)(/)(?!/)");
    /** {@code ](/x}, {@code src="/x"}, {@code href='/x'}, {@code [id]: /x}; never {@code //host}. */
    private static final Pattern ROOT_REF = Pattern.compile(
            "(\\]\\([ \\t]*<?|\\b(?:src|href)[ \\t]*=[ \\t]*[\"']?|(?m:^[ \\t]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?))/(?!/)");
    /** {@code {{ site.baseurl }}/x} and {@code {{ '/x' | relative_url }}}. */
    private static final Pattern LIQUID_BASEURL = Pattern.compile("(\\{\\{-?\\s*site\\.baseurl\\s*-?\\}\\})/(?!/)");

    private static final Pattern LIQUID_FILTER =
            Pattern.compile("(\\{\\{-?\\s*[\"'])/(?=[^\"']*[\"']\\s*\\|\\s*(?:relative_url|absolute_url))");

    private final String mount;
    private final String producerBaseurl;
    private final String consumerBaseurl;

    /**
     * @param mount normalized mount path such as {@code /shared} ("" for none)
     * @param producerBaseurl the {@code baseurl} the content was written for; references that spell it
     *     out get the consuming site's {@code baseurl} instead
     * @param consumerBaseurl the {@code baseurl} of the site the content is unpacked into
     */
    public MountRewriter(String mount, String producerBaseurl, String consumerBaseurl) {
        this.mount = mount;
        this.producerBaseurl = producerBaseurl == null ? "" : producerBaseurl;
        this.consumerBaseurl = consumerBaseurl == null ? "" : consumerBaseurl;
    }

    /** "shared", "/shared/", "/shared" → "/shared"; blank or "/" → "". */
    public static String normalizeMount(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.trim().replace('\\', '/').replaceAll("/{2,}", "/");
        t = t.replaceAll("^/+", "").replaceAll("/+$", "");
        return t.isEmpty() ? "" : "/" + t;
    }

    public boolean active() {
        return !mount.isEmpty();
    }

    /** A URL of the producer site (without baseurl) as it is served after mounting. */
    public String url(String url) {
        return mount + url;
    }

    public String path(String path) {
        return mount.isEmpty() ? path : mount.substring(1) + "/" + path;
    }

    public String rewritePage(String text) {
        if (mount.isEmpty()) {
            return text;
        }
        Matcher fm = FRONT_MATTER.matcher(text);
        String head = "";
        String body = text;
        if (fm.find()) {
            head = fm.group();
            body = text.substring(fm.end());
            head = PERMALINK
                    .matcher(head)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + mount + "/"));
        }
        return head + rewriteBody(body);
    }

    String rewriteBody(String body) {
        Pattern refs = producerBaseurl.isEmpty()
                ? ROOT_REF
                : Pattern.compile(ROOT_REF.pattern() + "(" + Pattern.quote(producerBaseurl.substring(1)) + "/)?");
        String out = refs.matcher(body)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(1) + (m.groupCount() > 1 && m.group(2) != null ? consumerBaseurl : "") + mount + "/"));
        out = LIQUID_BASEURL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + mount + "/"));
        out = LIQUID_FILTER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + mount + "/"));
        return out;
    }
}
