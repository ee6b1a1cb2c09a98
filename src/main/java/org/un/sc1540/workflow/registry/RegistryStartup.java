package org.un.sc1540.workflow.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
class RegistryStartup {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryStartup.class);

  private final RegistryService registry;
  private final OrganizationService organizations;
  private final RegistryProperties properties;

  RegistryStartup(RegistryService registry, OrganizationService organizations, RegistryProperties properties) {
    this.registry = registry;
    this.organizations = organizations;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void load() throws IOException {
    if (properties.contactsFile() != null) {
      try (Reader reader = Files.newBufferedReader(properties.contactsFile(), StandardCharsets.UTF_8)) {
        RegistryService.ImportSummary summary = registry.importContacts(reader);
        LOG.info("Contacts imported from {}: {}", properties.contactsFile(), summary);
      } catch (CsvImportException e) {
        throw new IllegalStateException("Contacts file " + properties.contactsFile() + " refused: " + e.getMessage(), e);
      }
    }
    if (properties.demoContacts()) {
      int added = registry.addDemoContactsIfEmpty();
      if (added > 0) {
        LOG.info("Registry had no contacts: {} demonstration contacts added under example.org", added);
      }
      int organizationsAdded = organizations.addDemoOrganizationsIfEmpty();
      if (organizationsAdded > 0) {
        LOG.info("Registry had no organizations: {} demonstration organizations added under example.org",
            organizationsAdded);
      }
    }
  }
}
