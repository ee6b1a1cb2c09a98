package org.un.sc1540.workflow.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organizations registry over HTTP: read by every staff member, contacts imported by the
 * secretariat (the rule for {@code POST /api/registry/**} in {@code security/SecurityConfiguration}).
 */
@RestController
@RequestMapping("/api/registry")
class OrganizationController {

  private final OrganizationService organizations;

  OrganizationController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  record ContactView(String name, String unit, String email, LocalDate validFrom, LocalDate validTo, boolean demo) {}

  record OrganizationView(long id, String acronym, String name, OrganizationKind kind, String language, String email,
      boolean demo, List<ContactView> currentContacts) {}

  @GetMapping("/organizations")
  List<OrganizationView> organizations() {
    Map<Long, List<OrganizationContact>> current = organizations.currentContacts();
    return organizations.organizations().stream()
        .map(o -> new OrganizationView(o.id(), o.acronym(), o.name(), o.kind(), o.language().code(), o.email(),
            o.demo(), current.getOrDefault(o.id(), List.of()).stream()
                .map(c -> new ContactView(c.name(), c.unit(), c.email(), c.validFrom(), c.validTo(), c.demo()))
                .toList()))
        .toList();
  }

  @GetMapping(value = "/organizations.csv", produces = RegistryController.TEXT_CSV)
  void organizationsCsv(HttpServletResponse response) throws IOException {
    response.setContentType(RegistryController.TEXT_CSV);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"organization-contacts.csv\"");
    organizations.exportContacts(response.getWriter());
  }

  @PostMapping(value = "/organizations/contacts", consumes = RegistryController.TEXT_CSV)
  OrganizationService.ImportSummary importContacts(@RequestBody String csv) {
    try {
      return organizations.importContacts(new StringReader(csv));
    } catch (CsvImportException e) {
      throw e.titled("Organization contacts file refused");
    }
  }
}
