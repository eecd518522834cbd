package io.github.faqkit.core.liquid;

import liqp.parser.LiquidSupport;

/**
 * A loop object of Ruby Liquid ({@code forloop}, {@code tablerowloop}): a drop, not a hash. Its properties are read
 * by name ({@link #toLiquid()}), but the object itself prints as Ruby's {@code Drop#to_s} prints it, its class name
 * ({@code {{ forloop }}} and {@code {{ forloop.parentloop }}} write {@code Liquid::ForloopDrop}); {@code size} gives
 * 0 and {@code jsonify} the name as a string (liquid-golden for-include-interrupts).
 */
abstract class LoopDrop implements LiquidSupport {
    private final String rubyName;

    LoopDrop(String rubyName) {
        this.rubyName = rubyName;
    }

    @Override
    public final String toString() {
        return rubyName;
    }
}
