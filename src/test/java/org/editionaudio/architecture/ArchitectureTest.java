package org.editionaudio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * The architecture as rules over the compiled main classes: arrows run left to right
 * (cli → batch → pipeline → publish → audio → speech → edition, all of them → common; feed → publish,
 * edition), commands stay thin, and only Main ends the process.
 */
class ArchitectureTest {
  /** Most source lines of logic a command may have (lines that call, construct or access something). */
  static final int MAX_COMMAND_LOGIC_LINES = 40;

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("org.editionaudio");
  }

  /** The stages, each allowed to use only the ones to its right. */
  static ArchRule arrowsRunLeftToRight() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("cli").definedBy("org.editionaudio.cli..")
        .layer("batch").definedBy("org.editionaudio.batch..")
        .layer("pipeline").definedBy("org.editionaudio.pipeline..")
        .layer("feed").definedBy("org.editionaudio.feed..")
        .layer("publish").definedBy("org.editionaudio.publish..")
        .layer("audio").definedBy("org.editionaudio.audio..")
        .layer("speech").definedBy("org.editionaudio.speech..")
        .layer("edition").definedBy("org.editionaudio.edition..")
        .layer("common").definedBy("org.editionaudio.common..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli", "batch")
        .whereLayer("feed").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("publish").mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "feed")
        .whereLayer("audio").mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "publish")
        .whereLayer("speech").mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "publish", "audio")
        .whereLayer("edition")
        .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "feed", "publish", "audio", "speech")
        .whereLayer("common")
        .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "feed", "publish", "audio", "speech", "edition")
        .because("a stage uses only the stages to its right, so each can be read and tested without those to its left");
  }

  /** Every class outside the project's main entry point leaves the exit code to Main. */
  static ArchRule onlyMainExits() {
    return noClasses().that().doNotHaveFullyQualifiedName("org.editionaudio.cli.Main")
        .should().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "halt", int.class)
        .because("exit codes come from the exceptions through one mapper, and only Main ends the process");
  }

  /** Commands parse options and call the stages; anything longer belongs in a stage or a helper. */
  static ArchRule commandsAreThin() {
    return classes().that().areAnnotatedWith(Command.class)
        .should(new ArchCondition<JavaClass>("have at most " + MAX_COMMAND_LOGIC_LINES + " lines of logic") {
          @Override
          public void check(JavaClass command, ConditionEvents events) {
            int lines = logicLines(command);
            events.add(new SimpleConditionEvent(command, lines <= MAX_COMMAND_LOGIC_LINES,
                command.getName() + " has " + lines + " lines of logic (at most " + MAX_COMMAND_LOGIC_LINES + ")"));
          }
        });
  }

  /**
   * The source lines of a class (and of the classes nested in it, lambdas included) on which it
   * calls a method or constructor or reads or writes a field: lines that do something.
   */
  static int logicLines(JavaClass type) {
    Set<Integer> lines = new TreeSet<>();
    for (JavaClass each : main) {
      if (each.equals(type) || each.getName().startsWith(type.getName() + "$")) {
        for (JavaAccess<?> access : each.getAccessesFromSelf()) {
          lines.add(access.getLineNumber());
        }
      }
    }
    return lines.size();
  }

  @Test
  void arrowsBetweenStagesRunLeftToRight() {
    arrowsRunLeftToRight().check(main);
  }

  @Test
  void onlyMainCallsSystemExit() {
    onlyMainExits().check(main);
  }

  @Test
  void everyCommandHasAtMostFortyLinesOfLogic() {
    commandsAreThin().check(main);
  }

  @Test
  void theRulesSeeTheCodeTheyGuard() {
    // A rule over an empty import passes whatever the code does; these keep the import honest.
    org.junit.jupiter.api.Assertions.assertTrue(main.contain("org.editionaudio.cli.BatchCommand"));
    org.junit.jupiter.api.Assertions.assertTrue(main.contain("org.editionaudio.edition.EditionReader"));
    org.junit.jupiter.api.Assertions.assertTrue(logicLines(main.get("org.editionaudio.cli.GenerateCommand")) > 5,
        "the logic-line count sees a command's code");
  }
}
