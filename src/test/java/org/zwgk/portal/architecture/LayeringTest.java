package org.zwgk.portal.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of docs/architecture.md, checked on the compiled classes: no cycle between feature
 * packages, and no package reaching a layer above its own.
 */
class LayeringTest {

    static final String ROOT = "org.zwgk.portal";

    /** Package (first segment under the root) to layer; docs/architecture.md draws the same table. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("common", 1), Map.entry("web", 1),
            Map.entry("audit", 2), Map.entry("access", 2), Map.entry("privacy", 2),
            Map.entry("organizations", 3), Map.entry("catalog", 3), Map.entry("channels", 3),
            Map.entry("calendar", 3),
            Map.entry("attachments", 4), Map.entry("documents", 4), Map.entry("pagecache", 4),
            Map.entry("requests", 4),
            Map.entry("workflow", 5), Map.entry("search", 5),
            Map.entry("messages", 5), Map.entry("contributions", 5), Map.entry("answers", 5), Map.entry("consultations", 5), Map.entry("surveys", 5), Map.entry("interviews", 5),
            Map.entry("browse", 6), Map.entry("home", 6), Map.entry("supervision", 6),
            Map.entry("content", 6), Map.entry("disclosure", 6), Map.entry("about", 6),
            Map.entry("plans", 6), Map.entry("records", 6), Map.entry("annualreport", 6),
            Map.entry("startup", 7));

    static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void everyPackageHasALayer() {
        assertThat(portal.stream().map(LayeringTest::packageOf).flatMap(Optional::stream).distinct())
                .allSatisfy(p -> assertThat(LAYERS).as("docs/architecture.md names a layer for package " + p).containsKey(p));
    }

    @Test
    void nothingReachesALayerAbove() {
        layered().check(portal);
    }

    static ArchRule layered() {
        return classes().that().resideInAPackage(ROOT + "..").should(new ArchCondition<>("depend only on its own layer or the layers below") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = packageOf(origin);
                if (from.isEmpty()) {
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> to = packageOf(d.getTargetClass());
                    if (to.isPresent() && !to.equals(from)
                            && LAYERS.getOrDefault(to.get(), 99) > LAYERS.getOrDefault(from.get(), 0)) {
                        events.add(SimpleConditionEvent.violated(d, from.get() + " (layer " + LAYERS.get(from.get())
                                + ") -> " + to.get() + " (layer " + LAYERS.get(to.get()) + "): " + d.getDescription()));
                    }
                }
            }
        });
    }

    static Optional<String> packageOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
