package org.un.sc1540.workflow.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in {@code bpmn/} and {@code forms/} as one deployment.
 *
 * <p>The starter's auto-deployment is switched off because it names resources after their
 * location on disk, which differs between {@code spring-boot:run} (target/classes) and
 * {@code java -jar} (BOOT-INF/classes): each switch would deploy new versions. Here every
 * resource is named {@code bpmn/<file>} or {@code forms/<file>}, whatever the packaging.
 *
 * <p>Duplicate filtering compares the whole set with the last deployment of the same name:
 * unchanged files deploy nothing, and a change to any one file redeploys all of them together,
 * so that {@code camunda:formRefBinding="deployment"} always finds its forms.
 */
@Component
public class ModelDeployment {

  public static final String DEPLOYMENT_NAME = "committee-1540-models";
  /** Where the models are in the running application: every classpath root. */
  static final String CLASSPATH = "classpath*:";
  /** Relative to a base location; the folder is part of the resource name. */
  static final List<String> MODEL_PATTERNS = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resources;
  private final String baseLocation;

  @Autowired
  ModelDeployment(RepositoryService repositoryService, ResourcePatternResolver resources) {
    this(repositoryService, resources, CLASSPATH);
  }

  /** Tests read models from elsewhere (a folder they change) without touching the real ones. */
  ModelDeployment(RepositoryService repositoryService, ResourcePatternResolver resources, String baseLocation) {
    this.repositoryService = repositoryService;
    this.resources = resources;
    this.baseLocation = baseLocation;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void deployModels() throws IOException {
    List<ModelResource> models = findModels();
    if (models.isEmpty()) {
      LOG.warn("No models found under bpmn/ or forms/; nothing deployed");
      return;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    for (ModelResource model : models) {
      builder.addInputStream(model.name(), new ByteArrayInputStream(model.bytes()));
    }
    Deployment deployment = builder.deploy();
    LOG.info("Models deployed: {} resources, deployment {}", models.size(), deployment.getId());
  }

  List<ModelResource> findModels() throws IOException {
    List<ModelResource> models = new ArrayList<>();
    for (String pattern : MODEL_PATTERNS) {
      String folder = pattern.substring(0, pattern.indexOf('/') + 1);
      for (Resource resource : resources.getResources(baseLocation + pattern)) {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
          bytes = in.readAllBytes();
        }
        models.add(new ModelResource(folder + resource.getFilename(), bytes));
      }
    }
    models.sort(Comparator.comparing(ModelResource::name));
    for (int i = 1; i < models.size(); i++) {
      if (models.get(i).name().equals(models.get(i - 1).name())) {
        throw new IllegalStateException("Two models on the classpath are named " + models.get(i).name()
            + "; a deployment needs unique resource names");
      }
    }
    return models;
  }

  record ModelResource(String name, byte[] bytes) {}
}
