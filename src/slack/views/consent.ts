import { AUDIENCES, VISIBILITY } from "../../domain/consent";
import type { Translator } from "../../i18n";

/**
 * The consent text of the sign-up and of the consent request: one line per role, listing what that
 * role sees of the person, straight from the registry (`VISIBILITY` in domain/consent.ts).
 */
export function consentText(t: Translator): string {
  const list = new Intl.ListFormat(t.lang, { type: "conjunction" });
  const lines = [t("consent.title")];
  for (const audience of AUDIENCES) {
    const fields = list.format(VISIBILITY[audience].map((field) => t.plain(`consent.field.${field}`)));
    lines.push(t(`consent.audience.${audience}`, { fields }));
  }
  lines.push(t("consent.nobody"), t("consent.purpose"));
  return lines.join("\n");
}
