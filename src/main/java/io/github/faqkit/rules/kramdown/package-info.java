/**
 * kramdown structure rules: what kramdown (Jekyll's GFM input) does with attribute lines, TOC markers
 * and heading ids, read from the page's kramdown model.
 *
 * <ul>
 *   <li>IAL001 ial-detached: an attribute line after a blank line lands on the next block.</li>
 *   <li>IAL002 ial-dropped: an attribute line kramdown drops.</li>
 *   <li>TOC001 toc-marker-broken: looks like a TOC marker but does not become a TOC.</li>
 *   <li>TOC002 toc-marker-repeated: only the first marker becomes a TOC.</li>
 *   <li>TOC003 toc-empty: no heading is eligible for the TOC.</li>
 *   <li>TOC004 toc-convention: the just-the-docs TOC convention is broken.</li>
 *   <li>HDR001 heading-id-empty: a heading whose generated id is empty.</li>
 *   <li>HDR002 heading-id-duplicate: two headings get the same id.</li>
 *   <li>HDR004 heading-no-space: {@code ##Text} is a paragraph under GFM.</li>
 *   <li>SRC002 nesting-too-deep: kramdown runs out of Ruby's stack, so the build fails.</li>
 * </ul>
 *
 * HDR003 (fragment links) reads the same heading ids but belongs with the link rules in
 * {@code rules.images}. {@link io.github.faqkit.rules.kramdown.KramdownRules} registers them.
 */
package io.github.faqkit.rules.kramdown;
