/**
 * Image and link rules: every image, link and fragment checked where the built site will request it
 * (page URL with permalink and baseurl, as a browser resolves it), not where the source file sits.
 *
 * <ul>
 *   <li>IMG001 image-not-found: the image does not exist at the URL the site requests.</li>
 *   <li>IMG002 image-case-mismatch: the image exists only with different letter case.</li>
 *   <li>IMG003 image-outside-site: the path climbs above the site root or baseurl.</li>
 *   <li>IMG004 image-preview-broken: right on the site, broken from the source file.</li>
 *   <li>IMG005 image-alt-missing: no alt text.</li>
 *   <li>IMG006 image-orphan: an image file nothing references.</li>
 *   <li>IMG007 image-liquid-unresolved: Liquid in the path that cannot be evaluated.</li>
 *   <li>IMG008 image-path-portability: spaces or non-ASCII characters in the path.</li>
 *   <li>IMG009 image-alt-is-filename: alt text equal to the file name.</li>
 *   <li>LNK001 link-target-not-found: a link to a page or file the site does not have.</li>
 *   <li>LNK002 link-external: an external URL that answers with an error (off by default).</li>
 *   <li>HDR003 fragment-not-found: a {@code #fragment} that matches no id of the target page.</li>
 * </ul>
 *
 * {@link io.github.faqkit.rules.images.ImageRules} registers them.
 */
package io.github.faqkit.rules.images;
