package org.un.sc1540.workflow.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Whether an address that came from data (a form, a CSV file, a process variable) may become a
 * link where it is shown: only absolute {@code http} and {@code https} addresses with a host. A
 * {@code javascript:} or {@code data:} address in a link runs in the page of whoever clicks it.
 * Pages use it as {@code ${@safeUrl.isLink(url)}}.
 */
@Component("safeUrl")
public class SafeUrl {

  public boolean isLink(String url) {
    return isHttp(url);
  }

  public static boolean isHttp(String url) {
    if (url == null || url.isBlank() || !url.strip().equals(url)) {
      return false;
    }
    for (char c : url.toCharArray()) {
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        return false;
      }
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
