package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The extension process's one step: sends {@code MatrixDeadlineExtended} to the State's review,
 * within the start of the process, so that whoever asked (Tasklist, REST) learns at once whether
 * the deadline moved. Only coordinators (and administrators) may extend a deadline.
 */
@Component
public class ExtendStateDeadlineDelegate implements JavaDelegate {

  static final List<String> ALLOWED_GROUPS = List.of(CommitteeGroups.COORDINATORS, CommitteeGroups.ADMINISTRATORS);

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final RegistryService registry;

  private final CommitteeAccess access;

  ExtendStateDeadlineDelegate(RuntimeService runtimeService, IdentityService identityService, RegistryService registry,
      CommitteeAccess access) {
    this.access = access;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user != null && (user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(ALLOWED_GROUPS::contains))) {
      throw new BadUserRequestException("Only coordinators may extend a State's comment deadline; "
          + user.getUserId() + " is not a coordinator");
    }
    int year = MatrixInput.reviewYear(execution.getVariable(MatrixDeadlineExtension.REVIEW_YEAR));
    String code = MatrixInput.requiredText(MatrixDeadlineExtension.STATE_CODE,
        execution.getVariable(MatrixDeadlineExtension.STATE_CODE), 10).toUpperCase(Locale.ROOT);
    if (!registry.isMember(code)) {
      throw new BadUserRequestException("stateCode '" + code + "' is not one of the 193 Member States");
    }
    LocalDate deadline = MatrixInput.requiredDate(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE,
        execution.getVariable(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE));
    String reason = MatrixInput.optionalText(MatrixDeadlineExtension.EXTENSION_REASON,
        execution.getVariable(MatrixDeadlineExtension.EXTENSION_REASON), 1000);
    try {
      // Who may extend was checked above; the State's review is then changed by the application.
      access.asApplication(() -> runtimeService.createMessageCorrelation(StateMatrixReview.MESSAGE_DEADLINE_EXTENDED)
          .processInstanceVariableEquals(StateMatrixReview.STATE_CODE, code)
          .processInstanceVariableEquals(StateMatrixReview.REVIEW_YEAR, year)
          .setVariable(StateMatrixReview.NEW_COMMENT_DEADLINE, deadline.toString())
          .setVariable(StateMatrixReview.EXTENSION_REASON, reason)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new BadUserRequestException("The matrix review of " + code + " in " + year
          + " is not waiting for comments (not sent yet, already answered, or no such review), so its deadline cannot be extended");
    }
    execution.setVariable(MatrixDeadlineExtension.STATE_CODE, code);
    execution.setVariable(MatrixDeadlineExtension.REVIEW_YEAR, year);
    execution.setVariable(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE, deadline.toString());
  }
}
