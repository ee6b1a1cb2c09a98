package org.un.sc1540.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on PostgreSQL for one test class (profiles {@code postgres,test}): a schema of
 * its own created before the class and dropped after it, the application started on it, and a
 * client for its HTTP port. Register it with
 * {@code @RegisterExtension static final PostgresApplication POSTGRES = new PostgresApplication("it_x");}.
 */
public final class PostgresApplication implements BeforeAllCallback, AfterAllCallback {

  private final String schemaPrefix;
  private PostgresSchema schema;
  private ConfigurableApplicationContext context;
  private TestRestTemplate http;

  public PostgresApplication(String schemaPrefix) {
    this.schemaPrefix = schemaPrefix;
  }

  @Override
  public void beforeAll(ExtensionContext extensionContext) {
    schema = PostgresSchema.create(schemaPrefix);
    context = schema.startApplication("postgres", "test");
    int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  @Override
  public void afterAll(ExtensionContext extensionContext) {
    ClockUtil.reset();
    if (context != null) {
      context.close();
    }
    if (schema != null) {
      schema.drop();
    }
  }

  public PostgresSchema schema() {
    return schema;
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public TestRestTemplate http() {
    return http;
  }
}
