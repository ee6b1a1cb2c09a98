package org.un.sc1540.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.ExternalSideEffect;

/** Every model in bpmn/ keeps the house rules (ModelRules), checked against the real application's beans. */
@CommitteeTest
class ModelTest {

  @Autowired ApplicationContext applicationContext;

  @Test
  void everyModelKeepsTheRules() {
    List<String> problems = new ArrayList<>();
    Map<String, Path> forms = ModelRules.formsById(Path.of("forms"), problems);
    ModelRules.Context context = new ModelRules.Context(forms, applicationContext::containsBean,
        name -> AnnotatedElementUtils.hasAnnotation(AopUtils.getTargetClass(applicationContext.getBean(name)),
            ExternalSideEffect.class),
        StringLiterals.in(Path.of("src/main/java")));

    for (Path model : ModelRules.files(Path.of("bpmn"), ".bpmn")) {
      problems.addAll(ModelRules.check(model, context));
    }

    assertThat(problems).as("problems in bpmn/ and forms/:\n" + String.join("\n", problems)).isEmpty();
  }
}
