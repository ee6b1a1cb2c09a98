package org.un.sc1540.workflow.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The correspondence register for signed-in staff: a page and a JSON API. */
@Controller
class CorrespondenceController {

  static final int PAGE_SIZE = 500;

  private final CorrespondenceRegister register;
  private final ObjectProvider<EmbeddedSmtpServer> embeddedSmtp;

  CorrespondenceController(CorrespondenceRegister register, ObjectProvider<EmbeddedSmtpServer> embeddedSmtp) {
    this.register = register;
    this.embeddedSmtp = embeddedSmtp;
  }

  @GetMapping("/committee/correspondence")
  String list(@RequestParam(required = false) String state, @RequestParam(required = false) LetterStatus status,
      Model model) {
    String stateCode = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
    model.addAttribute("letters", register.search(stateCode, status, PAGE_SIZE));
    model.addAttribute("state", stateCode);
    model.addAttribute("status", status);
    model.addAttribute("statuses", LetterStatus.values());
    return "correspondence";
  }

  @GetMapping("/committee/correspondence/{id}")
  String letter(@PathVariable long id, Model model) {
    Letter letter = register.findById(id).orElseThrow(() -> notFound(id));
    model.addAttribute("letter", letter);
    EmbeddedSmtpServer smtp = embeddedSmtp.getIfAvailable();
    Optional<String> received = smtp == null ? Optional.empty() : smtp.rawMessage(letter.messageId());
    model.addAttribute("embeddedSmtp", smtp != null);
    model.addAttribute("received", received.orElse(null));
    return "letter";
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

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No letter " + id + " in the correspondence register");
  }
}
