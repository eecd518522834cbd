package io.github.faqkit.rules;

import io.github.faqkit.rules.config.BuildFilesPublished;
import io.github.faqkit.rules.frontmatter.EncodingInvalid;
import io.github.faqkit.rules.frontmatter.FrontMatterDuplicateKey;
import io.github.faqkit.rules.frontmatter.FrontMatterInvalid;
import io.github.faqkit.rules.frontmatter.FrontMatterMissing;
import io.github.faqkit.rules.frontmatter.FrontMatterUnterminated;
import io.github.faqkit.rules.frontmatter.KeyType;
import io.github.faqkit.rules.frontmatter.NavOrderQuotedNumber;
import io.github.faqkit.rules.frontmatter.SchemaViolation;
import io.github.faqkit.rules.frontmatter.TitleMissing;
import io.github.faqkit.rules.frontmatter.UnknownKey;
import io.github.faqkit.rules.images.FragmentNotFound;
import io.github.faqkit.rules.images.ImageAltIsFilename;
import io.github.faqkit.rules.images.ImageAltMissing;
import io.github.faqkit.rules.images.ImageCaseMismatch;
import io.github.faqkit.rules.images.ImageLiquidUnresolved;
import io.github.faqkit.rules.images.ImageNotFound;
import io.github.faqkit.rules.images.ImageOrphan;
import io.github.faqkit.rules.images.ImageOutsideSite;
import io.github.faqkit.rules.images.ImagePathPortability;
import io.github.faqkit.rules.images.ImagePreviewBroken;
import io.github.faqkit.rules.images.LinkTargetNotFound;
import io.github.faqkit.rules.kramdown.HeadingIdDuplicate;
import io.github.faqkit.rules.kramdown.HeadingIdEmpty;
import io.github.faqkit.rules.kramdown.HeadingNoSpace;
import io.github.faqkit.rules.kramdown.IalDetached;
import io.github.faqkit.rules.kramdown.IalDropped;
import io.github.faqkit.rules.kramdown.NestingTooDeep;
import io.github.faqkit.rules.kramdown.TocConvention;
import io.github.faqkit.rules.kramdown.TocEmpty;
import io.github.faqkit.rules.kramdown.TocMarkerBroken;
import io.github.faqkit.rules.kramdown.TocMarkerRepeated;
import io.github.faqkit.rules.liquid.IncludeNotFound;
import io.github.faqkit.rules.liquid.LiquidInCode;
import io.github.faqkit.rules.liquid.LiquidSyntaxError;
import io.github.faqkit.rules.nav.AncestryMismatch;
import io.github.faqkit.rules.nav.ChildrenHidden;
import io.github.faqkit.rules.nav.LegacyNav;
import io.github.faqkit.rules.nav.NavOrderTie;
import io.github.faqkit.rules.nav.ParentAmbiguous;
import io.github.faqkit.rules.nav.ParentIsSelf;
import io.github.faqkit.rules.nav.ParentNotFound;
import io.github.faqkit.rules.nav.TitleConflict;
import io.github.faqkit.rules.nav.UrlCollision;
import java.util.Map;

/**
 * What each rule's checks read, as far as a rerun needs to know it. A rerun takes a check's findings over only
 * when it is listed here (see {@link ChecksReuse}); a rule that is not (a new one, LNK002 with its network,
 * LIQ003 with Liquid positions anywhere in the site) runs again every time, which is always right.
 *
 * <p>Besides the settings of the run (configuration, platform, theme version, request: a change to any of
 * them checks everything), the listed checks read:
 *
 * <ul>
 *   <li>{@link Reads#PAGE}: the page checked, nothing of other pages;
 *   <li>{@link Reads#SURFACES}: also what other pages show of themselves, all of which is in their
 *       {@link PageSurface} (URL, publishing, front matter with its positions, headings and ids, references
 *       without positions, what Liquid left unknown), the navigation built from those and the site's files.
 * </ul>
 *
 * Keyed by class, not id: a rule's code, not its name, decides what it reads.
 */
public final class RuleInputs {
    /** What a check reads besides the run's settings. */
    public enum Reads {
        PAGE,
        SURFACES
    }

    private static final Map<Class<? extends Rule>, Reads> PAGE_CHECKS = Map.ofEntries(
            Map.entry(EncodingInvalid.class, Reads.PAGE),
            Map.entry(FrontMatterDuplicateKey.class, Reads.PAGE),
            Map.entry(FrontMatterInvalid.class, Reads.PAGE),
            Map.entry(FrontMatterMissing.class, Reads.PAGE),
            Map.entry(FrontMatterUnterminated.class, Reads.PAGE),
            Map.entry(KeyType.class, Reads.SURFACES),
            Map.entry(NavOrderQuotedNumber.class, Reads.PAGE),
            Map.entry(SchemaViolation.class, Reads.PAGE),
            Map.entry(TitleMissing.class, Reads.SURFACES),
            Map.entry(UnknownKey.class, Reads.SURFACES),
            Map.entry(FragmentNotFound.class, Reads.SURFACES),
            Map.entry(ImageAltIsFilename.class, Reads.PAGE),
            Map.entry(ImageAltMissing.class, Reads.PAGE),
            Map.entry(ImageCaseMismatch.class, Reads.SURFACES),
            Map.entry(ImageLiquidUnresolved.class, Reads.PAGE),
            Map.entry(ImageNotFound.class, Reads.SURFACES),
            Map.entry(ImageOutsideSite.class, Reads.PAGE),
            Map.entry(ImagePathPortability.class, Reads.PAGE),
            Map.entry(ImagePreviewBroken.class, Reads.PAGE),
            Map.entry(LinkTargetNotFound.class, Reads.SURFACES),
            Map.entry(HeadingIdDuplicate.class, Reads.PAGE),
            Map.entry(HeadingIdEmpty.class, Reads.PAGE),
            Map.entry(HeadingNoSpace.class, Reads.PAGE),
            Map.entry(IalDetached.class, Reads.PAGE),
            Map.entry(IalDropped.class, Reads.PAGE),
            Map.entry(NestingTooDeep.class, Reads.PAGE),
            Map.entry(TocConvention.class, Reads.PAGE),
            Map.entry(TocEmpty.class, Reads.PAGE),
            Map.entry(TocMarkerBroken.class, Reads.PAGE),
            Map.entry(TocMarkerRepeated.class, Reads.PAGE),
            Map.entry(IncludeNotFound.class, Reads.PAGE),
            Map.entry(LiquidInCode.class, Reads.PAGE),
            Map.entry(LiquidSyntaxError.class, Reads.PAGE),
            Map.entry(AncestryMismatch.class, Reads.SURFACES),
            Map.entry(ChildrenHidden.class, Reads.SURFACES),
            Map.entry(LegacyNav.class, Reads.SURFACES),
            Map.entry(ParentAmbiguous.class, Reads.SURFACES),
            Map.entry(ParentIsSelf.class, Reads.SURFACES),
            Map.entry(ParentNotFound.class, Reads.SURFACES));

    private static final Map<Class<? extends Rule>, Reads> SITE_CHECKS = Map.of(
            BuildFilesPublished.class, Reads.PAGE, // the configuration and which build files exist: settings
            FrontMatterInvalid.class, Reads.PAGE, // the configuration's own problem: a setting
            ImageOrphan.class, Reads.SURFACES,
            NavOrderTie.class, Reads.SURFACES,
            TitleConflict.class, Reads.SURFACES,
            UrlCollision.class, Reads.SURFACES);

    private RuleInputs() {}

    /** What the page check of {@code rule} reads, or null when that is not known. */
    public static Reads pageCheck(Rule rule) {
        return PAGE_CHECKS.get(rule.getClass());
    }

    /** What the site check of {@code rule} reads, or null when that is not known. */
    public static Reads siteCheck(Rule rule) {
        return SITE_CHECKS.get(rule.getClass());
    }

    static boolean pageCheckKnown(Rule rule) {
        return pageCheck(rule) != null;
    }

    static boolean siteCheckKnown(Rule rule) {
        return siteCheck(rule) != null;
    }
}
