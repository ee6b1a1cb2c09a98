package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a browser holds after signing in on the Committee's login page: the session cookie, and the
 * CSRF token its pages' forms carry. Requests do not follow redirects, so that each step shows.
 */
final class BrowserSession {

  static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

  private final TestRestTemplate http;
  private String cookie;
  private String csrfToken;

  private BrowserSession(TestRestTemplate http) {
    this.http = http.withRedirects(Redirects.DONT_FOLLOW);
  }

  static BrowserSession signIn(TestRestTemplate http, String user, String password) {
    BrowserSession browser = new BrowserSession(http);
    ResponseEntity<String> loginPage = browser.get("/committee/login");
    browser.readCsrfToken(loginPage.getBody());
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    form.add("_csrf", browser.csrfToken);
    ResponseEntity<String> signedIn = browser.postForm("/committee/login", form);
    assertThat(signedIn.getStatusCode()).as("sign-in of %s", user).isEqualTo(HttpStatus.FOUND);
    assertThat(signedIn.getHeaders().getLocation().getQuery()).as("sign-in of %s", user).isNull();
    // The home page's forms carry the token of the new session.
    browser.readCsrfToken(browser.get("/committee/").getBody());
    return browser;
  }

  String cookie() {
    return cookie;
  }

  String csrfToken() {
    return csrfToken;
  }

  ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
    return exchange(path, HttpMethod.GET, new HttpEntity<>(headers));
  }

  ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers));
  }

  ResponseEntity<String> send(String path, HttpMethod method, HttpHeaders headers, Object body) {
    return exchange(path, method, new HttpEntity<>(body, headers));
  }

  private ResponseEntity<String> exchange(String path, HttpMethod method, HttpEntity<?> request) {
    HttpHeaders headers = new HttpHeaders();
    headers.addAll(request.getHeaders());
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(request.getBody(), headers),
        String.class);
    String newCookie = sessionCookie(response);
    if (newCookie != null) {
      cookie = newCookie;
    }
    return response;
  }

  private void readCsrfToken(String page) {
    Matcher csrf = CSRF_INPUT.matcher(page == null ? "" : page);
    assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
    csrfToken = csrf.group(1);
  }

  /** The {@code JSESSIONID=…} pair from the response's cookies, or {@code null} if none was set. */
  static String sessionCookie(ResponseEntity<?> response) {
    return setCookie(response).stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst().orElse(null);
  }

  static List<String> setCookie(ResponseEntity<?> response) {
    return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
  }
}
