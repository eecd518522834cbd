package io.github.faqkit.core.platform;

import io.github.faqkit.core.FrontMatterParser;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.PageParser;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code .html} files with front matter are pages to Jekyll: they have a URL, links reach them, and
 * just-the-docs lists them in the navigation (it builds it from {@code site.html_pages}). Only their front
 * matter is modelled: their body is HTML, which kramdown does not read.
 */
public final class HtmlPages {

    private HtmlPages() {}

    /** True for a file Jekyll may render as an HTML page ({@code .html} or {@code .htm}, outside collections). */
    public static boolean candidate(SourceEntry entry) {
        String p = entry.path().toLowerCase(Locale.ROOT);
        return !entry.markdown() && entry.collection() == null && (p.endsWith(".html") || p.endsWith(".htm"));
    }

    /**
     * The page of an HTML file that starts with a front matter block (Jekyll's {@code ---} header, no BOM
     * check beyond Jekyll's own); null when the file is a static file.
     */
    public static Page parse(SourceEntry entry, byte[] bytes, PageParser parser) {
        if (!startsWithFrontMatter(bytes)) {
            return null;
        }
        SourceText text = SourceText.decode(bytes);
        FrontMatterParser.Split split = FrontMatterParser.split(text.text(), text.utf8Bom());
        if (!split.frontMatter().isPage()) {
            return null;
        }
        // the body is dropped: the page keeps its front matter, URL and line numbers of the header only
        byte[] header = text.text().substring(0, split.bodyOffset()).getBytes(StandardCharsets.UTF_8);
        return parser.parse(entry, header).withoutText();
    }

    /** Jekyll's {@code has_yaml_header?}, after a UTF-8 byte order mark. */
    static boolean startsWithFrontMatter(byte[] b) {
        return FrontMatterParser.hasYamlHeader(b, SourceText.startsWithUtf8Bom(b) ? 3 : 0);
    }
}
