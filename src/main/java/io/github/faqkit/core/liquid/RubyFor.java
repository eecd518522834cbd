package io.github.faqkit.core.liquid;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liqp.LValue;
import liqp.RenderTransformer.ObjectAppender;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/**
 * {@code for} as Ruby Liquid 5 (Jekyll 4.3.1) runs it (liquid-golden for-ruby): the items sliced by {@code offset}
 * then {@code limit} in whatever order they are written, {@code offset: continue} from where the last loop of the
 * same variable and collection stopped, then {@code reversed}; {@code forloop} counts the slice; {@code else} when
 * nothing is iterated; a range iterates like an array ({@link LaxMarkup} passes it as attributes, since Liqp's
 * grammar allows no {@code else} after a range). Liqp's own tag differs on each of these.
 *
 * <p>Nodes as Liqp's parser gives them: [0] true for a collection, [1] the variable, [2] the collection, [3] the body,
 * [4] the else body or null, [5] the collection's text, [6] reversed, [7…] attributes; for a range [2] and [3] are
 * its bounds, [4] the body.
 */
final class RubyFor extends Block {
    private static final String OFFSETS = "faq_for_offsets";
    private static final String STACK = "faq_for_stack";

    RubyFor() {
        super("for");
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        RenderState state = RenderState.current();
        if (state == null || !state.certainOnly) {
            return loop(context, nodes);
        }
        return state.doubting(inDoubt(context, nodes), () -> loop(context, nodes));
    }

    /** Whether the loop's items, range or attributes are unknown here (how often it runs, if at all). */
    private boolean inDoubt(TemplateContext context, LNode... nodes) {
        try {
            boolean collection = asBoolean(nodes[0].render(context));
            if (Doubt.unknown(nodes[2].render(context)) || !collection && Doubt.unknown(nodes[3].render(context))) {
                return true;
            }
            return LoopItems.attributes(context, 7, nodes).values().stream().anyMatch(Doubt::unknown);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private Object loop(TemplateContext context, LNode... nodes) {
        boolean collection = asBoolean(nodes[0].render(context));
        String variable = asString(nodes[1].render(context), context);
        String text = asString(nodes[5].render(context), context);
        boolean reversed = asBoolean(nodes[6].render(context));
        Map<String, Object> attributes = LoopItems.attributes(context, 7, nodes);
        LNode body = collection ? nodes[3] : nodes[4];
        LNode otherwise = collection ? nodes[4] : null;
        List<Object> items = LoopItems.rangeOf(attributes);
        if (items == null) {
            items = collection
                    ? LoopItems.of(nodes[2].render(context), context)
                    : LoopItems.range(
                            LoopItems.bound(nodes[2].render(context)), LoopItems.bound(nodes[3].render(context)));
        }
        String name = variable + "-" + rangeText(text);
        Map<String, Long> offsets = context.getRegistry(OFFSETS);
        Object offset = attributes.get("offset");
        long from = offset == LValue.CONTINUE
                ? offsets.getOrDefault(name, 0L)
                : offset == null ? 0 : LoopItems.toInteger(offset);
        Object limit = attributes.get("limit");
        Long to = limit == null ? null : LoopItems.toInteger(limit) + from;
        List<Object> segment = LoopItems.slice(items, from, to);
        if (reversed) {
            Collections.reverse(segment);
        }
        offsets.put(name, from + segment.size());
        if (segment.isEmpty()) {
            return otherwise == null ? null : Interrupts.body(otherwise, context);
        }
        return loop(context, variable, name, segment, body);
    }

    /** The text Ruby names a range by: {@code (1..3)}, as the rewrite keeps it in the lookup's quotes. */
    private static String rangeText(String lookup) {
        if (!lookup.startsWith(LoopItems.RANGE + "[") || lookup.length() < LoopItems.RANGE.length() + 4) {
            return lookup;
        }
        return lookup.substring(LoopItems.RANGE.length() + 2, lookup.length() - 2);
    }

    private Object loop(TemplateContext context, String variable, String name, List<Object> segment, LNode body) {
        Map<String, Deque<Loop>> stacks = context.getRegistry(STACK);
        Deque<Loop> stack = stacks.computeIfAbsent(STACK, k -> new ArrayDeque<>());
        TemplateContext nested = context.newChildContext();
        Loop loop = new Loop(name, segment.size(), stack.peek());
        stack.push(loop);
        nested.put("forloop", loop);
        ObjectAppender.Controller out = nested.newObjectAppender(segment.size());
        try {
            for (Object item : segment) {
                nested.incrementIterations();
                nested.put(variable, item);
                Object value = Interrupts.body(body, nested);
                loop.index++;
                Interrupts.Interrupted stop = Interrupts.interrupt(value);
                if (stop != null) {
                    out.append(stop.output());
                    if (stop.isBreak()) {
                        break;
                    }
                } else if (value != null) {
                    Interrupts.append(out, value, nested);
                }
            }
        } finally {
            stack.pop();
        }
        for (Exception e : nested.errors()) {
            context.addError(e);
        }
        return out.getResult();
    }

    /** Ruby's ForloopDrop. */
    static final class Loop extends LoopDrop {
        private final String name;
        private final int length;
        private final Loop parent;
        int index;

        Loop(String name, int length, Loop parent) {
            super("Liquid::ForloopDrop");
            this.name = name;
            this.length = length;
            this.parent = parent;
        }

        @Override
        public Map<String, Object> toLiquid() {
            Map<String, Object> m = new HashMap<>();
            m.put("name", name);
            m.put("length", length);
            m.put("index", index + 1);
            m.put("index0", index);
            m.put("rindex", length - index);
            m.put("rindex0", length - index - 1);
            m.put("first", index == 0);
            m.put("last", index == length - 1);
            m.put("parentloop", parent);
            return m;
        }
    }
}
