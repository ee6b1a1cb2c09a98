package org.un.sc1540.workflow.routine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.notification.LetterType;

/**
 * The review task of one letter type. On create: named after the type and the year, listing the
 * addressees the rules chose and why. On complete: the service records the exclusions, additions
 * and paragraph, or refuses them and the task stays open with the reason.
 */
@Component
public class RoutineLettersReviewTaskListener implements TaskListener {

  private final RoutineLettersService letters;

  RoutineLettersReviewTaskListener(RoutineLettersService letters) {
    this.letters = letters;
  }

  @Override
  public void notify(DelegateTask task) {
    int year = Vars.of(task).year(RoutineLettersProcess.YEAR);
    LetterType type = LetterType.valueOf((String) task.getVariable(RoutineLettersProcess.LETTER_TYPE));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(RoutineLettersService.taskName(type, year));
      task.setDescription(RoutineLettersService.label(type) + " (" + type.name() + "), "
          + RoutineLettersProcess.businessKey(year) + ". Exclude an addressee or add one, each with a reason; "
          + "add a paragraph if needed.");
      task.setVariableLocal(RoutineLettersProcess.TYPE_LABEL, task.getName());
      task.setVariableLocal(RoutineLettersProcess.ADDRESSEE_LIST, letters.addresseeList(year, type));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      letters.review(year, type, task.getVariable(RoutineLettersProcess.EXCLUSIONS),
          task.getVariable(RoutineLettersProcess.ADDITIONS),
          task.getVariable(RoutineLettersProcess.ADDITIONAL_PARAGRAPH));
    }
  }
}
