package io.github.faqkit.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Set;

/**
 * The layers, checked on the compiled main classes (every reference, not only import lines): the core,
 * rules, reports, packaging and fixer stay free of Maven, and only the mojos adapt to it.
 */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noMavenOutsideTheMavenPackage = noClasses()
            .that()
            .resideOutsideOfPackage("io.github.faqkit.maven..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.maven..")
            .because("the core, rules, reports, packaging and fixer run without Maven; the mojos adapt them");

    @ArchTest
    static final ArchRule coreIsTheBottomLayer = noClasses()
            .that()
            .resideInAPackage("io.github.faqkit.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.faqkit.rules..",
                    "io.github.faqkit.report..",
                    "io.github.faqkit.pack..",
                    "io.github.faqkit.fix..",
                    "io.github.faqkit.rerun..",
                    "io.github.faqkit.maven..")
            .because("the site model is read by every other piece and depends on none of them");

    @ArchTest
    static final ArchRule packagingDoesNotRunRules = noClasses()
            .that()
            .resideInAPackage("io.github.faqkit.pack..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.faqkit.rules..")
            .because("packaging needs a loaded site, not a validator with zero rules");

    @ArchTest
    static final ArchRule onlyTheMojosUseTheReruns = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.github.faqkit.core..",
                    "io.github.faqkit.rules..",
                    "io.github.faqkit.report..",
                    "io.github.faqkit.pack..",
                    "io.github.faqkit.fix..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.faqkit.rerun..")
            .because("whether a run is taken over is decided once, around the checks, not inside them");

    @ArchTest
    static final ArchRule theWorkflowsAreReadOncePerRun = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("io.github.faqkit.core.platform.BuildConfigFiles")
            .and()
            .doNotHaveFullyQualifiedName("io.github.faqkit.core.platform.Workflows")
            .should()
            .callMethod("io.github.faqkit.core.platform.Workflows", "ofSite", "java.nio.file.Path")
            .orShould()
            .callMethod("io.github.faqkit.core.platform.Workflows", "in", "java.nio.file.Path", "java.nio.file.Path")
            .orShould()
            .callMethod("io.github.faqkit.core.platform.Workflows", "files", "java.nio.file.Path")
            .because("the configuration load reads the workflows (BuildConfigFiles) and hands them to the platform"
                    + " set-up, the rerun stamps and the resolver (what a step writes into the site): one reading per"
                    + " run, one answer");

    @ArchTest
    static final ArchRule theSitePluginsAreReadOncePerRun = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("io.github.faqkit.core.SiteLoader")
            .and()
            .doNotHaveFullyQualifiedName("io.github.faqkit.core.platform.SitePluginKeys")
            .and()
            .doNotHaveFullyQualifiedName("io.github.faqkit.core.platform.SitePluginSources")
            .should()
            .callMethod("io.github.faqkit.core.platform.SitePluginSources", "read", "java.nio.file.Path")
            .because("the site load reads _plugins once and hands it to the Liquid set-up and, through the site, to"
                    + " the rules (SitePluginKeys reads it itself only for a site no load made)");

    @ArchTest
    static final ArchRule nothingWritesToTheStandardStreams =
            com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
                    "what a run says goes through Maven's log or the reports; a line printed to the console is a"
                            + " leftover of debugging");

    @ArchTest
    static final ArchRule noCycleAmongCoreSubpackages =
            slices().matching("io.github.faqkit.core.(*)..").should().beFreeOfCycles();

    /** The compiled main classes only: scanning the whole class path for the package takes seconds. */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(Path.of("target/classes")));
        }
    }
}
