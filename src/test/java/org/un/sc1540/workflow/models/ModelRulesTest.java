package org.un.sc1540.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model rules catch what they promise, with a message naming the file and the element. */
class ModelRulesTest {

  private static final Path SAMPLES = Path.of("src/test/resources/model-rules");
  private static final Set<String> BEANS = Set.of("sendLetterDelegate", "letterTestHook", "letterRetry");

  private final ModelRules.Context context = new ModelRules.Context(
      ModelRules.formsById(SAMPLES.resolve("forms"), new ArrayList<>()), BEANS::contains,
      "sendLetterDelegate"::equals, Set.of());

  private List<String> problems(String file) {
    return ModelRules.check(SAMPLES.resolve("bpmn").resolve(file), context);
  }

  @Test
  void aModelThatKeepsTheRulesHasNoProblem() {
    assertThat(problems("Good.bpmn")).isEmpty();
  }

  @Test
  void aMissingHistoryTimeToLiveIsNamed() {
    assertThat(problems("NoTtl.bpmn")).singleElement().asString()
        .contains("NoTtl.bpmn").contains("Sample").contains("no camunda:historyTimeToLive");
  }

  @Test
  void anElementWithoutLayoutIsNamed() {
    assertThat(problems("NoLayout.bpmn")).singleElement().asString()
        .contains("NoLayout.bpmn").contains("Task_AfterSend \"Run test hook\"").contains("no diagram layout");
  }

  @Test
  void aModelerGeneratedIdIsNamed() {
    assertThat(problems("GeneratedId.bpmn")).singleElement().asString()
        .contains("Activity_0x7f3ab").contains("Modeler-generated id");
  }

  @Test
  void aDelegateExpressionNamingNoBeanIsNamed() {
    assertThat(problems("UnknownBean.bpmn")).singleElement().asString()
        .contains("Task_AfterSend").contains("names no bean 'noSuchBean'");
  }

  @Test
  void aMailTaskWithoutAsyncBoundaryIsNamed() {
    assertThat(problems("MailWithoutAsync.bpmn")).singleElement().asString()
        .contains("Task_SendLetter").contains("without camunda:asyncBefore and a camunda:failedJobRetryTimeCycle");
  }

  @Test
  void aBrokenFormReferenceIsNamed() {
    assertThat(problems("BrokenFormRef.bpmn")).singleElement().asString()
        .contains("BrokenFormRef.bpmn").contains("Task_AfterSend").contains("formRef 'SampleMissingForm' matches no form");
  }

  @Test
  void aFormFieldNothingUsesIsNamed() {
    assertThat(problems("UnusedFormField.bpmn")).singleElement().asString()
        .contains("check-letter.form").contains("field 'nobodyReadsThis'");
  }

  @Test
  void anotherExecutionPlatformVersionIsNamed() {
    assertThat(problems("WrongPlatform.bpmn")).singleElement().asString()
        .contains("executionPlatformVersion").contains("7.15.0");
  }
}
