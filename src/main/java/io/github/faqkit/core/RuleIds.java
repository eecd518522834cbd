package io.github.faqkit.core;

/**
 * The public rule ids, one constant each. Users write these ids in the POM ({@code <rules>}),
 * {@code -Dfaq.rules}, suppression comments and baselines, and reports print them, so an id never
 * changes once released. Code refers to a rule by these constants, never by a string literal.
 * Grouped by family; each family's package ({@code rules.frontmatter}, {@code rules.nav},
 * {@code rules.kramdown}, {@code rules.images}, {@code rules.suppress}) lists what they check.
 */
public final class RuleIds {
    // front matter and source file (rules.frontmatter)
    public static final String FM001 = "FM001";
    public static final String FM002 = "FM002";
    public static final String FM003 = "FM003";
    public static final String FM004 = "FM004";
    public static final String FM005 = "FM005";
    public static final String FM006 = "FM006";
    public static final String FM007 = "FM007";
    public static final String FM008 = "FM008";
    public static final String FM009 = "FM009";
    public static final String SRC001 = "SRC001";

    // navigation (rules.nav)
    public static final String NAV001 = "NAV001";
    public static final String NAV002 = "NAV002";
    public static final String NAV003 = "NAV003";
    public static final String NAV004 = "NAV004";
    public static final String NAV005 = "NAV005";
    public static final String NAV006 = "NAV006";
    public static final String NAV007 = "NAV007";
    public static final String NAV008 = "NAV008";

    // kramdown structure: attribute lines, TOC markers, heading ids (rules.kramdown)
    public static final String IAL001 = "IAL001";
    public static final String IAL002 = "IAL002";
    public static final String TOC001 = "TOC001";
    public static final String TOC002 = "TOC002";
    public static final String TOC003 = "TOC003";
    public static final String TOC004 = "TOC004";
    public static final String HDR001 = "HDR001";
    public static final String HDR002 = "HDR002";
    public static final String HDR004 = "HDR004";

    // images, links and fragments (rules.images)
    public static final String IMG001 = "IMG001";
    public static final String IMG002 = "IMG002";
    public static final String IMG003 = "IMG003";
    public static final String IMG004 = "IMG004";
    public static final String IMG005 = "IMG005";
    public static final String IMG006 = "IMG006";
    public static final String IMG007 = "IMG007";
    public static final String IMG008 = "IMG008";
    public static final String IMG009 = "IMG009";
    public static final String LNK001 = "LNK001";
    public static final String LNK002 = "LNK002";
    public static final String HDR003 = "HDR003";

    // suppression comments (rules.suppress)
    public static final String SUP001 = "SUP001";

    private RuleIds() {
    }
}
