package org.un.sc1540.workflow.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.security.CommitteeAccess;

/** The correspondence register for signed-in staff: a page and a JSON API. */
@Controller
class CorrespondenceController {

  static final int PAGE_SIZE = 500;

  private final CorrespondenceRegister register;
  private final ObjectProvider<EmbeddedSmtpServer> embeddedSmtp;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final CommitteeAccess access;

  CorrespondenceController(CorrespondenceRegister register, ObjectProvider<EmbeddedSmtpServer> embeddedSmtp,
      HistoryService historyService, RuntimeService runtimeService, RepositoryService repositoryService,
      CommitteeAccess access) {
    this.register = register;
    this.embeddedSmtp = embeddedSmtp;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.access = access;
  }

  @GetMapping("/committee/correspondence")
  String list(@RequestParam(required = false) String state, @RequestParam(required = false) LetterStatus status,
      Model model) {
    String stateCode = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
    List<Letter> letters = register.search(stateCode, status, PAGE_SIZE);
    model.addAttribute("letters", letters);
    model.addAttribute("steps", letters.stream().filter(l -> l.activityId() != null)
        .collect(java.util.stream.Collectors.toMap(Letter::id, l -> LetterView.stepInWords(l.activityId()), (a, b) -> a)));
    model.addAttribute("state", stateCode);
    model.addAttribute("status", status);
    model.addAttribute("statuses", LetterStatus.values());
    return "correspondence";
  }

  @GetMapping("/committee/correspondence/{id}")
  String letter(@PathVariable long id, Model model) {
    Letter letter = register.findById(id).orElseThrow(() -> notFound(id));
    EmbeddedSmtpServer smtp = embeddedSmtp.getIfAvailable();
    Optional<String> received = smtp == null ? Optional.empty() : smtp.rawMessage(letter.messageId());
    model.addAttribute("letter", letter);
    model.addAttribute("view", view(letter, received.orElse(null)));
    model.addAttribute("embeddedSmtp", smtp != null);
    return "letter";
  }

  /**
   * The process step that sent the letter, by its name, and whether its instance still runs (Cockpit
   * shows running instances). Looked up as the application: every staff member may read the register.
   */
  private LetterView view(Letter letter, String raw) {
    if (letter.processInstanceId() == null) {
      return LetterView.of(letter, letter.activityId(), null, false, raw);
    }
    return access.asApplication(() -> {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(letter.processInstanceId()).singleResult();
      String step = letter.activityId();
      if (instance != null && letter.activityId() != null) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId())
            .getModelElementById(letter.activityId());
        if (element instanceof FlowNode node && node.getName() != null) {
          step = node.getName() + (instance.getProcessDefinitionName() == null ? ""
              : " (" + instance.getProcessDefinitionName() + ")");
        }
      }
      boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(letter.processInstanceId())
          .count() > 0;
      return LetterView.of(letter, step, "/camunda/app/cockpit/default/#/process-instance/"
          + letter.processInstanceId(), running, raw);
    });
  }

  @GetMapping("/api/correspondence")
  @ResponseBody
  List<Letter> api(@RequestParam(required = false) String state, @RequestParam(required = false) LetterStatus status,
      @RequestParam(defaultValue = "" + PAGE_SIZE) int limit) {
    String stateCode = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
    return register.search(stateCode, status, Math.min(Math.max(limit, 1), 5000));
  }

  @GetMapping("/api/correspondence/{id}")
  @ResponseBody
  Letter apiLetter(@PathVariable long id) {
    return register.findById(id).orElseThrow(() -> notFound(id));
  }

  private static Refused notFound(long id) {
    return Refused.notFound("No letter " + id + " in the correspondence register");
  }
}
