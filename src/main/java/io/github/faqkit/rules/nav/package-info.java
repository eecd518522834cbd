/**
 * Navigation rules: what just-the-docs does with titles, parents, orders and URLs when it builds the
 * navigation, and where a page silently vanishes from it.
 *
 * <ul>
 *   <li>NAV001 parent-not-found: parent equals no page title.</li>
 *   <li>NAV002 parent-ambiguous: several pages carry the parent title.</li>
 *   <li>NAV003 ancestry-mismatch: grand_parent/ancestor contradict the chain of parents.</li>
 *   <li>NAV004 url-collision: two pages produce the same URL (or one differing only in case).</li>
 *   <li>NAV005 nav-order-tie: siblings share a nav_order.</li>
 *   <li>NAV006 title-conflict: sibling or top-level titles repeat, or a title equals an ancestor's.</li>
 *   <li>NAV007 legacy-nav: theme versions before 0.10 need has_children and grand_parent.</li>
 *   <li>NAV008 children-hidden: has_children: false hides existing children.</li>
 *   <li>NAV009 parent-is-self: a page names itself as its parent, so its whole section vanishes.</li>
 * </ul>
 *
 * {@link io.github.faqkit.rules.nav.NavRules} registers them.
 */
package io.github.faqkit.rules.nav;
