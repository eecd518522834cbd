/**
 * Front matter and source file rules: whether Jekyll finds the front matter of a page, reads it as
 * YAML, and gets the keys and types just-the-docs and Jekyll expect.
 *
 * <ul>
 *   <li>FM001 front-matter-missing: no front matter, so Jekyll copies the file raw.</li>
 *   <li>FM002 front-matter-unterminated: the opening {@code ---} is never closed.</li>
 *   <li>FM003 front-matter-invalid: not valid YAML, or not a mapping.</li>
 *   <li>FM004 front-matter-duplicate-key: a key given twice; the first value is lost.</li>
 *   <li>FM005 title-missing: no title (or another required key).</li>
 *   <li>FM006 key-type: a theme or Jekyll key with a value of the wrong type.</li>
 *   <li>FM007 unknown-key: a key nothing reads, usually a typo.</li>
 *   <li>FM008 schema-violation: the project's JSON Schema rejects the front matter.</li>
 *   <li>FM009 nav-order-quoted-number: a quoted nav_order sorts as text.</li>
 *   <li>SRC001 encoding-invalid: the file is not UTF-8, so Jekyll stops.</li>
 * </ul>
 *
 * {@link io.github.faqkit.rules.frontmatter.FrontMatterRules} registers them.
 */
package io.github.faqkit.rules.frontmatter;
