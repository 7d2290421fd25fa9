import type { TandemInfo } from "../db/queries/checkins";
import { cachedUsers } from "../db/queries/launch";
import { listProgramManagers } from "../db/queries/managers";
import type { Deps } from "../deps";
import { localDate, pickTimeZone } from "../domain/rhythm/time";
import { type Address, type Lang, langFromLocale, type Translator, translator } from "../i18n";
import type { ManagerRecipient } from "../slack/views/rhythmAlerts";

/** Helpers shared by the check-in, alert, pause and rematch listeners. */

/** The tandem channel's language: the members' common one, else the program's (as the launch does). */
export function tandemTranslator(info: TandemInfo): Translator {
  const program = info.program.language;
  const a = langFromLocale(info.mentor.locale, program);
  const b = langFromLocale(info.mentee.locale, program);
  return translator(a === b ? a : program, info.program.address);
}

/** Today in the program's time zone. */
export function programToday(info: Pick<TandemInfo, "program">, now: Date): string {
  return localDate(now, pickTimeZone(info.program.timezone));
}

/** Every program manager with their language (cached Slack locale, else the program's). */
export function managerRecipients(deps: Deps, programLang: Lang, address: Address): ManagerRecipient[] {
  const managers = listProgramManagers(deps.db, deps.config);
  const users = cachedUsers(deps.db, managers);
  return managers.map((userId) => ({
    userId,
    lang: langFromLocale(users.get(userId)?.locale, programLang),
    address,
  }));
}
