package io.github.faqkit.core.liquid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Template;
import liqp.org.antlr.v4.runtime.ParserRuleContext;
import liqp.org.antlr.v4.runtime.tree.ParseTree;
import liqp.org.antlr.v4.runtime.tree.TerminalNode;
import liquid.parser.v4.LiquidParser;

/**
 * Front matter keys the site's own templates read, found in Liqp's parse trees of the layouts, includes
 * and Liquid pages: {@code page.X}, {@code X} on a loop variable over {@code site.pages},
 * {@code site.html_pages}, {@code site.documents}, {@code site.posts} or a collection (also through an
 * {@code assign}), and the key names given to {@code sort}, {@code where}, {@code group_by}, {@code map}
 * on such lists. A key nothing reads is not in here.
 */
public final class TemplateKeys {
    public static final TemplateKeys NONE = new TemplateKeys(Set.of(), Set.of(), Set.of());
    private static final Set<String> PAGE_LISTS = Set.of("pages", "html_pages", "documents", "posts");
    private static final Set<String> KEY_FILTERS =
            Set.of("sort", "sort_natural", "where", "group_by", "map", "where_exp", "find");

    private final Set<String> keys;
    /** Every name looked up after a dot or as a quoted index, on any variable ({@code node.nav_hide}). */
    private final Set<String> lookedUp;
    /** The pages whose own Liquid reads keys it does not name ({@link PageKeyReads}). */
    private final Set<String> unnamedReaders;

    private TemplateKeys(Set<String> keys, Set<String> lookedUp, Set<String> unnamedReaders) {
        this.keys = keys;
        this.lookedUp = lookedUp;
        this.unnamedReaders = unnamedReaders;
    }

    /** These keys, where the pages at {@code paths} read keys their Liquid does not name. */
    public TemplateKeys withUnnamedReaders(Set<String> paths) {
        return new TemplateKeys(keys, lookedUp, Set.copyOf(paths));
    }

    /**
     * Whether the page at {@code path} reads any of its keys through its own Liquid ({@code {% for f in page %}},
     * {@code page[name]}): then each key it has may show, and none is one nothing reads.
     */
    public boolean readsUnnamedKeys(String path) {
        return unnamedReaders.contains(path);
    }

    /**
     * Whether some template looks up this name on any variable: a page list passed to an include and regrouped
     * there ({@code {% for node in pages_list %}…{{ node.redirect_internal }}}) is beyond what is followed for
     * {@link #keys()}, but a key of that name may well be read through it.
     */
    public boolean mentions(String key) {
        return keys.contains(key) || lookedUp.contains(key);
    }

    public Set<String> keys() {
        return keys;
    }

    public boolean reads(String key) {
        return keys.contains(key);
    }

    /**
     * Reads {@code _layouts} and {@code _includes} of the site (and the given Liquid page texts) with the
     * engine's parser; a template that does not parse adds nothing.
     */
    public static TemplateKeys of(LiquidEngine engine, Collection<String> pageTexts, Set<String> collections) {
        List<String> texts = new ArrayList<>(pageTexts);
        texts.addAll(engine.templateTexts());
        List<ParseTree> trees = new ArrayList<>();
        for (String t : texts) {
            if (!LiquidText.hasLiquid(t)) {
                continue;
            }
            try {
                // only the span holding Liquid: the text around is literal, and Liqp's lexer is slow on long text
                String span = HyphenNames.of(liquidSpan(t)).text();
                // as the renderer reads it: Liqp's grammar takes no range in tablerow, no else after a range in for
                // (such a template read nothing before); a text that parses only as written is read so
                Template template = engine.parseAsRendered(span);
                trees.add((template != null ? template : engine.parser().parse(span)).getParseTree());
            } catch (RuntimeException | StackOverflowError e) {
                // LIQ001 reports pages; a broken layout, or one nested deeper than the parser goes, reads
                // nothing we can know
            }
        }
        Set<String> lists = new HashSet<>(collections);
        lists.addAll(PAGE_LISTS);
        Set<String> pageVars = new HashSet<>(Set.of("page"));
        Set<String> listVars = new HashSet<>();
        // two passes: a list assigned in one template can be looped over in another
        for (int pass = 0; pass < 2; pass++) {
            for (ParseTree t : trees) {
                walk(t, node -> {
                    if (node instanceof LiquidParser.For_arrayContext f && isPageList(f.lookup(), lists, listVars)) {
                        pageVars.add(f.id().getText());
                    } else if (node instanceof LiquidParser.AssignmentContext a
                            && isPageList(firstLookup(a.expr()), lists, listVars)) {
                        listVars.add(a.id().getText());
                    }
                });
            }
        }
        Set<String> keys = new TreeSet<>();
        // read from the text, not the parse tree: a template Liqp does not parse still names what it reads
        Set<String> lookedUp = new HashSet<>();
        for (String t : texts) {
            LiquidMarkup.forEach(t, false, (start, end) -> {
                Matcher name = LOOKED_UP.matcher(t.substring(start, end));
                while (name.find()) {
                    lookedUp.add(name.group(1) != null ? name.group(1) : name.group(2));
                }
            });
        }
        for (ParseTree t : trees) {
            walk(t, node -> {
                if (node instanceof LiquidParser.Lookup_id_indexesContext l
                        && pageVars.contains(l.id().getText())
                        && !l.index().isEmpty()
                        && l.index(0).id2() != null) {
                    keys.add(l.index(0).id2().getText());
                } else if (node instanceof LiquidParser.FilterContext f
                        && f.Id() != null
                        && KEY_FILTERS.contains(f.Id().getText())
                        && f.params() != null) {
                    walk(f.params(), p -> {
                        if (p instanceof TerminalNode term) {
                            String s = term.getText();
                            if (s.length() > 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
                                keys.add(keyOf(s.substring(1, s.length() - 1)));
                            }
                        }
                    });
                }
            });
        }
        return new TemplateKeys(Set.copyOf(keys), Set.copyOf(lookedUp), Set.of());
    }

    /** {@code x.name} (not a number's decimals) or {@code x["name"]}. */
    private static final Pattern LOOKED_UP =
            Pattern.compile("(?<=[\\w\\]])\\.([A-Za-z_][\\w-]*)|\\[\\s*[\"']([^\"']+)[\"']\\s*]");

    private static String keyOf(String arg) {
        // where_exp's "item.key == …" or sort's "key"
        String s = arg.strip();
        int dot = s.indexOf('.');
        if (dot > 0) {
            s = s.substring(dot + 1);
        }
        int end = 0;
        while (end < s.length()
                && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '-')) {
            end++;
        }
        return s.substring(0, end);
    }

    private static boolean isPageList(ParseTree lookup, Set<String> lists, Set<String> listVars) {
        if (!(lookup instanceof LiquidParser.Lookup_id_indexesContext l)) {
            return false;
        }
        String root = l.id().getText();
        if (listVars.contains(root) && l.index().isEmpty()) {
            return true;
        }
        return root.equals("site")
                && !l.index().isEmpty()
                && l.index(0).id2() != null
                && lists.contains(l.index(0).id2().getText());
    }

    /** The first lookup in document order (depth first), found without recursion: expressions nest freely. */
    private static ParseTree firstLookup(ParseTree t) {
        if (t == null) {
            return null;
        }
        java.util.ArrayDeque<ParseTree> stack = new java.util.ArrayDeque<>();
        stack.push(t);
        while (!stack.isEmpty()) {
            ParseTree n = stack.pop();
            if (n instanceof LiquidParser.LookupContext) {
                return n;
            }
            for (int i = n.getChildCount() - 1; i >= 0; i--) {
                stack.push(n.getChild(i));
            }
        }
        return null;
    }

    static void walk(ParseTree t, java.util.function.Consumer<ParseTree> visit) {
        java.util.ArrayDeque<ParseTree> stack = new java.util.ArrayDeque<>();
        stack.push(t);
        while (!stack.isEmpty()) {
            ParseTree n = stack.pop();
            visit.accept(n);
            if (n instanceof ParserRuleContext) {
                for (int i = n.getChildCount() - 1; i >= 0; i--) {
                    stack.push(n.getChild(i));
                }
            }
        }
    }

    static String liquidSpan(String t) {
        int a = t.indexOf("{{");
        int b = t.indexOf("{%");
        int from = Math.max(0, a < 0 ? b : b < 0 ? a : Math.min(a, b));
        int to = Math.max(t.lastIndexOf("}}"), t.lastIndexOf("%}")) + 2;
        return to <= from + 2 ? t.substring(from) : t.substring(from, to);
    }
}
