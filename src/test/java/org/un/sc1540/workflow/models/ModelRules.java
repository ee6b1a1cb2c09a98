package org.un.sc1540.workflow.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules every model in {@code bpmn/} must keep, checked with Camunda's model API. Each problem
 * names the file and the element, so that a failing build says exactly what to fix.
 */
final class ModelRules {

  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  /** Camunda Modeler's generated ids: a type prefix and seven random characters. */
  static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  /** What the rules need to know beyond the model file. */
  record Context(Map<String, Path> formsById, Predicate<String> beanExists, Predicate<String> beanHasSideEffects,
      Set<String> namesUsedInCode) {}

  private ModelRules() {}

  /** Form ids of every form file in a folder; two files with the same id are themselves a problem. */
  static Map<String, Path> formsById(Path formsDir, List<String> problems) {
    Map<String, Path> forms = new HashMap<>();
    for (Path file : files(formsDir, ".form")) {
      JsonNode form = readJson(file);
      String id = form.path("id").asText("");
      if (id.isEmpty()) {
        problems.add(file + ": form has no id");
      } else if (forms.putIfAbsent(id, file) != null) {
        problems.add(file + ": form id '" + id + "' is also used by " + forms.get(id));
      }
    }
    return forms;
  }

  static List<Path> files(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> stream = Files.list(dir)) {
      return stream.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> check(Path file, Context context) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model;
    String xml;
    try {
      xml = Files.readString(file);
      model = Bpmn.readModelFromFile(file.toFile());
    } catch (Exception e) {
      return List.of(file + ": cannot be read as BPMN: " + e.getMessage());
    }
    Definitions definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))) {
      problems.add(file + ": definitions lack modeler:executionPlatform=\"Camunda Platform\"");
    }
    String platformVersion = definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion");
    if (platformVersion == null || !platformVersion.startsWith("7.24")) {
      problems.add(file + ": definitions lack modeler:executionPlatformVersion=\"7.24.0\" (found " + platformVersion + ")");
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
        problems.add(where(file, process) + ": no camunda:historyTimeToLive");
      }
      if (process.getCamundaVersionTag() == null || process.getCamundaVersionTag().isBlank()) {
        problems.add(where(file, process) + ": no camunda:versionTag");
      }
    }
    checkLayout(file, model, problems);
    checkIds(file, model, problems);
    checkDelegates(file, model, context, problems);
    checkForms(file, model, xml, context, problems);
    return problems;
  }

  private static void checkLayout(Path file, BpmnModelInstance model, List<String> problems) {
    Set<String> laidOut = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> laidOut.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> laidOut.add(e.getBpmnElement().getId()));
    List<BaseElement> visible = new ArrayList<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!(element instanceof DataObject)) {
        visible.add(element);
      }
    }
    visible.addAll(model.getModelElementsByType(Artifact.class));
    visible.addAll(model.getModelElementsByType(Participant.class));
    visible.addAll(model.getModelElementsByType(Lane.class));
    for (BaseElement element : visible) {
      if (!laidOut.contains(element.getId())) {
        problems.add(where(file, element) + ": no diagram layout (BPMNShape/BPMNEdge)");
      }
    }
  }

  private static void checkIds(Path file, BpmnModelInstance model, List<String> problems) {
    List<BaseElement> named = new ArrayList<>();
    named.addAll(model.getModelElementsByType(FlowNode.class));
    named.addAll(model.getModelElementsByType(Message.class));
    named.addAll(model.getModelElementsByType(Error.class));
    named.addAll(model.getModelElementsByType(Signal.class));
    named.addAll(model.getModelElementsByType(Escalation.class));
    for (BaseElement element : named) {
      if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
        problems.add(where(file, element) + ": Modeler-generated id; name it after what it is (e.g. Task_SendNoteVerbale)");
      }
    }
  }

  private static void checkDelegates(Path file, BpmnModelInstance model, Context context, List<String> problems) {
    for (ModelElementInstance element : model.getModelElementsByType(FlowNode.class)) {
      String expression = ((BaseElement) element).getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
          "delegateExpression");
      if (expression == null) {
        continue;
      }
      Matcher bean = BEAN_EXPRESSION.matcher(expression);
      if (!bean.matches()) {
        problems.add(where(file, (BaseElement) element) + ": delegateExpression '" + expression
            + "' must name one bean, e.g. ${sendLetterDelegate}");
        continue;
      }
      String name = bean.group(1);
      if (!context.beanExists().test(name)) {
        problems.add(where(file, (BaseElement) element) + ": delegateExpression names no bean '" + name + "'");
        continue;
      }
      if (element instanceof ServiceTask task && context.beanHasSideEffects().test(name)) {
        boolean async = task.isCamundaAsyncBefore();
        Collection<CamundaFailedJobRetryTimeCycle> cycles = task.getExtensionElements() == null ? List.of()
            : task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list();
        if (!async || cycles.isEmpty() || cycles.iterator().next().getTextContent().isBlank()) {
          problems.add(where(file, task) + ": talks to the outside world (" + name
              + ") without camunda:asyncBefore and a camunda:failedJobRetryTimeCycle");
        }
      }
    }
  }

  private static void checkForms(Path file, BpmnModelInstance model, String xml, Context context,
      List<String> problems) {
    Set<String> usedNames = namesUsed(model, xml);
    usedNames.addAll(context.namesUsedInCode());
    List<BaseElement> withForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
    withForms.addAll(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class));
    for (BaseElement element : withForms) {
      String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      if (formRef == null) {
        if (element instanceof UserTask) {
          problems.add(where(file, element) + ": user task without camunda:formRef");
        }
        continue;
      }
      String binding = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
      if (!"deployment".equals(binding)) {
        problems.add(where(file, element) + ": camunda:formRefBinding should be \"deployment\" (found " + binding + ")");
      }
      Path form = context.formsById().get(formRef);
      if (form == null) {
        problems.add(where(file, element) + ": formRef '" + formRef + "' matches no form in forms/");
        continue;
      }
      for (String key : fieldKeys(readJson(form))) {
        if (!usedNames.contains(key)) {
          problems.add(where(file, element) + ": form " + form.getFileName() + " field '" + key
              + "' is used by no expression, input/output mapping or code");
        }
      }
    }
  }

  /** Identifiers in expressions, and the names of input and output parameters. */
  private static Set<String> namesUsed(BpmnModelInstance model, String xml) {
    Set<String> names = new HashSet<>();
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(expression.group(1));
      while (identifier.find()) {
        names.add(identifier.group());
      }
    }
    model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> names.add(p.getCamundaName()));
    model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> names.add(p.getCamundaName()));
    return names;
  }

  static List<String> fieldKeys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    collectKeys(form.path("components"), keys);
    return keys;
  }

  private static void collectKeys(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      // Layout-only components (text, spacer, group) have no key, or bind nothing.
      if (!key.isEmpty() && !"button".equals(component.path("type").asText())) {
        keys.add(key);
      }
      collectKeys(component.path("components"), keys);
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": not valid JSON", e);
    }
  }

  private static String where(Path file, BaseElement element) {
    String name = element.getAttributeValue("name");
    return file + ": " + element.getId() + (name == null || name.isBlank() ? "" : " \"" + name.replaceAll("\\s+", " ") + "\"")
        + " <" + element.getElementType().getTypeName() + ">";
  }
}
