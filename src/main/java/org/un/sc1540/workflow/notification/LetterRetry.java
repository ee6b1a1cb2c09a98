package org.un.sc1540.workflow.notification;

import org.springframework.stereotype.Component;

/**
 * Gives the BPMN models the configured retry cycle of mail jobs:
 * {@code camunda:failedJobRetryTimeCycle="${letterRetry.cycle}"}.
 */
@Component
public class LetterRetry {

  private final NotificationProperties properties;

  LetterRetry(NotificationProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.retryCycle();
  }
}
