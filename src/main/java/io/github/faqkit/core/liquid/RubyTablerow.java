package io.github.faqkit.core.liquid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/**
 * {@code tablerow} as Ruby Liquid 4.0.4 runs it (liquid-golden for-ruby b.md, c.md): over a range too, {@code offset}
 * then {@code limit}, {@code cols} (none: one row), nothing at all for nil, an empty row for an empty list, and the
 * full {@code tablerowloop}. It does not catch {@code break} or {@code continue}: the cells after one write their
 * text and outputs up to their first tag, and the interrupt goes on to the enclosing loop (or ends the page).
 *
 * <p>Nodes: [0] the variable, [1] the collection, [2] the body, [3…] attributes.
 */
final class RubyTablerow extends Block {
    RubyTablerow() {
        super("tablerow");
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        RenderState state = RenderState.current();
        if (state != null && state.certainOnly) {
            // how many cells a table gets is not followed for certainty: its body counts as maybe reached
            return state.doubting(true, () -> table(context, nodes));
        }
        return table(context, nodes);
    }

    private Object table(TemplateContext context, LNode... nodes) {
        String variable = asString(nodes[0].render(context), context);
        Map<String, Object> attributes = LoopItems.attributes(context, 3, nodes);
        List<Object> items = LoopItems.rangeOf(attributes);
        if (items == null) {
            Object value = nodes[1].render(context);
            if (value == null || Boolean.FALSE.equals(value)) {
                return "";
            }
            items = LoopItems.of(value, context);
        }
        long from = attributes.containsKey("offset") ? LoopItems.toI(attributes.get("offset")) : 0;
        Long to = attributes.containsKey("limit") ? from + LoopItems.toI(attributes.get("limit")) : null;
        List<Object> cells = LoopItems.slice(items, from, to);
        Row row = new Row(cells.size(), LoopItems.toI(attributes.get("cols")));
        TemplateContext nested = context.newChildContext();
        nested.put("tablerowloop", row);
        StringBuilder out = new StringBuilder("<tr class=\"row1\">\n");
        Interrupts.Interrupted pending = null;
        for (Object item : cells) {
            nested.incrementIterations();
            nested.put(variable, item);
            out.append("<td class=\"col").append(row.col).append("\">");
            if (pending == null) {
                Object value = Interrupts.body(nodes[2], nested);
                pending = Interrupts.interrupt(value);
                out.append(pending != null ? pending.output() : value == null ? "" : asString(value, nested));
            } else {
                out.append(Interrupts.afterInterrupt(nodes[2], nested));
            }
            out.append("</td>");
            if (row.col == row.cols && row.index != row.length - 1) {
                out.append("</tr>\n<tr class=\"row").append(row.row + 1).append("\">");
            }
            row.increment();
        }
        out.append("</tr>\n");
        return pending == null ? out.toString() : new Interrupts.Interrupted(out.toString(), pending.kind());
    }

    /** Ruby's TablerowloopDrop. */
    private static final class Row extends LoopDrop {
        final long length;
        final long cols;
        long row = 1;
        long col = 1;
        long index;

        Row(long length, long cols) {
            super("Liquid::TablerowloopDrop");
            this.length = length;
            this.cols = cols;
        }

        void increment() {
            index++;
            if (col == cols) {
                col = 1;
                row++;
            } else {
                col++;
            }
        }

        @Override
        public Map<String, Object> toLiquid() {
            Map<String, Object> m = new HashMap<>();
            m.put("length", length);
            m.put("index", index + 1);
            m.put("index0", index);
            m.put("rindex", length - index);
            m.put("rindex0", length - index - 1);
            m.put("first", index == 0);
            m.put("last", index == length - 1);
            m.put("col", col);
            m.put("col0", col - 1);
            m.put("row", row);
            m.put("col_first", col == 1);
            m.put("col_last", col == cols);
            return m;
        }
    }
}
