package org.un.sc1540.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database (profile {@code test}), with its web server on
 * a random port and the job executor off. Inject {@code TestRestTemplate} for HTTP and any engine
 * service or application bean as a constructor parameter.
 *
 * <p>Every test class with exactly this annotation shares one cached Spring context, and so one
 * database: use your own State codes, business keys and user ids, and assert on what your test
 * changed rather than on totals. Do not add per-class properties or mock beans: each distinct
 * configuration starts another process engine, and Camunda keeps engines in a JVM-wide registry
 * by name, where a second "default" engine replaces the first one that the REST API uses.
 *
 * <p>{@code WebEnvironment.NONE} is not an option: the Camunda REST starter needs a servlet
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(CommitteeTest.ResetEngineClock.class)
public @interface CommitteeTest {

  /** The engine's clock is global: a test that moves it must not move it for the next test. */
  class ResetEngineClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
      ClockUtil.reset();
    }
  }
}
