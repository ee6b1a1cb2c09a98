package org.un.sc1540.workflow.registry;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoContacts add demonstration contacts under example.org when the registry has none
 * @param contactsFile a contacts CSV to import at start-up (all or nothing; a bad file stops the start)
 */
@ConfigurationProperties("committee.registry")
public record RegistryProperties(boolean demoContacts, Path contactsFile) {}
