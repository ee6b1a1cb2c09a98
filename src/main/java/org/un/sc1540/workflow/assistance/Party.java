package org.un.sc1540.workflow.assistance;

/** Who gives feedback on assistance (2663 §20): the requesting State or the provider. */
public enum Party {
  REQUESTER, PROVIDER
}
