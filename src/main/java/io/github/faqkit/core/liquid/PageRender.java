package io.github.faqkit.core.liquid;

import io.github.faqkit.core.markdown.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liqp.Template;
import liqp.TemplateContext;
import liqp.exceptions.LiquidException;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.org.antlr.v4.runtime.ParserRuleContext;
import liqp.parser.v4.NodeVisitor;
import liquid.parser.v4.LiquidParser;

/**
 * One page render. Liqp parses the whole body (so errors carry its positions); the top-level nodes are
 * then rendered one by one in one context, so each piece of output is known to come from one node:
 * text outside Liquid keeps its exact position, generated text points at its tag, or at the line inside
 * the tag whose literal text it repeats (a heading inside a loop).
 */
final class PageRender {
    private final LiquidEngine engine;
    private final String body;
    private final RenderState state;
    // Liqp parses only from the first Liquid delimiter to the last one: the text around is literal, and
    // Liqp's parser costs about a second per 60 KB, so a long page with one tag must not pay for all of it
    private final int base;
    private final int end;
    private int[] cpToChar;
    private final HyphenNames parsed;
    /** The text Liqp parsed: {@link #parsed}'s, or its lax reading. */
    private String parsedText;
    /** Offsets of {@link #parsedText} back to {@link #parsed}'s text; null when they are the same. */
    private OffsetMap lax;
    /** Body offsets of the tags whose comparison has an unknown operator, by marker number. */
    private final List<Integer> operatorAt = new ArrayList<>();
    /** Whether a break or continue outside any loop ended the page (Ruby renders nothing after it). */
    private boolean interrupted;
    /** Offsets where the body's lines start; built when first needed. */
    private int[] lineStarts;

    PageRender(LiquidEngine engine, String body, RenderState state) {
        this.engine = engine;
        this.body = body;
        this.state = state;
        int a = body.indexOf("{{");
        int b = body.indexOf("{%");
        int from = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        this.base = Math.max(0, from);
        int to = Math.max(body.lastIndexOf("}}"), body.lastIndexOf("%}")) + 2;
        this.end = to <= base + 2 ? body.length() : to;
        this.parsed = HyphenNames.of(body.substring(base, end));
        this.parsedText = parsed.text();
        this.cpToChar = codePointOffsets(parsedText);
    }

    /** ANTLR counts code points; Java strings count UTF-16 units. Null when they agree. */
    private static int[] codePointOffsets(String s) {
        int n = s.codePointCount(0, s.length());
        if (n == s.length()) {
            return null;
        }
        int[] out = new int[n + 1];
        int i = 0;
        for (int cp = 0; cp < n; cp++) {
            out[cp] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        out[n] = i;
        return out;
    }

    private int charIndex(int cpIndex) {
        int parsedIndex = cpToChar == null
                ? Math.max(0, Math.min(cpIndex, parsedText.length()))
                : cpToChar[Math.max(0, Math.min(cpIndex, cpToChar.length - 1))];
        if (lax != null) {
            parsedIndex = lax.original(parsedIndex);
        }
        return base + Math.min(parsed.source(parsedIndex), end - base);
    }

    /**
     * The template of the parsed span. Markup that Ruby Liquid reads the lax way (with a warning, as Jekyll runs it)
     * is rewritten to that reading where Liqp would parse it differently, and, when Liqp rejects the text, wherever
     * Liqp rejects it; the parse is then tried once more, and when that fails too, the first error stands. Markup
     * that Jekyll refuses even the lax way stops the build ({@link LaxStop}).
     */
    private Template parse() {
        java.util.function.Predicate<String> parses = engine::parses;
        String text = blankOpaqueMarkup(parsed.text());
        if (LaxMarkup.mayDifferWhereParsed(text)) {
            LaxMarkup.Result before = LaxMarkup.rewrite(text, parses, false, operatorAt.size());
            stopIfFatal(before);
            if (before.text() != null) {
                text = use(before);
            }
        }
        try {
            return engine.parser().parse(text);
        } catch (LiquidException e) {
            LaxMarkup.Result lax = LaxMarkup.rewrite(text, parses, true, operatorAt.size());
            stopIfFatal(lax);
            if (lax.text() != null) {
                try {
                    Template t = engine.parser().parse(lax.text());
                    use(lax);
                    return t;
                } catch (RuntimeException stillNot) {
                    // not (only) the lax markup: the page's own error is the one to report
                }
            }
            throw e;
        }
    }

    /** A tag as Ruby Liquid reads it: name, then the markup up to the first {@code %}}. */
    private static final java.util.regex.Pattern TAG_MARKUP =
            java.util.regex.Pattern.compile("\\{%-?\\s*([A-Za-z_]\\w*)(.*?)-?%}", java.util.regex.Pattern.DOTALL);

    /**
     * The text with the markup of each tag a plugin brings (its output unknown here) blanked out, offsets kept. Ruby
     * Liquid hands such markup to the plugin's tag class as one string, unread ({@code {% details Why [`80`]? %}}
     * is fine), where Liqp would lex it as Liquid expressions and stop at the first character no expression has.
     * The contents of {@code raw} and {@code comment} are left alone.
     */
    private String blankOpaqueMarkup(String text) {
        if (engine.opaqueTags().isEmpty() || text.indexOf("{%") < 0) {
            return text;
        }
        StringBuilder[] out = {null};
        ReadTags.each(TAG_MARKUP, text, m -> {
            if (!engine.opaqueTags().contains(m.group(1)) || m.group(2).isBlank()) {
                return true;
            }
            if (out[0] == null) {
                out[0] = new StringBuilder(text);
            }
            for (int i = m.start(2); i < m.end(2); i++) {
                char c = text.charAt(i);
                if (c != '\n' && c != '\r') {
                    out[0].setCharAt(i, ' ');
                }
            }
            return true;
        });
        return out[0] == null ? text : out[0].toString();
    }

    /** Takes the rewritten text as the one parsed: its offsets map back through the rewrite. */
    private String use(LaxMarkup.Result r) {
        for (int at : r.operators()) {
            operatorAt.add(bodyOffset(at));
        }
        if (!r.map().isEmpty()) {
            lax = r.map().then(lax);
        }
        parsedText = r.text();
        cpToChar = codePointOffsets(parsedText);
        return parsedText;
    }

    /**
     * Stops where the build stops: at markup even the lax reading refuses, or, when the site parses strictly, at the
     * first markup that needs the lax reading.
     */
    private void stopIfFatal(LaxMarkup.Result r) {
        int strictAt = engine.strict() ? r.firstChange() : -1;
        if (strictAt >= 0 && (r.stopAt() < 0 || strictAt < r.stopAt())) {
            String t = parsedText;
            int open = Math.max(t.lastIndexOf("{{", strictAt), t.lastIndexOf("{%", strictAt));
            throw new LaxStop(bodyOffset(Math.max(0, open)), LiquidEngine.STRICT_REFUSES);
        }
        if (r.stopAt() >= 0) {
            throw new LaxStop(bodyOffset(r.stopAt()), r.stop());
        }
    }

    /** The body offset of an offset in the text last parsed (before the rewrite being looked at is used). */
    private int bodyOffset(int at) {
        int original = lax == null ? at : lax.original(at);
        return base + Math.min(parsed.source(original), end - base);
    }

    /** What the writer does about a tag Jekyll refuses. */
    private static String laxHint(String message) {
        if (message.startsWith("Liquid error: Unknown operator")) {
            return " (compare with '==', '!=', '<', '>', '<=', '>=' or 'contains'; 'and' and 'or' join comparisons)";
        }
        if (message.startsWith("Invalid syntax for include tag")) {
            return " (give each parameter a value: name=\"text\", name='text' or name=variable)";
        }
        return "";
    }

    /** The build stops at the tag at {@code offset}, with Liquid's words: nothing of the page is rendered. */
    private Rendered stop(int offset, String message) {
        state.line = lineOf(offset);
        state.column = columnOf(offset);
        int close = body.indexOf(body.startsWith("{{", offset) ? "}}" : "%}", offset);
        String tag = body.substring(offset, close < 0 ? Math.min(body.length(), offset + 60) : close + 2);
        state.problem(LiquidProblem.Kind.SYNTAX, "", "'" + tag + "': " + message + laxHint(message));
        return new Rendered(body, null, List.copyOf(state.problems), false);
    }

    /** A comparison with an unknown operator was evaluated: Liquid raises there and the build stops. */
    private Rendered stop(UnknownOperator u) {
        if (u.include != null) {
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    u.include,
                    "the include " + u.include + " has a Liquid error: " + u.getMessage() + laxHint(u.getMessage()));
            return new Rendered(body, null, List.copyOf(state.problems), false);
        }
        return stop(operatorAt.get(u.index), u.getMessage());
    }

    /** Markup Jekyll refuses even when it reads it the lax way: the build stops at {@code offset}. */
    private static final class LaxStop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient int offset;

        LaxStop(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    Rendered run(Map<String, Object> page) {
        int deep = tooDeepBlock();
        if (deep >= 0) {
            // Ruby Liquid refuses the 101st block inside others before it renders anything; Liqp would recurse on
            state.line =
                    (int) body.substring(0, deep).chars().filter(c -> c == '\n').count() + 1;
            state.column = columnOf(deep);
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    LiquidProblem.NESTING,
                    "more than " + MAX_BLOCK_DEPTH + " blocks ({% if %}, {% for %}, {% capture %} …) are open "
                            + "inside each other here, and Liquid stops with \"Nesting too deep\"");
            return new Rendered(body, null, List.copyOf(state.problems), false);
        }
        Liquid4Tags.Stop unknown = Liquid4Tags.first(body, engine.unknownToLiquid4());
        if (unknown != null) {
            state.line = lineOf(unknown.offset());
            state.column = columnOf(unknown.offset());
            int close = body.indexOf("%}", unknown.offset());
            String tag = body.substring(
                    unknown.offset(), close < 0 ? Math.min(body.length(), unknown.offset() + 60) : close + 2);
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    LiquidProblem.LIQUID4 + unknown.tag(),
                    "'" + (tag.length() > 80 ? tag.substring(0, 77) + "…" : tag) + "': " + unknown.message());
            return new Rendered(body, null, List.copyOf(state.problems), false);
        }
        Template template;
        try {
            template = parse();
        } catch (LaxStop e) {
            return stop(e.offset, e.getMessage());
        } catch (StackOverflowError e) {
            // an expression nested deeper than Liqp's parser goes (Ruby Liquid reads it, at most with a warning)
            state.line = lineOf(base);
            state.column = columnOf(base);
            state.problem(LiquidProblem.Kind.LIMIT, "", "it nests too deep to evaluate");
            return new Rendered(body, null, List.copyOf(state.problems), false);
        } catch (LiquidException e) {
            int at = bodyOffset(parsedOffset(Math.max(1, e.line), Math.max(0, e.charPositionInLine)));
            state.line = lineOf(at);
            state.column = columnOf(at);
            String message = LiquidEngine.oneLine(e.getMessage());
            int output = unterminatedOutput();
            int open = message.contains("<EOF>") || message.contains("Missing End Tag") ? unclosedBlock() : -1;
            if (output >= 0) {
                // Liquid stops at the first '{{' not closed by '}}' (Liqp only notices further on, often at the
                // end of the page): the writer needs that one, and the findings about it sit on its line
                int stop = body.indexOf('}', output + 2);
                int eol = body.indexOf('\n', output);
                int shown = Math.min(
                        stop < 0 ? body.length() : stop + 1, Math.min(eol < 0 ? body.length() : eol, output + 60));
                state.line = lineOf(output);
                state.column = columnOf(output);
                // Liqp's own words ("no viable alternative at input", a line of its own view) would not help here
                message = "'" + body.substring(output, shown).strip() + "' is not closed with '}}'"
                        + (laterOnTheLine(stop, eol)
                                ? ": Liquid ends the tag at its first '}', so the '}}' further on this line does"
                                        + " not close it"
                                : "");
            } else if (open >= 0) {
                // the parser notices at the end of the page; the writer needs the tag that is never closed
                state.line = (int) body.substring(0, open)
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                state.column = columnOf(open);
                int close = body.indexOf("%}", open);
                message = "'" + body.substring(open, close < 0 ? Math.min(body.length(), open + 40) : close + 2)
                        + "' is never closed (Liquid: " + message + ")";
            }
            state.problem(LiquidProblem.Kind.SYNTAX, "", message);
            return new Rendered(body, null, List.copyOf(state.problems), false);
        } catch (RuntimeException e) {
            state.problem(LiquidProblem.Kind.SYNTAX, "", LiquidEngine.oneLine(String.valueOf(e.getMessage())));
            return new Rendered(body, null, List.copyOf(state.problems), false);
        }
        LiquidParser.BlockContext block = ((LiquidParser.ParseContext) template.getParseTree()).block();
        NodeVisitor visitor = new NodeVisitor(
                engine.parser().insertions, engine.parser().filters, engine.parser().liquidStyleInclude);
        TemplateContext context = UnknownOperator.context(engine.parser(), engine.variables(page));
        // the time limit is for rendering (loops, includes); parsing is bounded by the page's size
        state.deadlineNanos = RenderState.deadlineFromNow();
        StringBuilder out = new StringBuilder(body.length() + 64);
        SourceMap.Builder map = new SourceMap.Builder();
        String prefix = body.substring(0, base);
        if (body.startsWith("{%-", base) || body.startsWith("{{-", base)) {
            prefix = prefix.stripTrailing();
        }
        map.literal(0, 0);
        out.append(prefix);
        int sourcePos = base;
        boolean stopped = false;
        for (LiquidParser.AtomContext atom : block.atom()) {
            if (interrupted) {
                break;
            }
            int start = charIndex(atom.getStart().getStartIndex());
            int end = charIndex(atom.getStop().getStopIndex() + 1);
            if (start > sourcePos) {
                // whitespace Liqp's lexer dropped around {%- -%}: not output
                sourcePos = start;
            }
            if (atom instanceof LiquidParser.Atom_othersContext) {
                String text = atom.getText();
                int at = body.indexOf(text, start);
                map.literal(out.length(), at < 0 ? start : at);
                out.append(text);
                sourcePos = end;
                continue;
            }
            // from the offset, not from the token's line: a tag read the lax way may have lost or gained lines
            state.line = lineOf(start);
            state.column = columnOf(start);
            int outStart = out.length();
            String produced;
            if (stopped) {
                produced = String.valueOf(LiquidText.OPAQUE);
            } else {
                try {
                    produced = renderAtom(visitor, context, atom);
                } catch (UnknownOperator u) {
                    return stop(u);
                }
                if (produced == null) {
                    stopped = true;
                    produced = String.valueOf(LiquidText.OPAQUE);
                }
            }
            map.generated(outStart, start);
            out.append(produced);
            refine(map, out, outStart, start, end);
            sourcePos = end;
            if (out.length() > LiquidEngine.MAX_OUTPUT_CHARS) {
                state.problem(
                        LiquidProblem.Kind.LIMIT,
                        "",
                        "the page renders to more than " + (LiquidEngine.MAX_OUTPUT_CHARS >> 20)
                                + " million characters");
                stopped = true;
                out.setLength(outStart);
                out.append(LiquidText.OPAQUE);
            }
        }
        String suffix = interrupted ? "" : body.substring(end);
        if (body.startsWith("-%}", end - 3) || body.startsWith("-}}", end - 3)) {
            suffix = suffix.stripLeading();
        }
        map.literal(out.length(), body.length() - suffix.length());
        out.append(suffix);
        boolean opaque = state.opaque || LiquidText.hasOpaque(out);
        return new Rendered(out.toString(), map.build(), List.copyOf(state.problems), opaque);
    }

    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("\\{%-?\\s*(end)?([A-Za-z_]\\w*)");
    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "if", "unless", "case", "for", "tablerow", "capture", "comment", "raw", "ifchanged", "highlight");

    private static final java.util.regex.Pattern VERBATIM_END =
            java.util.regex.Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final java.util.regex.Pattern VERBATIM_START =
            java.util.regex.Pattern.compile("\\{%-?\\s*raw\\s*-?%}");

    /**
     * Offset of the first {@code {{} that Ruby's Liquid reads as not properly terminated, or -1: its tokenizer
     * ends an output at the first '}', and a single '}' there stops the build ("Variable '{{ x }' was not
     * properly terminated"). The text of raw blocks is skipped, as Liquid skips it (a comment's is not).
     */
    /** True when a '}}' follows the single '}' at {@code stop} before the end of its line ({@code eol}, -1: none). */
    private boolean laterOnTheLine(int stop, int eol) {
        int end = eol < 0 ? body.length() : eol;
        int closing = stop < 0 ? -1 : body.indexOf("}}", stop + 1);
        return closing >= 0 && closing < end;
    }

    private int unterminatedOutput() {
        int pos = base;
        while (true) {
            int out = body.indexOf("{{", pos);
            int tag = body.indexOf("{%", pos);
            if (out < 0 && tag < 0) {
                return -1;
            }
            if (tag >= 0 && (out < 0 || tag < out)) {
                java.util.regex.Matcher verbatim = VERBATIM_START.matcher(body).region(tag, body.length());
                if (verbatim.lookingAt()) {
                    java.util.regex.Matcher close = VERBATIM_END.matcher(body).region(verbatim.end(), body.length());
                    if (!close.find()) {
                        return -1; // a raw block never closed: unclosedBlock() names it
                    }
                    pos = close.end();
                } else {
                    int close = body.indexOf("%}", tag + 2);
                    if (close < 0) {
                        return -1;
                    }
                    pos = close + 2;
                }
                continue;
            }
            int stop = body.indexOf('}', out + 2);
            if (stop < 0 || stop + 1 >= body.length() || body.charAt(stop + 1) != '}') {
                return out;
            }
            pos = stop + 2;
        }
    }

    /** Line (1-based) of a body offset. */
    private int lineOf(int offset) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int k = java.util.Arrays.binarySearch(lineStarts, offset);
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** Column (1-based) of a body offset. */
    private int columnOf(int offset) {
        return offset - (body.lastIndexOf('\n', offset - 1) + 1) + 1;
    }

    /** The offset in the text last parsed of a parser position: line (1-based), code points into the line. */
    private int parsedOffset(int line, int codePoints) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = parsedText.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        int eol = parsedText.indexOf('\n', start);
        int limit = eol < 0 ? parsedText.length() : eol;
        int at = start;
        for (int k = 0; k < codePoints && at < limit; k++) {
            at += Character.charCount(parsedText.codePointAt(at));
        }
        return at;
    }

    /** Liquid's {@code Block::MAX_DEPTH}: a block may be opened inside at most 100 others. */
    static final int MAX_BLOCK_DEPTH = 100;

    /**
     * Offset of the first block tag opened inside {@link #MAX_BLOCK_DEPTH} others, or -1. Liquid counts every
     * block whose body it parses; the contents of {@code raw} and {@code comment} are skipped here, so the
     * depth is never overcounted.
     */
    int tooDeepBlock() {
        java.util.ArrayDeque<Integer> open = openBlocks(MAX_BLOCK_DEPTH);
        return open.size() > MAX_BLOCK_DEPTH ? open.peek() : -1;
    }

    /** Offset of the innermost block tag still open at the end of the body, or -1 (tag names only). */
    private int unclosedBlock() {
        java.util.ArrayDeque<Integer> open = openBlocks(Integer.MAX_VALUE);
        return open.isEmpty() ? -1 : open.peek();
    }

    /**
     * One pass over the block tags as Liquid nests them, the contents of {@code raw} and {@code comment}
     * skipped: the offsets of the blocks open at the end, innermost first, or as soon as more than
     * {@code maxDepth} are open, up to the one that opened too deep.
     */
    private java.util.ArrayDeque<Integer> openBlocks(int maxDepth) {
        java.util.ArrayDeque<Integer> offsets = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
        java.util.regex.Matcher m = TAG.matcher(body);
        while (m.find()) {
            String name = m.group(2);
            boolean end = m.group(1) != null;
            if (!names.isEmpty()
                    && (names.peek().equals("raw") || names.peek().equals("comment"))
                    && !(end && name.equals(names.peek()))) {
                continue;
            }
            if (!end && (BLOCKS.contains(name) || engine.opaqueBlocks().contains(name))) {
                offsets.push(m.start());
                names.push(name);
                if (names.size() > maxDepth) {
                    return offsets;
                }
            } else if (end && !names.isEmpty() && names.peek().equals(name)) {
                offsets.pop();
                names.pop();
            }
        }
        return offsets;
    }

    /** A Java type error (a cast, a null) somewhere in the chain of causes, rather than a Liquid error. */
    private static boolean javaTypeError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClassCastException
                    || t instanceof NullPointerException
                    || t instanceof ArrayStoreException
                    || String.valueOf(t.getMessage()).contains("cannot be cast to")
                    || String.valueOf(t.getMessage()).contains("element type mismatch")) {
                return true;
            }
        }
        return false;
    }

    /** The output of one top-level node; null when a limit stopped the render. */
    private String renderAtom(NodeVisitor visitor, TemplateContext context, ParserRuleContext atom) {
        try {
            LNode node = visitor.visit(atom);
            Object value = node.render(context);
            Interrupts.Interrupted stop = Interrupts.interrupt(value);
            if (stop != null) {
                // a break or continue no loop catches: Ruby's page stops there, with what was written before
                interrupted = true;
                return stop.output();
            }
            BlockNode wrapper = new BlockNode();
            wrapper.add(c -> value);
            Object o = wrapper.render(context);
            return o == null ? "" : o.toString();
        } catch (RenderState.LimitExceeded e) {
            state.problem(LiquidProblem.Kind.LIMIT, "", e.getMessage());
            state.opaque = true;
            return null;
        } catch (StackOverflowError e) {
            state.problem(LiquidProblem.Kind.LIMIT, "", "it nests too deep to evaluate");
            state.opaque = true;
            return null;
        } catch (RuntimeException e) {
            UnknownOperator unknown = UnknownOperator.in(e);
            if (unknown != null) {
                throw unknown;
            }
            String message = LiquidEngine.oneLine(String.valueOf(e.getMessage()));
            if (e instanceof liqp.exceptions.ExceededMaxIterationsException || message.contains("exceeded max")) {
                state.problem(
                        LiquidProblem.Kind.LIMIT,
                        "",
                        "its loops run more than " + LiquidEngine.MAX_ITERATIONS + " times");
                state.opaque = true;
                return null;
            }
            // what Liqp cannot evaluate (a dynamic include name, a type it does not convert) is unknown; a Java
            // type error says nothing to a writer, so it is told as what it is
            String why = javaTypeError(e)
                    ? "a filter or tag was given a kind of value (text, list, map) this tool cannot pass to it"
                    : message;
            state.problem(LiquidProblem.Kind.LIMIT, "", "it could not be evaluated here (" + why + ")");
            state.opaque = true;
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    /**
     * Generated output spanning several lines: an output line that repeats a source line's literal start
     * (the {@code ## } of {@code ## {{ letter }}} inside a loop) points at that source line.
     */
    private void refine(SourceMap.Builder map, StringBuilder out, int outStart, int srcStart, int srcEnd) {
        int firstBreak = indexOf(out, '\n', outStart);
        if (firstBreak < 0 || body.indexOf('\n', srcStart) < 0 || body.indexOf('\n', srcStart) >= srcEnd) {
            return;
        }
        List<int[]> candidates = new ArrayList<>(); // {line start, literal prefix length}
        int ls = body.lastIndexOf('\n', srcStart) + 1;
        while (ls < srcEnd) {
            int le = body.indexOf('\n', ls);
            if (le < 0 || le > srcEnd) {
                le = srcEnd;
            }
            int prefixEnd = ls;
            while (prefixEnd < le && !(body.startsWith("{{", prefixEnd) || body.startsWith("{%", prefixEnd))) {
                prefixEnd++;
            }
            String prefix = body.substring(ls, prefixEnd).strip();
            if (prefix.length() >= 2) {
                candidates.add(new int[] {ls, prefixEnd - ls});
            }
            ls = le + 1;
        }
        if (candidates.isEmpty()) {
            return;
        }
        int lineStart = outStart;
        int previous = -1; // the candidate the last output line came from
        while (lineStart < out.length()) {
            int lineEnd = indexOf(out, '\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = out.length();
            }
            String line = out.substring(lineStart, lineEnd).strip();
            int chosen = -1;
            int bestLen = 0;
            boolean chosenFollows = false;
            for (int k = 0; k < candidates.size(); k++) {
                int[] c = candidates.get(k);
                String prefix = body.substring(c[0], c[0] + c[1]).strip();
                if (prefix.isEmpty() || prefix.length() < bestLen || !line.startsWith(prefix)) {
                    continue;
                }
                // lines with the same literal start ('<a href="{{ a }}">' twice in a loop body) are told apart by
                // order: a body's lines come out in source order, so the next one after the last line taken wins
                boolean follows = k > previous;
                if (prefix.length() > bestLen || follows && !chosenFollows) {
                    chosen = k;
                    bestLen = prefix.length();
                    chosenFollows = follows;
                }
            }
            if (chosen >= 0) {
                previous = chosen;
            }
            int best = chosen >= 0 ? candidates.get(chosen)[0] : -1;
            int anchor = best >= 0 ? best : srcStart;
            if (lineStart > outStart || best >= 0) {
                map.generated(lineStart, anchor);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static int indexOf(StringBuilder b, char c, int from) {
        for (int i = from; i < b.length(); i++) {
            if (b.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
