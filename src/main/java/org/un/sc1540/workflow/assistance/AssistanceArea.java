package org.un.sc1540.workflow.assistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * The areas of assistance, following the sections of the Committee's assistance template (2663
 * §16): what a request asks for and what an offer covers. Matching compares these codes; letters
 * name them in the addressee's language.
 */
public enum AssistanceArea {
  NATIONAL_REPORTING("areaNationalReporting", "National reporting and implementation action plans",
      "Rapports nationaux et plans d'action nationaux de mise en œuvre",
      "Informes nacionales y planes de acción nacionales para la aplicación",
      "Национальные доклады и национальные планы действий по осуществлению",
      "国家报告和国家执行行动计划",
      "التقارير الوطنية وخطط العمل الوطنية للتنفيذ"),
  LEGISLATION("areaLegislation", "Legislation and regulations", "Législation et réglementation", "Legislación y reglamentación",
      "Законодательство и нормативные акты", "立法和法规", "التشريعات واللوائح"),
  ENFORCEMENT("areaEnforcement", "Enforcement", "Mesures d'application et de répression", "Medidas de aplicación coercitiva",
      "Обеспечение соблюдения", "执法", "الإنفاذ"),
  ACCOUNTING_PHYSICAL_PROTECTION("areaAccountingPhysicalProtection", "Accounting for, securing and physical protection of materials",
      "Comptabilité, sécurité et protection physique des matières",
      "Contabilización, seguridad y protección física de los materiales",
      "Учет, сохранность и физическая защита материалов",
      "材料的衡算、保安和实物保护",
      "حصر المواد وتأمينها وحمايتها ماديا"),
  BORDER_EXPORT_CONTROLS("areaBorderExportControls", "Border and export controls", "Contrôles aux frontières et contrôles à l'exportation",
      "Controles fronterizos y de las exportaciones", "Пограничный и экспортный контроль", "边境管制和出口管制",
      "الضوابط الحدودية وضوابط التصدير"),
  BIOSAFETY_BIOSECURITY("areaBiosafetyBiosecurity", "Biosafety and biosecurity", "Sûreté et sécurité biologiques",
      "Seguridad biológica y bioprotección", "Биологическая безопасность и биозащищенность", "生物安全和生物安保",
      "السلامة البيولوجية والأمن البيولوجي"),
  CHEMICAL_SECURITY("areaChemicalSecurity", "Chemical security", "Sécurité chimique", "Seguridad química", "Химическая безопасность",
      "化学安保", "الأمن الكيميائي"),
  NUCLEAR_SECURITY("areaNuclearSecurity", "Nuclear security", "Sécurité nucléaire", "Seguridad nuclear", "Ядерная безопасность", "核安保",
      "الأمن النووي"),
  TRAINING_AWARENESS("areaTrainingAwareness", "Training and awareness-raising", "Formation et sensibilisation", "Capacitación y sensibilización",
      "Подготовка кадров и повышение осведомленности", "培训和提高认识", "التدريب والتوعية");

  private final String formField;
  private final Map<UnLanguage, String> labels = new EnumMap<>(UnLanguage.class);

  AssistanceArea(String formField, String en, String fr, String es, String ru, String zh, String ar) {
    this.formField = formField;
    labels.put(UnLanguage.EN, en);
    labels.put(UnLanguage.FR, fr);
    labels.put(UnLanguage.ES, es);
    labels.put(UnLanguage.RU, ru);
    labels.put(UnLanguage.ZH, zh);
    labels.put(UnLanguage.AR, ar);
  }

  public String label() {
    return labels.get(UnLanguage.EN);
  }

  public String label(UnLanguage language) {
    return labels.get(language);
  }

  /** The form field that ticks this area on the Tasklist forms, e.g. {@code areaLegislation}. */
  public String formField() {
    return formField;
  }

  /**
   * Areas as they arrive: a list (JSON), a JSON list in a text, or codes separated by commas.
   * Each is checked against the vocabulary; duplicates dropped, order kept; at least one.
   */
  public static List<AssistanceArea> parse(String name, Object value) {
    List<String> raw = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      items.forEach(item -> raw.add(item == null ? "" : item.toString()));
    } else if (value instanceof CharSequence text && text.toString().strip().startsWith("[")) {
      raw.addAll(Inputs.fromJson(text.toString()));
    } else if (!Inputs.isBlank(value)) {
      raw.addAll(List.of(value.toString().split("[,;\\s]+")));
    }
    Set<AssistanceArea> areas = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String item : raw) {
      String code = item.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      if (code.isEmpty()) {
        continue;
      }
      try {
        areas.add(valueOf(code));
      } catch (IllegalArgumentException e) {
        unknown.add("'" + item.strip() + "'");
      }
    }
    if (!unknown.isEmpty()) {
      throw Refused.badRequest(name + ": " + String.join(", ", unknown) + (unknown.size() == 1 ? " is not an area" : " are not areas")
          + " of the Committee's assistance template; the areas are " + codes());
    }
    if (areas.isEmpty()) {
      throw Refused.badRequest(name + " is required: at least one area of the Committee's assistance template ("
          + codes() + ")");
    }
    return List.copyOf(areas);
  }

  static String codes() {
    return String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList());
  }

  static List<String> names(Collection<AssistanceArea> areas) {
    return areas.stream().map(Enum::name).toList();
  }

  static List<AssistanceArea> fromJson(String json) {
    return Inputs.fromJson(json).stream().map(AssistanceArea::valueOf).toList();
  }

  static List<String> labels(Collection<AssistanceArea> areas, UnLanguage language) {
    return areas.stream().map(area -> area.label(language)).toList();
  }
}
