package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

class MailStreamProviderLookupTest {

  @Test
  void jakartaMailFindsAngusMailsStreamProviderByNameWithoutAServiceLoaderScan() {
    MailStreamProviderLookup.nameAngusProvider();

    assertThat(System.getProperty(MailStreamProviderLookup.PROPERTY)).isEqualTo(MailStreamProviderLookup.ANGUS_PROVIDER);
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProviderLookup.ANGUS_PROVIDER);
  }

  @Test
  void aProviderSomeoneElseNamedIsKept() {
    String before = System.getProperty(MailStreamProviderLookup.PROPERTY);
    System.setProperty(MailStreamProviderLookup.PROPERTY, "org.example.OtherProvider");
    try {
      MailStreamProviderLookup.nameAngusProvider();

      assertThat(System.getProperty(MailStreamProviderLookup.PROPERTY)).isEqualTo("org.example.OtherProvider");
    } finally {
      if (before == null) {
        System.clearProperty(MailStreamProviderLookup.PROPERTY);
      } else {
        System.setProperty(MailStreamProviderLookup.PROPERTY, before);
      }
    }
  }
}
