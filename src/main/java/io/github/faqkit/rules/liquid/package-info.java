/**
 * Liquid rules: what Jekyll's Liquid rendering, which runs before kramdown, does to a page.
 *
 * <ul>
 *   <li>LIQ001 liquid-syntax-error: Liquid that does not parse stops the build.</li>
 *   <li>LIQ002 include-not-found: an include (or link, post_url) to no file stops the build.</li>
 *   <li>LIQ003 liquid-not-evaluated: a tag or filter from a Ruby plugin, whose output is unknown here.</li>
 *   <li>LIQ004 liquid-in-code: Liquid inside code is rendered, so readers do not see it as written.</li>
 * </ul>
 *
 * {@link io.github.faqkit.rules.liquid.LiquidRules} registers them.
 */
package io.github.faqkit.rules.liquid;
