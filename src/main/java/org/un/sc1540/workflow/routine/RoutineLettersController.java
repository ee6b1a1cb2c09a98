package org.un.sc1540.workflow.routine;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The year's routine letters' addressees, by letter type, for all staff; replies recorded by the secretariat. */
@RestController
class RoutineLettersController {

  private final RoutineLettersService letters;

  RoutineLettersController(RoutineLettersService letters) {
    this.letters = letters;
  }

  /** A reply to the March letter: {"stateCode": "FRA"} or {"organization": "IAEA"}, optional "confirmedOn". */
  record Confirmation(String stateCode, String organization, java.time.LocalDate confirmedOn) {}

  @PostMapping("/api/routine-letters/replies/poc-confirmed")
  Map<String, Object> pocConfirmed(@RequestBody Confirmation confirmation) {
    int confirmed = letters.confirmPointsOfContact(confirmation.stateCode(), confirmation.organization(),
        confirmation.confirmedOn());
    return Map.of("confirmed", confirmed);
  }

  /** A reply to the request for additional information, with what changed (PoW §8(b)). */
  record AdditionalInformation(String stateCode, java.time.LocalDate receivedOn, String reference,
      String whatChanged) {}

  @PostMapping("/api/routine-letters/replies/additional-information")
  Map<String, Object> additionalInformation(@RequestBody AdditionalInformation reply) {
    letters.recordAdditionalInformation(reply.stateCode(), reply.receivedOn(), reply.reference(), reply.whatChanged());
    return Map.of("recorded", true);
  }

  @GetMapping("/api/routine-letters/replies")
  List<RoutineLettersRepository.Reply> replies() {
    return letters.replies();
  }

  @GetMapping("/api/routine-letters/{year}")
  Map<String, List<Map<String, Object>>> year(@PathVariable int year) {
    return letters.view(year);
  }
}
