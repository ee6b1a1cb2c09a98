package org.un.sc1540.workflow.registry;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks that a text is one plain e-mail address that a letter can be sent to. */
public final class EmailAddresses {

  private EmailAddresses() {}

  /** The reason the address is unusable, or {@code null} when it is fine. */
  public static String problem(String email) {
    if (email == null || email.isBlank()) {
      return "e-mail address is missing";
    }
    if (email.chars().anyMatch(Character::isISOControl)) {
      return "e-mail address contains a line break or control character";
    }
    try {
      InternetAddress address = new InternetAddress(email, true);
      address.validate();
      String plain = address.getAddress();
      int at = plain.lastIndexOf('@');
      if (!plain.equals(email) || at < 1 || plain.indexOf('.', at) < 0 || plain.endsWith(".")) {
        return "'" + email + "' is not a valid e-mail address";
      }
      return null;
    } catch (AddressException e) {
      return "'" + email + "' is not a valid e-mail address (" + e.getMessage() + ")";
    }
  }
}
