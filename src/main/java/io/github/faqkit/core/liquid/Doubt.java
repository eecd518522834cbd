package io.github.faqkit.core.liquid;

import java.lang.reflect.Field;
import java.util.Collection;
import liqp.TemplateContext;
import liqp.nodes.AndNode;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.ComparingExpressionNode;
import liqp.nodes.ContainsNode;
import liqp.nodes.LNode;
import liqp.nodes.LookupNode;
import liqp.nodes.OrNode;

/**
 * Whether a branch or a loop of a render in {@link RenderState#certainOnly} mode was chosen by a value that cannot be
 * known here (a plugin's output, {@code site.github}, a key a plugin may set): there, what the render reached is
 * not what the build certainly reaches, and nothing found in it is reported. Liqp keeps the operands of a condition
 * in private fields; they are read by reflection, and a node of another kind counts as unknown.
 */
final class Doubt {
    private Doubt() {}

    /** True when one of the conditions among {@code nodes} (the bodies skipped) reads an unknown value. */
    static boolean inConditions(TemplateContext context, LNode... nodes) {
        for (LNode node : nodes) {
            if (!(node instanceof BlockNode) && node != null && inExpression(context, node, 0)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code value} is, or directly holds, the mark of what cannot be known here. */
    static boolean unknown(Object value) {
        if (value instanceof CharSequence s) {
            return s.toString().indexOf(LiquidText.OPAQUE) >= 0;
        }
        if (value instanceof SiteDrop.Unknown) {
            return true;
        }
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof CharSequence || o instanceof SiteDrop.Unknown) {
                    if (unknown(o)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean inExpression(TemplateContext context, LNode node, int depth) {
        if (depth > 32) {
            return true;
        }
        if (node instanceof AtomNode) {
            return false;
        }
        try {
            if (node instanceof LookupNode) {
                return unknown(node.render(context));
            }
            if (node instanceof ComparingExpressionNode
                    || node instanceof AndNode
                    || node instanceof OrNode
                    || node instanceof ContainsNode) {
                return inExpression(context, operand(node, "lhs"), depth + 1)
                        || inExpression(context, operand(node, "rhs"), depth + 1);
            }
        } catch (RuntimeException | ReflectiveOperationException e) {
            return true; // a lookup that raises (an unknown operator's marker) or a Liqp that moved its fields
        }
        return true;
    }

    private static LNode operand(LNode node, String name) throws ReflectiveOperationException {
        for (Class<?> c = node.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (LNode) f.get(node);
            } catch (NoSuchFieldException next) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
