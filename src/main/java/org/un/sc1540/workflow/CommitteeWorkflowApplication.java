package org.un.sc1540.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommitteeWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommitteeWorkflowApplication.class, args);
  }
}
