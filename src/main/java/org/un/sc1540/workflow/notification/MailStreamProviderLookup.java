package org.un.sc1540.workflow.notification;

import org.springframework.util.ClassUtils;

/**
 * Jakarta Mail 2.1 looks up its {@code StreamProvider} with a ServiceLoader every time a body
 * part, a multipart or a block of headers is made or written: a scan of {@code META-INF/services}
 * in every jar on the classpath, several times for each letter, on the sending side and, in the
 * embedded SMTP server, on the receiving side. A profile of 193 letters found two thirds of the
 * embedded server's CPU and a third of the raw senders' in that scan. The lookup reads a system
 * property of the same name first; naming Angus Mail's provider there turns each lookup into the
 * load of a known class. The property is set only when Angus Mail is present and no one has set it.
 */
final class MailStreamProviderLookup {

  static final String PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  private MailStreamProviderLookup() {}

  static void nameAngusProvider() {
    if (System.getProperty(PROPERTY) == null
        && ClassUtils.isPresent(ANGUS_PROVIDER, MailStreamProviderLookup.class.getClassLoader())) {
      System.setProperty(PROPERTY, ANGUS_PROVIDER);
    }
  }
}
