package org.un.sc1540.workflow.routine;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The year's routine letters' addressees, by letter type, for all staff (GET /api/**). */
@RestController
class RoutineLettersController {

  private final RoutineLettersService letters;

  RoutineLettersController(RoutineLettersService letters) {
    this.letters = letters;
  }

  @GetMapping("/api/routine-letters/{year}")
  Map<String, List<Map<String, Object>>> year(@PathVariable int year) {
    return letters.view(year);
  }
}
