package org.un.sc1540.workflow.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate that talks to the outside world (SMTP, files, other systems). The model test
 * refuses any service task using such a delegate without {@code camunda:asyncBefore} and a
 * {@code camunda:failedJobRetryTimeCycle}: its work must run in a job that can retry on its own
 * and end in an incident, never in the transaction of whoever completed the previous task.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExternalSideEffect {}
