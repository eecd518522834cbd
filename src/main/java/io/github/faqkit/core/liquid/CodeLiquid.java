package io.github.faqkit.core.liquid;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.kramdown.BlockSpans;
import io.github.faqkit.core.kramdown.KramdownAnalyzer;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.org.antlr.v4.runtime.tree.ParseTree;
import liquid.parser.v4.LiquidParser;

/**
 * Liquid inside code blocks and code spans. Jekyll renders Liquid before Markdown, so code is not
 * protected: {@code {{ kube_dir }}} in a playbook vanishes from the page. Only {@code {% raw %}} (or
 * {@code render_with_liquid: false}) keeps it.
 */
final class CodeLiquid {
    /** A backtick run; a code span is text between two runs of the same length (kramdown's codespan). */
    private static final Pattern TICKS = Pattern.compile("`+");
    /** A line break followed by a line of blanks only: the end of a paragraph. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*(?=\n|\\z)");

    private static final Pattern RAW =
            Pattern.compile("\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}", Pattern.DOTALL);

    private static final Pattern HIGHLIGHT_TAG = Pattern.compile("\\{%-?\\s*(?:end)?highlight\\b[^%]*-?%}");

    private CodeLiquid() {}

    /** One problem per code block or span holding Liquid, with what readers see instead (body lines). */
    static List<LiquidProblem> find(
            String body, SiteConfig config, LiquidEngine engine, Map<String, Object> page, String dir) {
        List<int[]> raw = new ArrayList<>();
        Matcher m = RAW.matcher(body);
        while (m.find()) {
            raw.add(new int[] {m.start(), m.end()});
        }
        // the tags of a highlight block make the code (Jekyll replaces the block with its highlighted HTML before
        // kramdown runs): they are never Liquid inside it, even where kramdown reads the source's closing tag as a
        // lazy line of indented code above it (liquid-golden/code/highlight.md)
        Matcher h = HIGHLIGHT_TAG.matcher(body);
        while (h.find()) {
            raw.add(new int[] {h.start(), h.end()});
        }
        List<int[]> code = codeRanges(body, config);
        List<LiquidProblem> out = new ArrayList<>();
        LazyCodeEnd lazy = new LazyCodeEnd(body);
        for (int[] c : code) {
            // Liquid on the lazy lines that Liquid empties is past the block's end in the built page
            int at = firstLiquid(body, c[0], lazy.end(body, c[0], c[1]), raw);
            if (at < 0
                    || onlyLogic(body.substring(c[0], c[1]))
                    || embedsFiles(body, c, raw, engine, page, dir)
                    || usesSiteTags(body, c, raw, engine, page, dir)
                    || runsOnPageValues(body, c, raw, engine, page, dir)) {
                continue;
            }
            int lineStart = Math.max(body.lastIndexOf('\n', at) + 1, c[0]);
            int lineEnd = body.indexOf('\n', at);
            if (lineEnd < 0 || lineEnd > c[1]) {
                lineEnd = c[1];
            }
            String source = body.substring(lineStart, lineEnd);
            // the page's assigns before the code set the variables it shows ({% assign v = site.x | … %} above a
            // command that uses {{ v }}): Liquid runs them first, as Jekyll runs the page from the top
            String assigns = assignsBefore(body, lineStart, raw);
            Rendered seen = engine.render(assigns + source, page, dir);
            String shown = seen.map() == null ? null : seen.text();
            if (shown != null && (LiquidText.hasLiquid(shown) || showsValues(assigns, source, engine, page, dir))) {
                continue;
            }
            int line =
                    (int) body.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            int column = at - (body.lastIndexOf('\n', at - 1) + 1) + 1;
            out.add(new LiquidProblem(
                    LiquidProblem.Kind.IN_CODE, line, column, source.strip(), shown == null ? null : shown.strip()));
        }
        return out;
    }

    /** What a captured or commented region holds: never written where it stands. */
    private static final Pattern UNWRITTEN =
            Pattern.compile("\\{%-?\\s*(capture|comment)\\b.*?%}.*?\\{%-?\\s*end\\1\\s*-?%}", Pattern.DOTALL);

    /** Tags that write nothing themselves. */
    private static final Pattern SILENT_TAG = Pattern.compile(
            "\\{%-?\\s*(?:if|elsif|else|endif|unless|endunless|case|when|endcase|for|endfor|assign|break|continue)"
                    + "\\b[^%]*(?:%(?!})[^%]*)*%}");

    /**
     * True for a block that is code only by its indentation in the source and whose code vanishes once Liquid has
     * run. Its leading lines hold nothing but Liquid that writes no text ({@code if}, {@code for}, {@code assign},
     * {@code capture}, {@code comment}), so they become blank, and what follows them is nothing (the real build in
     * liquid-golden/code/logic.md) or a line without the code indent: kramdown took that line for a lazy
     * continuation of the code in the source, but after blank lines it starts Markdown of its own (a list item a
     * loop writes, liquid-golden/code/lazy.md). A fenced block stays code, even empty.
     */
    private static boolean onlyLogic(String code) {
        String t = code.strip();
        if (t.startsWith("`") || t.startsWith("~")) {
            return false;
        }
        String left = blankOut(SILENT_TAG, blankOut(UNWRITTEN, code));
        boolean vanished = false;
        for (String line : left.split("\n", -1)) {
            if (line.isBlank()) {
                vanished = true;
                continue;
            }
            return vanished && indent(line) < 4;
        }
        return true;
    }

    /** {@code text} with each match of {@code p} replaced by the line breaks it holds, so lines stay lines. */
    private static String blankOut(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().replaceAll("[^\\n]", ""));
        }
        return m.appendTail(out).toString();
    }

    /** The column a line's text starts at, a tab reaching the next multiple of four (kramdown's indent). */
    private static int indent(String line) {
        return LazyCodeEnd.indent(line, 0, line.length());
    }

    /**
     * Code blocks as the kramdown model finds them in the source body (the one block model), and code spans
     * in the text between the blocks that kramdown reads as Markdown.
     */
    static List<int[]> codeRanges(String body, SiteConfig config) {
        List<int[]> code = new ArrayList<>();
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() != body.length()) {
            return code; // offsets would shift; CRLF bodies are left to the render itself
        }
        BlockSpans spans =
                KramdownAnalyzer.parse(MarkdownBody.parse(body, 0), config).spans();
        int from = 0;
        for (BlockSpans.Span span : spans.spans()) {
            if (span.kind() == BlockSpans.Kind.CODE) {
                code.add(new int[] {span.start(), span.end()});
            }
            addCodeSpans(body, from, span.start(), code);
            from = span.end();
        }
        addCodeSpans(body, from, body.length(), code);
        return code;
    }

    /**
     * Code spans in {@code body[from, to)}: a backtick run closed by the next run of the same length in the same
     * paragraph. kramdown reads spans inside one block's text, so a blank line ends the search: a stray backtick
     * stays a backtick (trial22, neu-se/CS4530-Spring-2022: one left at the end of a list item paired with the
     * backticks of later paragraphs, and their links were taken for Liquid in code).
     */
    private static void addCodeSpans(String body, int from, int to, List<int[]> into) {
        Matcher m = TICKS.matcher(body);
        int at = from;
        while (at < to && m.region(at, to).find()) {
            int open = m.start();
            int length = m.end() - m.start();
            int paragraphEnd = paragraphEnd(body, m.end(), to);
            int close = -1;
            Matcher c = TICKS.matcher(body).region(m.end(), paragraphEnd);
            while (c.find()) {
                if (c.end() - c.start() == length) {
                    close = c.end();
                    break;
                }
            }
            if (close < 0) {
                at = m.end(); // no closing run in this paragraph: the backticks are text
                continue;
            }
            into.add(new int[] {open, close});
            at = close;
        }
    }

    /** Where the paragraph holding {@code from} ends: at its next blank line, or {@code to}. */
    private static int paragraphEnd(String body, int from, int to) {
        Matcher blank = BLANK_LINE.matcher(body).region(from, to);
        return blank.find() ? blank.start() : to;
    }

    /**
     * Liquid in code that the writer meant to run: output expressions only, each giving a value (a site
     * variable shown in a command, say). The escape idiom {@code {{ "{{ x " }}}}, whose output is Liquid
     * again, is caught by the caller. What is reported is Liquid that vanishes or is rewritten: an undefined
     * variable (an Ansible or Go template), or a tag.
     */
    private static final Pattern ASSIGN = Pattern.compile(
            "\\{%-?\\s*assign\\s+(\\w+)[^%]*?-?%}"
                    + "|\\{%-?\\s*capture\\s+(\\w+)\\s*-?%}.*?\\{%-?\\s*endcapture\\s*-?%}",
            Pattern.DOTALL);

    /**
     * The assign tags and capture blocks of the body before {@code end} that no raw block holds, in order, as one
     * text: the variables the page has set by then.
     */
    private static String assignsBefore(String body, int end, List<int[]> raw) {
        StringBuilder out = new StringBuilder();
        Matcher a = ASSIGN.matcher(body).region(0, end);
        while (a.find()) {
            int at = a.start();
            if (raw.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
                out.append(a.group());
            }
        }
        return out.toString();
    }

    /** The names {@link #assignsBefore} text sets. */
    private static Set<String> assigned(String assigns) {
        Set<String> out = new HashSet<>();
        Matcher a = ASSIGN.matcher(assigns);
        while (a.find()) {
            out.add(a.group(1) != null ? a.group(1) : a.group(2));
        }
        return out;
    }

    /**
     * True for code whose Liquid reads nothing but variables the page set above it, and writes text there: the
     * writer put it in the code to run (just-the-docs-tests' home page shows the theme's source, lines of a
     * captured {@code include_relative Gemfile.lock}, in a code block). An Ansible or Go template reads variables
     * of its own, which the page never sets, and Liquid that writes nothing leaves the code without it: both
     * reported as before.
     */
    private static boolean runsOnPageValues(
            String body, int[] c, List<int[]> raw, LiquidEngine engine, Map<String, Object> page, String dir) {
        String assigns = assignsBefore(body, c[0], raw);
        Set<String> set = assigned(assigns);
        if (set.isEmpty()) {
            return false;
        }
        String code = body.substring(c[0], c[1]);
        Set<String> read = variablesRead(code, engine);
        if (read == null || read.isEmpty() || !set.containsAll(read)) {
            return false;
        }
        Rendered r = engine.render(assigns + code, page, dir);
        if (r.map() == null
                || !r.problems().isEmpty()
                || LiquidText.hasLiquid(r.text())
                || r.text().indexOf(LiquidText.OPAQUE) >= 0) {
            return false;
        }
        return visible(r.text()) > visible(withoutLiquid(code));
    }

    /**
     * The variables Liquid reads in {@code code} (the first name of each lookup); null when Liqp cannot parse it
     * or a lookup is one whose name is not written out ({@code [expr]}).
     */
    private static Set<String> variablesRead(String code, LiquidEngine engine) {
        HyphenNames named = HyphenNames.of(code);
        if (named.changed()) {
            return null;
        }
        ParseTree tree;
        try {
            tree = engine.parser().parse(code).getParseTree();
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        Set<String> out = new HashSet<>();
        boolean[] opaque = {false};
        TemplateKeys.walk(tree, n -> {
            if (n instanceof LiquidParser.Lookup_id_indexesContext l) {
                out.add(l.id().getText());
            } else if (n instanceof LiquidParser.LookupContext && !(n instanceof LiquidParser.Lookup_emptyContext)) {
                opaque[0] = true;
            }
        });
        return opaque[0] ? null : out;
    }

    /** {@code text} without its Liquid markup. */
    private static String withoutLiquid(String text) {
        StringBuilder out = new StringBuilder();
        int[] copied = {0};
        LiquidMarkup.forEach(text, true, (start, end) -> {
            out.append(text, copied[0], start);
            copied[0] = end;
        });
        return out.append(text.substring(copied[0])).toString();
    }

    /** How many characters of {@code text} are not white space. */
    private static long visible(String text) {
        return text.codePoints().filter(ch -> !Character.isWhitespace(ch)).count();
    }

    private static boolean showsValues(
            String assigns, String source, LiquidEngine engine, Map<String, Object> page, String dir) {
        if (source.contains("{%")) {
            return false;
        }
        Matcher m = OUTPUT.matcher(source);
        boolean any = false;
        while (m.find()) {
            Rendered one = engine.render(assigns + m.group(), page, dir);
            if (one.map() == null || one.text().isBlank() || one.text().indexOf(LiquidText.OPAQUE) >= 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final Pattern OUTPUT = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

    /** The name of a tag, after its opening delimiter. */
    private static final Pattern TAG_NAME = Pattern.compile("\\{%-?\\s*([A-Za-z_][\\w-]*)");

    /**
     * True for code whose Liquid are tags the site's own {@code _plugins} register ({@code `{% api_host %}`} in
     * facturation/facturation.github.io writes the API's URL) and outputs that give values: such a tag exists only
     * for this site's build, so the page writes it to run it, not to show it. A tag from anywhere else (a gem, the
     * theme, Liquid itself) or an output that vanishes is reported as before.
     */
    private static boolean usesSiteTags(
            String body, int[] c, List<int[]> raw, LiquidEngine engine, Map<String, Object> page, String dir) {
        Set<String> siteTags = engine.sitePluginTags();
        if (siteTags.isEmpty()) {
            return false;
        }
        String code = blankRanges(body, c, raw);
        Matcher t = TAG_NAME.matcher(code);
        boolean any = false;
        while (t.find()) {
            String name = t.group(1);
            if (!siteTags.contains(name) && !(name.startsWith("end") && siteTags.contains(name.substring(3)))) {
                return false;
            }
            any = true;
        }
        Matcher o = OUTPUT.matcher(code);
        while (any && o.find()) {
            Rendered one = engine.render(assignsBefore(body, c[0], raw) + o.group(), page, dir);
            if (one.map() == null || one.text().isBlank() || one.text().indexOf(LiquidText.OPAQUE) >= 0) {
                return false;
            }
        }
        return any;
    }

    /** The code of range {@code c} with the {@code raw} ranges inside it blanked out. */
    private static String blankRanges(String body, int[] c, List<int[]> raw) {
        StringBuilder code = new StringBuilder(body.substring(c[0], c[1]));
        for (int[] r : raw) {
            for (int i = Math.max(r[0], c[0]); i < Math.min(r[1], c[1]); i++) {
                code.setCharAt(i - c[0], ' ');
            }
        }
        return code.toString();
    }

    /** A line that is one include tag and nothing else. */
    private static final Pattern INCLUDE_LINE =
            Pattern.compile("\\s*\\{%-?\\s*include(?:_relative)?\\s+[^%]*?-?%}\\s*");

    /**
     * A code block that shows files: a line holding only {@code {% include_relative Foo.cs %}} (or
     * {@code include}) fills the block with that file, which is the point of writing it there. The block
     * counts as meant to run when every line of it holding Liquid is such a line giving text, or outputs
     * that each give a value; anything else (a variable that vanishes, an include amid other code) is
     * reported as before.
     */
    private static boolean embedsFiles(
            String body, int[] code, List<int[]> raw, LiquidEngine engine, Map<String, Object> page, String dir) {
        boolean embeds = false;
        int lineStart = code[0];
        while (lineStart < code[1]) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > code[1]) {
                lineEnd = code[1];
            }
            if (firstLiquid(body, lineStart, lineEnd, raw) >= 0) {
                String line = body.substring(lineStart, lineEnd);
                if (INCLUDE_LINE.matcher(line).matches()) {
                    Rendered r = engine.render(line, page, dir);
                    if (r.map() == null || r.text().isBlank() || !r.problems().isEmpty()) {
                        return false;
                    }
                    embeds = true;
                } else if (!showsValues(assignsBefore(body, lineStart, raw), line, engine, page, dir)) {
                    return false;
                }
            }
            lineStart = lineEnd + 1;
        }
        return embeds;
    }

    private static int firstLiquid(String body, int from, int to, List<int[]> raw) {
        for (int i = from; i < to - 1; i++) {
            if (body.charAt(i) == '{' && (body.charAt(i + 1) == '{' || body.charAt(i + 1) == '%')) {
                if (!inside(i, raw)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean inside(int pos, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (pos >= r[0] && pos < r[1]) {
                return true;
            }
        }
        return false;
    }
}
