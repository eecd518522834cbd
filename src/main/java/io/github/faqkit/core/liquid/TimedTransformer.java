package io.github.faqkit.core.liquid;

import liqp.RenderTransformer;
import liqp.TemplateContext;
import liqp.TemplateParser;

/** Liqp asks for an appender for every block it renders: the one place to stop a render on time. */
final class TimedTransformer implements RenderTransformer {
    private final RenderTransformer inner = TemplateParser.DEFAULT.getRenderTransformer();

    @Override
    public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimatedNumberOfAppends) {
        RenderState state = RenderState.current();
        if (state != null) {
            state.checkTime();
        }
        return inner.newObjectAppender(context, estimatedNumberOfAppends);
    }

    @Override
    public Object transformObject(TemplateContext context, Object obj) {
        return inner.transformObject(context, obj);
    }
}
