package org.un.sc1540.workflow.assistance;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.ExternalMessage;
import org.un.sc1540.workflow.security.ProcessGrants;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;

/**
 * The assistance mechanism's rows of the grants table. The secretariat starts "Record a request for
 * assistance" (which starts the request's own process as the application, once the service has
 * checked the request); nobody starts AssistanceRequestProcess directly. The group of experts sends
 * the request's messages over the engine REST API: they see confidential requests, and sending a
 * message needs the instance in view (its business key names the State). The secretariat records
 * offers, deliveries and feedback through the Committee's API, which checks each request's
 * confidentiality before it passes the message on.
 */
@Configuration(proxyBeanMethods = false)
class AssistanceAuthorizations {

  @Bean
  ProcessGrants assistanceGrants() {
    return () -> List.of(
        Grant.start(CommitteeGroups.SECRETARIAT, RecordAssistanceRequestProcess.KEY),
        Grant.sendMessages(CommitteeGroups.EXPERTS, AssistanceRequestProcess.KEY));
  }

  @Bean
  ExternalMessage assistanceOfferReceived() {
    return ExternalMessage.byBusinessKey(AssistanceRequestProcess.MESSAGE_OFFER_RECEIVED,
        Set.of(AssistanceRequestProcess.OFFER_ID));
  }

  @Bean
  ExternalMessage assistanceDelivered() {
    return ExternalMessage.byBusinessKey(AssistanceRequestProcess.MESSAGE_DELIVERED,
        Set.of(AssistanceRequestProcess.DELIVERED_ON, AssistanceRequestProcess.DELIVERY_SUMMARY));
  }

  @Bean
  ExternalMessage assistanceFeedbackReceived() {
    return ExternalMessage.byBusinessKey(AssistanceRequestProcess.MESSAGE_FEEDBACK_RECEIVED,
        Set.of(AssistanceRequestProcess.FEEDBACK_FROM, AssistanceRequestProcess.FEEDBACK_RECEIVED_ON,
            AssistanceRequestProcess.FEEDBACK_SUMMARY));
  }
}
