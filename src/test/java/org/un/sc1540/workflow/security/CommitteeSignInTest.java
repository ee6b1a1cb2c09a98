package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
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
import org.un.sc1540.workflow.CommitteeTest;

/**
 * The Committee's own pages and APIs: form login for people, HTTP Basic for programs. Requests
 * here behave as a browser does: they ask for HTML, keep the session cookie and do not follow
 * redirects, so that each step can be checked.
 */
@CommitteeTest
class CommitteeSignInTest {

  private static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

  private final TestRestTemplate http;
  private final TestRestTemplate browser;
  private final IdentityService identities;

  CommitteeSignInTest(TestRestTemplate http, IdentityService identities) {
    this.http = http;
    this.browser = http.withRedirects(Redirects.DONT_FOLLOW);
    this.identities = identities;
  }

  /** No Basic challenge: a browser that is never asked for a password never remembers one to send cross-site. */
  @Test
  void anonymousApiCallIsUnauthorizedWithoutABasicChallenge() {
    ResponseEntity<String> response = http.getForEntity("/api/registry/states", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(response.getBody()).contains("Sign in");
  }

  @Test
  void staffReadsTheApiWithHttpBasic() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").getForEntity("/api/registry/states", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void browserWithoutASessionIsSentToTheLoginPage() {
    ResponseEntity<String> response = get("/committee/", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(response.getHeaders().getLocation()).hasPath("/committee/login");
  }

  @Test
  void loginPageCarriesACsrfToken() {
    ResponseEntity<String> page = get("/committee/login", null);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(CSRF_INPUT.matcher(page.getBody()).find()).isTrue();
  }

  @Test
  void staffSignsInAndSeesTheHomePage() {
    String session = signIn("staff", "demo").session();

    ResponseEntity<String> home = get("/committee/", session);

    assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(home.getBody()).contains("Welcome, <span>staff</span>");
  }

  /** One sign-in: the same session opens Tasklist without a second login. */
  @Test
  void signingInToTheCommitteePagesSignsInToTheCamundaWebapps() {
    String session = signIn("staff", "demo").session();

    ResponseEntity<String> tasklist = get("/camunda/app/tasklist/default/", session);
    ResponseEntity<String> webappUser = get("/camunda/api/admin/auth/user/default", session);

    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(webappUser.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(webappUser.getBody()).contains("\"userId\":\"staff\"").contains("tasklist");
  }

  @Test
  void anAnonymousBrowserOnTasklistIsSentToTheCommitteesLoginPageAndComesBack() {
    ResponseEntity<String> tasklist = openPage("/camunda/app/tasklist/default/");
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(tasklist.getHeaders().getLocation()).hasPath("/committee/login");
    String session = sessionCookie(tasklist);

    ResponseEntity<String> loginPage = get("/committee/login", session);
    Matcher csrf = CSRF_INPUT.matcher(loginPage.getBody());
    assertThat(csrf.find()).isTrue();
    ResponseEntity<String> signedIn = postForm("/committee/login", session, form("staff", "demo", csrf.group(1)));

    assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(signedIn.getHeaders().getLocation()).hasPath("/camunda/app/tasklist/default/");
  }

  @Test
  void camundasOwnLoginEndpointIsClosed() {
    MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
    credentials.add("username", "staff");
    credentials.add("password", "demo");

    ResponseEntity<String> response = postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        sessionCookie(get("/committee/login", null)), credentials);

    assertThat(response.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
  }

  @Test
  void wrongPasswordReturnsToTheLoginPageWithAnError() {
    String userId = "mistyped" + UUID.randomUUID().toString().substring(0, 8);
    User user = identities.newUser(userId);
    user.setPassword("the-right-password");
    identities.saveUser(user);

    SignIn attempt = signIn(userId, "a-wrong-password");

    assertThat(attempt.response().getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(attempt.response().getHeaders().getLocation()).hasPath("/committee/login").hasQuery("error");
    assertThat(get("/committee/login?error", attempt.session()).getBody()).contains("Unknown user or wrong password");
  }

  @Test
  void signInWithoutTheCsrfTokenIsRefused() {
    String session = sessionCookie(get("/committee/login", null));

    ResponseEntity<String> response = postForm("/committee/login", session, form("staff", "demo", null));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  record SignIn(ResponseEntity<String> response, String session) {}

  private SignIn signIn(String user, String password) {
    ResponseEntity<String> loginPage = get("/committee/login", null);
    Matcher csrf = CSRF_INPUT.matcher(loginPage.getBody());
    assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
    String session = sessionCookie(loginPage);

    ResponseEntity<String> response = postForm("/committee/login", session, form(user, password, csrf.group(1)));
    // A successful sign-in starts a new session, against session fixation.
    String newSession = sessionCookie(response);
    return new SignIn(response, newSession != null ? newSession : session);
  }

  /** A page opened from the address bar: Accept as a browser sends it for a page. */
  private ResponseEntity<String> openPage(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
    return browser.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> get(String path, String session) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
    if (session != null) {
      headers.add(HttpHeaders.COOKIE, session);
    }
    return browser.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> postForm(String path, String session, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    headers.add(HttpHeaders.COOKIE, session);
    return browser.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private static MultiValueMap<String, String> form(String user, String password, String csrfToken) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    if (csrfToken != null) {
      form.add("_csrf", csrfToken);
    }
    return form;
  }

  /** The {@code JSESSIONID=…} pair from the response's cookies, or {@code null} if none was set. */
  private static String sessionCookie(ResponseEntity<?> response) {
    List<String> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    return cookies.stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst().orElse(null);
  }
}
