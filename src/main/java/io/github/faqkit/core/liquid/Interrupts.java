package io.github.faqkit.core.liquid;

import java.util.List;
import liqp.LValue;
import liqp.RenderTransformer.ObjectAppender;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.nodes.OutputNode;

/**
 * {@code break} and {@code continue} as Ruby Liquid runs them: the block they are in stops where they stand and keeps
 * what it wrote so far ({@code {% if i == 2 %}b{% break %}{% endif %}} writes the {@code b}), up to the innermost
 * {@code for}, which stops or goes on with its next item (liquid-golden for-ruby f34, f35, f38). Liqp's blocks return
 * a bare BREAK or CONTINUE and drop the text before it; here the blocks that hold bodies ({@code if}, {@code unless},
 * {@code case}, {@code capture}) render them through {@link #body}, which hands an {@link Interrupted} up.
 */
final class Interrupts {
    private Interrupts() {}

    /** Liqp's conversions (they are instance methods). */
    private static final LValue VALUES = new LValue() {};

    /** A body stopped by {@code break} or {@code continue} ({@code kind}), with what it wrote before. */
    record Interrupted(String output, Object kind) {
        boolean isBreak() {
            return kind == LValue.BREAK;
        }

        @Override
        public String toString() {
            // where no loop is around to catch it, the text written before stands
            return output;
        }
    }

    /** The interrupt {@code value} stands for, or null when it is output. */
    static Interrupted interrupt(Object value) {
        if (value instanceof Interrupted i) {
            return i;
        }
        if (value == LValue.BREAK || value == LValue.CONTINUE) {
            return new Interrupted("", value);
        }
        return null;
    }

    /**
     * Renders {@code body}'s nodes as Liqp's BlockNode does, but stops at an interrupt with the text so far: then an
     * {@link Interrupted}, else what BlockNode would give.
     */
    static Object body(LNode body, TemplateContext context) {
        if (!(body instanceof BlockNode block)) {
            return body == null ? null : body.render(context);
        }
        List<LNode> children = block.getChildren();
        ObjectAppender.Controller out = context.newObjectAppender(children.size());
        for (LNode node : children) {
            if (node == null) {
                continue;
            }
            Object value = node.render(context);
            if (value == null) {
                continue;
            }
            Interrupted stop = interrupt(value);
            if (stop != null) {
                out.append(stop.output());
                return new Interrupted(String.valueOf(out.getResult()), stop.kind());
            }
            append(out, value, context);
        }
        return out.getResult();
    }

    /** A value into {@code out} as BlockNode appends it: lists item by item, dates as Ruby writes them. */
    static void append(ObjectAppender.Controller out, Object value, TemplateContext context) {
        if (value instanceof List<?> list) {
            list.forEach(o -> out.append(dated(o, context)));
        } else if (value.getClass().isArray()) {
            for (Object o : (Object[]) value) {
                out.append(dated(o, context));
            }
        } else {
            out.append(dated(value, context));
        }
    }

    private static Object dated(Object value, TemplateContext context) {
        return LValue.isTemporal(value) ? LValue.rubyDateTimeFormat.format(LValue.asRubyDate(value, context)) : value;
    }

    /**
     * A body after an interrupt that no loop caught yet (a {@code break} in a {@code tablerow}, which does not catch
     * it): Liquid 4.0.4's block goes on writing its text and its outputs ({@code {{ i }}}) and stops after its first
     * tag (for-ruby r17, c.md: the third cell writes {@code x3.html}). Liquid 5 stops after the first output too
     * (for-ruby/golden-liquid5.txt).
     */
    static String afterInterrupt(LNode body, TemplateContext context) {
        if (!(body instanceof BlockNode block)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (LNode node : block.getChildren()) {
            if (node == null) {
                continue;
            }
            Object value = node.render(context);
            boolean text = node instanceof AtomNode && value instanceof String || node instanceof OutputNode;
            if (value != null && interrupt(value) == null) {
                out.append(VALUES.asString(value, context));
            } else if (value instanceof Interrupted i) {
                out.append(i.output());
            }
            if (!text) {
                break;
            }
        }
        return out.toString();
    }

    /** Liqp's own block, its bodies rendered through {@link #body}. */
    static final class Bodies extends Block {
        private final Block inner;

        Bodies(String name, Block inner) {
            super(name);
            this.inner = inner;
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            LNode[] wrapped = nodes.clone();
            for (int i = 0; i < wrapped.length; i++) {
                if (wrapped[i] instanceof BlockNode b) {
                    wrapped[i] = new StoppingBody(b);
                }
            }
            RenderState state = RenderState.current();
            if (state == null || !state.certainOnly) {
                return inner.render(context, wrapped);
            }
            return state.doubting(Doubt.inConditions(context, nodes), () -> inner.render(context, wrapped));
        }
    }

    /** A body that stops at an interrupt; still a BlockNode, which Liqp's case tag looks for. */
    private static final class StoppingBody extends BlockNode {
        private final BlockNode inner;

        StoppingBody(BlockNode inner) {
            this.inner = inner;
        }

        @Override
        public Object render(TemplateContext context) {
            return body(inner, context);
        }
    }

    /** {@code capture}: the text up to an interrupt is assigned, and the interrupt goes on up (for-ruby f38). */
    static final class Capture extends Block {
        Capture() {
            super("capture");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String id = asString(nodes[0].render(context), context);
            Object value = body(nodes[1], context);
            Interrupted stop = value instanceof Interrupted i ? i : null;
            context.put(id, stop != null ? stop.output() : value, true);
            return stop != null ? new Interrupted("", stop.kind()) : null;
        }
    }

    /**
     * The block an include's text is wrapped in when it holds a {@code break} or {@code continue} tag, or an include
     * that may hold one.
     */
    static final String INCLUDE_BODY = "faq_include_body";

    private static final java.util.regex.Pattern STOP_TAG =
            java.util.regex.Pattern.compile("\\{%-?\\s*(?:break|continue|include\\w*)\\b");

    /** An include's text with its body wrapped in {@link IncludeBody}; null when no tag in it can stop a loop. */
    static String wrappedInclude(String text) {
        return STOP_TAG.matcher(text).find()
                ? "{% " + INCLUDE_BODY + " %}" + text + "{% end" + INCLUDE_BODY + " %}"
                : null;
    }

    /**
     * An include's whole body: Ruby Liquid renders an include in the context of the page, so a {@code break} or
     * {@code continue} in it stops or skips the loop around the {@code include} tag (for-include-interrupts g1–g8).
     * Liqp renders an include as a template of its own, whose root would swallow the interrupt: this block keeps
     * the text written before it and leaves the interrupt in the render state, for the include tag to hand up.
     */
    static final class IncludeBody extends Block {
        IncludeBody() {
            super(INCLUDE_BODY);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            Object value = body(nodes[nodes.length - 1], context);
            if (value instanceof Interrupted stop) {
                RenderState state = RenderState.current();
                if (state != null) {
                    state.includeInterrupt = stop.kind();
                }
                return stop.output();
            }
            return value;
        }
    }

    static List<Block> blocks() {
        return List.of(
                new Bodies("if", new liqp.blocks.If()),
                new Bodies("unless", new liqp.blocks.Unless()),
                new Bodies("case", new liqp.blocks.Case()),
                new Capture(),
                new IncludeBody());
    }
}
