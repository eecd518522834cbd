package io.github.faqkit.core.liquid;

import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.filters.Filter;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Stand-ins for the tags, blocks and filters of Ruby plugins and themes, which cannot run here: they write
 * {@link LiquidText#OPAQUE} ("unknown") and note their use; and the filter nothing in the build defines.
 */
final class OpaqueInsertions {
    private OpaqueInsertions() {}

    private static void opaqueUse(LiquidProblem.Kind kind, String name) {
        RenderState state = RenderState.current();
        if (state != null) {
            state.opaque = true;
            state.problem(kind, name, null);
        }
    }

    static final class OpaqueTag extends Tag {
        OpaqueTag(String name) {
            super(name);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            opaqueUse(LiquidProblem.Kind.UNKNOWN_TAG, name);
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    static final class OpaqueBlock extends Block {
        OpaqueBlock(String name) {
            super(name);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            opaqueUse(LiquidProblem.Kind.UNKNOWN_TAG, name);
            renderBodyForItsPieces(context, nodes);
            return String.valueOf(LiquidText.OPAQUE);
        }

        /**
         * Most plugin blocks wrap their body ({@code "<details>" + super + "</details>"} in Ruby), so the files an
         * {@code include_relative} in it pulls in are pieces of the page. The body is rendered for that alone: its
         * output and its problems stay unknown, since the plugin may also treat the body as something else.
         */
        private static void renderBodyForItsPieces(TemplateContext context, LNode... nodes) {
            RenderState state = RenderState.current();
            if (state == null || nodes.length == 0) {
                return;
            }
            int problems = state.problems.size();
            try {
                nodes[nodes.length - 1].render(context);
            } catch (RenderState.LimitExceeded e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // what the body does when rendered is unknown anyway
            } finally {
                state.problems.subList(problems, state.problems.size()).clear();
            }
        }
    }

    static final class OpaqueFilter extends Filter {
        OpaqueFilter(String name) {
            super(name);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            opaqueUse(LiquidProblem.Kind.UNKNOWN_FILTER, name);
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    /**
     * A filter nothing in the build defines: Liquid 4 with {@code strict_filters} off returns the filter's input,
     * whatever its arguments ({@code Strainer#invoke}: {@code args.first}).
     */
    static final class PassThroughFilter extends Filter {
        PassThroughFilter(String name) {
            super(name);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return value;
        }
    }

    /**
     * A filter nothing in the build defines, under {@code liquid: strict_filters: true}: Liquid 4 raises
     * {@code UndefinedFilter} when the filter runs ({@code Strainer#invoke}), and Jekyll stops the build ("Liquid
     * error: undefined filter …", liquid-golden stop-strict-filters-unknown, Jekyll 3.10 and 4.3.1). Only where it
     * runs: in a branch never taken it stops nothing (strict-filters-untaken). Reported on a page's certain path;
     * in a branch or loop an unknown value chose, or in a layout's render, what it does stays unknown.
     */
    static final class StrictStopFilter extends Filter {
        StrictStopFilter(String name) {
            super(name);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            RenderState state = RenderState.current();
            if (state != null) {
                state.opaque = true;
                if (!state.certainOnly && state.uncertain == 0) {
                    state.problem(
                            LiquidProblem.Kind.SYNTAX,
                            LiquidProblem.STRICT_FILTER,
                            "'" + name + "' is no filter of Liquid, Jekyll or a plugin of this build, and 'liquid:"
                                    + " strict_filters: true' in _config.yml makes Liquid stop on it: the build stops"
                                    + " (\"Liquid error: undefined filter " + name + "\")");
                }
            }
            return String.valueOf(LiquidText.OPAQUE);
        }
    }
}
