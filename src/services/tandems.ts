import type { TandemInfo } from "../db/queries/checkins";
import { cachedUsers } from "../db/queries/launch";
import { listProgramManagers } from "../db/queries/managers";
import type { Program } from "../db/queries/programs";
import type { Deps } from "../deps";
import { localDate, pickTimeZone } from "../domain/rhythm/time";
import { type Address, type Lang, langFromLocale, type Translator, translator } from "../i18n";
import type { OpSpec } from "../outbox/types";
import { mentionUser } from "../slack/text";
import type { ManagerRecipient } from "../slack/views/rhythmAlerts";
import type { BuiltMessage } from "../slack/views/rhythmScheduled";

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

/** One DM per program manager, in their language, keyed per manager. */
export function managerDmOps(
  deps: Deps,
  program: Pick<Program, "language" | "address">,
  key: string,
  build: (t: Translator) => BuiltMessage,
  except?: string,
): OpSpec[] {
  return managerRecipients(deps, program.language, program.address)
    .filter((m) => m.userId !== except)
    .map((m) => ({
      key: `${key}:${m.userId}`,
      kind: "dm.post" as const,
      args: { user: m.userId, ...build(translator(m.lang, m.address)) },
      about: mentionUser(m.userId),
    }));
}
