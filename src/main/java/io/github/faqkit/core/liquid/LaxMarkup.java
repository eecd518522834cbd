package io.github.faqkit.core.liquid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid markup that Ruby Liquid's strict parser rejects. Jekyll parses Liquid with {@code error_mode: warn}: such
 * markup gets a warning and is read again the lax way. An output keeps its first value and the filters after a
 * '|' ({@code {{ 'a' + 'b' }}} shows {@code a}, {@code {{ -x }}} and {@code {{}}} nothing; liquid-golden
 * lax-output); a tag is read by its own lax parser ({@link LaxTags}; liquid-golden lax-tag). Liqp knows only the
 * strict way, so each piece it cannot parse is rewritten to what the lax reading evaluates, with a map back to the
 * offsets of the text. Markup that even the lax reading refuses, and markup that Liqp accepts but Jekyll refuses
 * (an include's parameters), is where the build stops.
 */
final class LaxMarkup {
    /**
     * The rewritten text (null when nothing changed) with its map back, the first place where the build stops
     * ({@code stopAt} -1: none) with Liquid's words, the first place rewritten ({@code firstChange}, -1: none), and
     * where each comparison with an unknown operator is ({@code operators}: offsets of their tags, the first one
     * numbered as the rewrite was asked to start; see {@link UnknownOperator}).
     */
    record Result(String text, OffsetMap map, int stopAt, String stop, int firstChange, List<Integer> operators) {}

    /** The start of a raw or comment block (skipped whole, to its end tag). */
    private static final Pattern BLOCK_START = Pattern.compile("\\{%-?\\s*(raw|comment)\\b(.*?)-?%}", Pattern.DOTALL);

    /** A tag as Ruby's tokenizer splits it: name and markup, the whitespace-control dashes left out. */
    private static final Pattern TAG = Pattern.compile("-?\\s*(\\w+)\\s*(.*?)-?", Pattern.DOTALL);

    /**
     * An assign tag's markup: the name and '=' kept, the value read as an output. The name is Ruby Liquid's
     * ({@code VariableSignature}: letters, digits, '-', '.', '[' and ']'), group 3.
     */
    private static final Pattern ASSIGN =
            Pattern.compile("(-?\\s*assign\\s+([\\w\\-.\\[\\]]+)\\s*=)(.*?)(-?)", Pattern.DOTALL);

    /**
     * What an assign to a name with '.', '[' or ']' ({@code {% assign item.photo = … %}}) becomes: Ruby Liquid sets a
     * variable of that very name, which no lookup reaches ({@code item.photo} is item's photo), so the page renders
     * as if it assigned a name nothing reads; Liqp rejects such a name (liquid-golden assign-dotted-name).
     */
    static final String UNREAD_NAME = "faq_name_no_lookup_reaches";

    /** Ruby Liquid's QuotedFragment: a quoted string or a run without spaces, commas, pipes and quotes. */
    private static final Pattern FRAGMENT = Pattern.compile(LaxTags.FRAGMENT);

    /**
     * '||' outside quotes: Ruby's strict parser rejects it and the lax one skips the empty filter, while Liqp
     * reads it as something else ({@code {{ page.title || upcase }}} shows the title in capitals in Jekyll).
     */
    private static final Pattern EMPTY_FILTER = Pattern.compile("^(?:[^\"'|]|\"[^\"]*\"|'[^']*'|\\|(?!\\|))*\\|\\|");

    /** Jekyll's include tag: the file (possibly built from outputs), then the parameters. */
    private static final Pattern INCLUDE_VARIABLE =
            Pattern.compile("([^{]*(\\{\\{\\s*[\\w\\-.]+\\s*(\\|.*)?}}[^\\s{}]*)+)(.*)", Pattern.DOTALL);

    private static final String INCLUDE_PARAM = "([\\w-]+)\\s*=\\s*"
            + "(?:\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"|'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|([\\w.-]+))";
    private static final Pattern INCLUDE_PARAMS =
            Pattern.compile("\\A\\s*(?:" + INCLUDE_PARAM + "(?=\\s|\\z)\\s*)*\\z");

    private static final Set<String> INCLUDES = Set.of("include", "include_relative", "include_cached");

    /**
     * An include's literal file name with a character of Jekyll's file names ({@code + ~ @ #}) that Liqp's lexer
     * refuses or ends the name at: group 1.
     */
    /** How a rewritten include name opens: a quote and a character no file name holds. */
    static final String QUOTED_NAME = "'\u0001";

    private static final Pattern INCLUDE_NAME_LIQP_MISREADS =
            Pattern.compile("\\s*([\\w/.\\-()+~#@]*[+~#@][\\w/.\\-()+~#@]*)(?=\\s|\\z)");

    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "tablerow", "capture");
    private static final Set<String> CONDITIONS = Set.of("if", "elsif", "unless");
    private static final Set<String> LAX =
            Set.of("if", "elsif", "unless", "for", "case", "when", "capture", "else", "cycle");

    private LaxMarkup() {}

    /** Whether {@code text} may hold markup that {@link #rewrite} changes or stops on even where Liqp parses it. */
    static boolean mayDifferWhereParsed(String text) {
        return text.contains("||")
                || text.contains("case")
                || text.contains("include")
                || text.contains("raw")
                || text.contains("(")
                || text.indexOf('!') >= 0 && BANG_OUTPUT.matcher(text).find();
    }

    /**
     * An output with a '!' that starts no {@code !=} ({@code {{!github.event.release.prerelease}}}, a GitHub Actions
     * expression shown in a page): Ruby's strict lexer refuses the character ("Unexpected character !") and the lax
     * reading looks the name up without it, while Liqp's lexer takes one such output and refuses the next (or reads
     * it otherwise): the lax reading is written out whatever Liqp says (liquid-golden lax-output o21–o26).
     */
    private static final Pattern BANG_OUTPUT = Pattern.compile("\\{\\{[^}]*!(?!=)");

    /** A '!' outside quotes that starts no {@code !=}. */
    private static final Pattern BANG = Pattern.compile("^(?:[^\"'!]|\"[^\"]*\"|'[^']*'|!=)*!(?!=)");

    /**
     * {@code text} read the lax way where it needs to be. With {@code failed} (Liqp rejected the text), every
     * output, assign value and tag that {@code parses} rejects is replaced by its lax reading; without, only what
     * Liqp parses differently from Ruby is (an empty filter {@code ||}, a {@code case} with more than its value).
     */
    static Result rewrite(String text, Predicate<String> parses, boolean failed) {
        return rewrite(text, parses, failed, 0);
    }

    /** {@link #rewrite(String, Predicate, boolean)}, numbering unknown operators from {@code firstMarker}. */
    static Result rewrite(String text, Predicate<String> parses, boolean failed, int firstMarker) {
        List<Integer> operators = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // from, to
        Set<Integer> notLax = new java.util.HashSet<>(); // spans that change the form only (loop ranges)
        List<String> replacements = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int stopAt = -1;
        String stop = null;
        List<int[]> tokens = new ArrayList<>(); // kind, start, end
        // one pass, as Ruby's tokenizer reads: an output ends at its first '}', a tag at its first '%}'
        LiquidMarkup.tokens(text, (kind, start, end) -> tokens.add(new int[] {kind.ordinal(), start, end}));
        for (int[] token : tokens) {
            LiquidMarkup.Kind kind = LiquidMarkup.Kind.values()[token[0]];
            int i = token[1];
            if (kind == LiquidMarkup.Kind.OUTPUT) {
                if (token[2] - i < 4 || !text.startsWith("}}", token[2] - 2)) {
                    continue; // not closed by '}}': the build stops, which is not for this class to judge
                }
                int brace = token[2] - 2;
                int from = i + 2 + (text.startsWith("-", i + 2) ? 1 : 0);
                // '{{-}}': Ruby reads its one dash as opening and closing mark
                int to = Math.max(from, brace - (text.charAt(brace - 1) == '-' ? 1 : 0));
                if (to == from && from == i + 3 && brace == i + 3) {
                    spans.add(new int[] {from, from});
                    replacements.add(" nil -");
                    continue;
                }
                String outputOpen = text.substring(i, from);
                String outputClose = text.substring(to, brace + 2);
                String lax = laxValue(text.substring(from, to), outputOpen, outputClose, parses, failed);
                if (lax != null && to < brace && !lax.endsWith(" ")) {
                    lax += " "; // '{{--}}' and '{{-}}' strip both sides: the dash stays apart from the value
                }
                if (lax != null) {
                    spans.add(new int[] {from, to});
                    replacements.add(lax);
                }
                continue;
            }
            int end = kind == LiquidMarkup.Kind.BLOCK ? text.indexOf("%}", i + 2) : token[2] - 2;
            if (kind == LiquidMarkup.Kind.BLOCK) {
                Matcher block = BLOCK_START.matcher(text).region(i, end + 2);
                if (block.matches() && !block.group(2).isBlank()) {
                    if (block.group(1).equals("raw")) {
                        if (stopAt < 0) {
                            stopAt = i;
                            stop = "Syntax Error in 'raw' - Valid syntax: raw";
                        }
                    } else if (failed) {
                        // Ruby's comment tag ignores its markup
                        spans.add(new int[] {block.start(1), block.end(2)});
                        replacements.add("comment");
                    }
                }
                continue;
            }
            Matcher tag = TAG.matcher(text).region(i + 2, end);
            int tagStart = i;
            if (!tag.matches()) {
                continue;
            }
            String name = tag.group(1);
            String markup = tag.group(2);
            String enclosing = open.peek();
            if (BLOCKS.contains(name)) {
                open.push(name);
            } else if (name.equals("end" + enclosing)) {
                open.pop();
            }
            if (name.equals("for") || name.equals("tablerow")) {
                LoopRange.Rewrite range = LoopRange.read(markup);
                if (range != null) {
                    // not a lax reading: the same loop, in a form Liqp's grammar takes
                    int at = tag.start(2);
                    notLax.add(spans.size());
                    spans.add(new int[] {at + range.start(), at + range.end()});
                    replacements.add(range.lookup());
                    notLax.add(spans.size());
                    spans.add(new int[] {tag.end(2), tag.end(2)});
                    replacements.add(range.attributes());
                    continue;
                }
            }
            if (name.equals("link")) {
                String path = markup.strip();
                if (failed
                        && !path.isEmpty()
                        && !path.contains("{{")
                        && !path.contains("'")
                        && !parses.test("{% link " + markup + " %}")) {
                    // Jekyll's link tag takes its markup as written ('Slides/HTTP + REST.pdf'), where Liqp's lexer
                    // refuses a '+' or '&': the path is quoted and marked, and the tag unquotes it. The same tag, so
                    // no lax reading (a strict site builds it too)
                    int from = tag.start(2) + markup.indexOf(path);
                    notLax.add(spans.size());
                    spans.add(new int[] {from, from + path.length()});
                    replacements.add(QUOTED_NAME + path + "'");
                }
                continue;
            }
            if (INCLUDES.contains(name)) {
                String bad = badIncludeParameters(markup);
                if (bad != null && stopAt < 0) {
                    stopAt = tagStart;
                    stop = "Invalid syntax for include tag: " + bad + " Valid syntax: {% " + name
                            + " file.ext param='value' param2='value' %}";
                }
                if (name.equals("include_cached")) {
                    cachedInclude(tag, markup, spans, replacements, notLax);
                    continue;
                }
                // a name made with outputs and text: Jekyll's include_relative renders it as its include does
                // (liquid-golden include-relative-output-name), and so do the tags here
                if (compactVariableName(tag, markup, spans, replacements, notLax)) {
                    continue;
                }
                Matcher file = INCLUDE_NAME_LIQP_MISREADS.matcher(markup);
                if (file.lookingAt()) {
                    // a name Jekyll takes as it is: quoted and marked, Liqp reads it whole and the tag unquotes it
                    spans.add(new int[] {tag.start(2) + file.start(1), tag.start(2) + file.end(1)});
                    replacements.add(QUOTED_NAME + file.group(1) + "'");
                }
                continue;
            }
            if (name.equals("assign")) {
                Matcher assign = ASSIGN.matcher(text).region(tagStart + 2, end);
                if (assign.matches()) {
                    String tagOpen = text.substring(tagStart, assign.start(3));
                    if (failed && assign.group(2).matches(".*[.\\[\\]].*")) {
                        spans.add(new int[] {assign.start(2), assign.end(2)});
                        replacements.add(UNREAD_NAME);
                        tagOpen = text.substring(tagStart, assign.start(2))
                                + UNREAD_NAME
                                + text.substring(assign.end(2), assign.start(3));
                    }
                    String tagClose = text.substring(assign.end(3), end + 2);
                    String lax = laxValue(assign.group(3), tagOpen, tagClose, parses, failed);
                    if (lax != null) {
                        spans.add(new int[] {assign.start(3), assign.end(3)});
                        replacements.add(lax);
                    }
                }
                continue;
            }
            boolean strictRefuses = (name.equals("case") && LaxTags.caseHasMore(markup))
                    || (CONDITIONS.contains(name) && LaxTags.hasParenthesis(markup));
            boolean candidate = LAX.contains(name) || (name.startsWith("end") && name.length() > 3);
            if (!strictRefuses && !(failed && candidate && !parses.test(wrap(name, name + " " + markup, enclosing)))) {
                continue;
            }
            LaxTags.Reading reading = LaxTags.read(name, markup, enclosing);
            if (reading == null) {
                continue;
            }
            if (reading.fatal() != null) {
                if (stopAt < 0) {
                    stopAt = tagStart;
                    stop = reading.fatal();
                }
                continue;
            }
            String read = reading.markup();
            List<Integer> marked = new ArrayList<>();
            if (UnknownOperator.marks(read)) {
                read = UnknownOperator.number(read, firstMarker + operators.size(), n -> marked.add(tagStart));
            }
            if (parses.test(wrap(name, read, enclosing))) {
                spans.add(new int[] {tag.start(1), tag.end(2)});
                replacements.add(read);
                operators.addAll(marked);
            }
        }
        if (spans.isEmpty()) {
            return new Result(null, null, stopAt, stop, -1, List.of());
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        OffsetMap map = new OffsetMap();
        int copied = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            out.append(text, copied, span[0]);
            String r = replacements.get(k);
            if (r.length() != span[1] - span[0]) {
                map.add(out.length(), span[0], r.length(), span[1] - span[0]);
            }
            out.append(r);
            copied = span[1];
        }
        out.append(text, copied, text.length());
        int firstChange = -1;
        for (int k = 0; k < spans.size() && firstChange < 0; k++) {
            firstChange = notLax.contains(k) ? -1 : spans.get(k)[0];
        }
        return new Result(out.toString(), map, stopAt, stop, firstChange, List.copyOf(operators));
    }

    /** The parameter that marks an include tag rewritten from {@code include_cached}. */
    static final String CACHED = "faq_include_cached";

    /** The first word of a tag's markup. */
    private static final Pattern FIRST_WORD = Pattern.compile("\\s*(\\S+)");

    /**
     * {@code {% include_cached name params %}} as jekyll-include-cache reads it: its tag is Jekyll's include tag (the
     * name, literal or made with {@code {{ }}}, then the parameters; liquid-golden include-cached-names), which Liqp's
     * grammar reads only for a tag named {@code include}, and a plugin's tag as tokens without their spaces. The tag is
     * renamed {@code include} and marked with {@link #CACHED}; a literal name is quoted and marked as written (a
     * quoted name is a file name with quotes to it: liquid-golden stop-include-cached-quoted). The same tag, so no lax
     * reading.
     */
    private static void cachedInclude(
            Matcher tag, String markup, List<int[]> spans, List<String> replacements, Set<Integer> notLax) {
        notLax.add(spans.size());
        spans.add(new int[] {tag.start(1), tag.end(1)});
        replacements.add("include");
        Matcher word = FIRST_WORD.matcher(markup);
        if (compactVariableName(tag, markup, spans, replacements, notLax)) {
            // a name made with {{ }}: rendered by the tag
        } else if (!INCLUDE_VARIABLE.matcher(markup.strip()).matches()
                && word.lookingAt()
                && word.group(1).indexOf('\'') < 0) {
            notLax.add(spans.size());
            spans.add(new int[] {tag.start(2) + word.start(1), tag.start(2) + word.end(1)});
            replacements.add(QUOTED_NAME + word.group(1) + "'");
        }
        notLax.add(spans.size());
        spans.add(new int[] {tag.end(2), tag.end(2)});
        replacements.add(" " + CACHED + "=true ");
    }

    /** An output inside an include's name: {@code {{ page.inc }}}. */
    private static final Pattern NAME_OUTPUT = Pattern.compile("\\{\\{[^{}'\"]*}}");

    /**
     * An include name made with outputs and text ({@code {{ page.inc }}.html}): Jekyll renders the name as Liquid
     * ({@code render_variable}), where Liqp's include grammar refuses the spaces of such a name. The spaces inside the
     * outputs, which Liquid ignores, are left out (the tag renders the name). False when the name is no such one.
     */
    private static boolean compactVariableName(
            Matcher tag, String markup, List<int[]> spans, List<String> replacements, Set<Integer> notLax) {
        Matcher variable = INCLUDE_VARIABLE.matcher(markup);
        if (!variable.matches()) {
            return false;
        }
        String file = variable.group(1);
        int lead = file.length() - file.stripLeading().length();
        String name = file.strip();
        if (name.startsWith("{{") && name.endsWith("}}") && name.indexOf("{{", 2) < 0) {
            return false; // one output alone: Liqp's grammar reads it
        }
        Matcher output = NAME_OUTPUT.matcher(name);
        StringBuilder compact = new StringBuilder();
        int at = 0;
        while (output.find()) {
            compact.append(name, at, output.start()).append(output.group().replaceAll("\\s+", ""));
            at = output.end();
        }
        compact.append(name.substring(at));
        if (compact.toString().equals(name) || compact.toString().matches("(?s).*\\s.*")) {
            return false;
        }
        int from = tag.start(2) + variable.start(1) + lead;
        notLax.add(spans.size());
        spans.add(new int[] {from, from + name.length()});
        replacements.add(compact.toString());
        return true;
    }

    /** The tag alone, inside the block it belongs to, so that Liqp can parse it by itself. */
    private static String wrap(String name, String inner, String enclosing) {
        String tag = "{% " + inner + " %}";
        if (name.equals("cycle")) {
            return tag;
        }
        if (BLOCKS.contains(name)) {
            // Liqp wants a 'when' in every case
            return tag + (name.equals("case") ? "{% when 1 %}" : "") + "{% end" + name + " %}";
        }
        if (name.startsWith("end")) {
            return opener(name.substring(3)) + tag;
        }
        String in = name.equals("when") ? "case" : enclosing == null ? "if" : enclosing;
        return opener(in) + tag + "{% end" + in + " %}";
    }

    private static String opener(String block) {
        return switch (block) {
            case "if", "unless" -> "{% " + block + " true %}";
            case "for", "tablerow" -> "{% " + block + " x in y %}";
            case "case" -> "{% case 1 %}{% when 1 %}";
            case "capture" -> "{% capture x %}";
            default -> "{% " + block + " %}";
        };
    }

    /**
     * What Jekyll's include tag refuses of {@code markup} (it stops the build), as it quotes it; null when the
     * parameters are fine. A dotted name with a hyphen reaches here as a bracket lookup (HyphenNames) and is read
     * back as the name it was.
     */
    static String badIncludeParameters(String markup) {
        String m = markup.strip().replaceAll("\\[\"([\\w-]+)\"]", ".$1");
        String params;
        Matcher variable = INCLUDE_VARIABLE.matcher(m);
        if (variable.matches()) {
            params = variable.group(4).strip();
        } else {
            String[] parts = m.split("\\s+", 2);
            params = parts.length > 1 ? parts[1] : null;
        }
        return params == null || INCLUDE_PARAMS.matcher(params).matches() ? null : params;
    }

    /**
     * The lax reading of an output's or assign's value, null when it stays. Without {@code failed}, only an empty
     * filter is read again (Liqp parses it, differently).
     */
    private static String laxValue(String markup, String open, String close, Predicate<String> parses, boolean failed) {
        if (markup.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null;
        }
        boolean emptyFilter = EMPTY_FILTER.matcher(markup).find();
        boolean bang = markup.indexOf('!') >= 0 && BANG.matcher(markup).find();
        if (!emptyFilter && !bang && (!failed || parses.test(open + markup + close))) {
            return null;
        }
        String lax = lax(markup, s -> parses.test(open + s + close));
        return lax.equals(markup) ? null : lax;
    }

    /** What the lax parser evaluates of {@code markup}, as strict markup (padded to its length when shorter). */
    private static String lax(String markup, Predicate<String> parses) {
        Matcher name = FRAGMENT.matcher(markup);
        if (name.find()) {
            String rest = markup.substring(name.end());
            int pipe = rest.indexOf('|');
            // VariableLookup scans the name for [\w-]+ and [..] parts: a leading '!' is skipped ('!page.title' is
            // page.title; liquid-golden lax-output o21)
            String value = name.group().startsWith("!") ? name.group().replaceFirst("^!+", "") : name.group();
            if (value.isEmpty()) {
                return pad(" nil", markup.length());
            }
            StringBuilder withFilters = new StringBuilder(" ").append(value);
            if (pipe >= 0) {
                for (String filter : rest.substring(pipe + 1).split("\\|")) {
                    // a filter without a word is skipped, as Liquid's lax parser skips it
                    if (filter.matches("(?s).*\\w.*")) {
                        withFilters.append('|').append(filter.strip());
                    }
                }
            }
            for (String candidate : new String[] {withFilters.toString(), " " + value}) {
                if (parses.test(pad(candidate, markup.length()))) {
                    return pad(candidate, markup.length());
                }
            }
        }
        // a value the lax parser cannot look up ('-x', '@x', nothing at all) is nil: it shows nothing
        return pad(" nil", markup.length());
    }

    private static String pad(String s, int length) {
        return s + " ".repeat(Math.max(0, length - s.length()));
    }
}
