package io.github.faqkit.report;

import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source lines around a finding. Pages come from the parsed model; other text files with findings
 * (e.g. {@code _config.yml}) are read once here: reports may read files, rules may not.
 */
final class SourceExcerpts {
    static final int CONTEXT = 2;
    private static final long MAX_READ = 1 << 20;

    record Line(int number, String text) {
    }

    private final Site site;
    private final Path contentDirectory;
    private final Map<String, String> texts = new HashMap<>();

    SourceExcerpts(Site site) {
        this(site, site == null ? null : site.contentDirectory());
    }

    /** Excerpts of a result: from its pages, or (a result taken over from an earlier run has none) its files. */
    SourceExcerpts(io.github.faqkit.rules.ValidationResult result) {
        this(result.site(), result.contentDirectory());
    }

    private SourceExcerpts(Site site, Path contentDirectory) {
        this.site = site;
        this.contentDirectory = contentDirectory;
    }

    List<Line> around(String file, int line) {
        if (line <= 0 || file.isEmpty()) {
            return List.of();
        }
        String text = texts.computeIfAbsent(file, this::load);
        if (text.isEmpty()) {
            return List.of();
        }
        LineIndex index = new LineIndex(text);
        int last = index.lineCount();
        List<Line> out = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT); n <= Math.min(last, line + CONTEXT); n++) {
            int start = index.lineStart(n);
            out.add(new Line(n, text.substring(start, index.lineEnd(text, n))));
        }
        return out;
    }

    /** The text of the file as the rules saw it, or "" when it is not text or cannot be read. */
    String text(String file) {
        return texts.computeIfAbsent(file, this::load);
    }

    private String load(String file) {
        if (contentDirectory == null) {
            return "";
        }
        Page page = site == null ? null : site.pageByPath(file);
        if (page != null && page.hasText()) {
            return page.source().text();
        }
        // Validated pages keep no text (see Validator): an excerpt reads the one file it shows.
        try {
            Path p = contentDirectory.resolve(file).normalize();
            if (!p.startsWith(contentDirectory.normalize()) || !Files.isRegularFile(p) || Files.size(p) > MAX_READ
                    || !(file.endsWith(".yml") || file.endsWith(".yaml") || file.endsWith(".md")
                    || file.endsWith(".markdown") || file.endsWith(".html"))) {
                return "";
            }
            return SourceText.decode(Files.readAllBytes(p)).text();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
