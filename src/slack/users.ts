import type { WebClient } from "@slack/web-api";
import { currentProgram } from "../db/queries/programs";
import { cachedUser, type SlackUser, saveUser } from "../db/queries/users";
import type { Deps } from "../deps";
import { type Lang, langFromLocale, type Translator, translator } from "../i18n";

export { cachedUser, type SlackUser };

const MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** Profile facts we need (locale, time zone, names), from users.info, cached for 12 hours. */
export async function getUser(deps: Deps, client: WebClient, userId: string): Promise<SlackUser | undefined> {
  const cached = cachedUser(deps.db, userId);
  const now = deps.clock();
  if (cached && now.getTime() - Date.parse(cached.fetchedAt) < MAX_AGE_MS) return cached;
  try {
    const res = await client.users.info({ user: userId, include_locale: true });
    const u = res.user;
    if (!u) return cached;
    const row: SlackUser = {
      userId,
      locale: u.locale ?? null,
      tz: u.tz ?? null,
      realName: u.profile?.real_name ?? u.real_name ?? null,
      firstName: u.profile?.first_name ?? null,
      deleted: u.deleted ?? false,
      fetchedAt: now.toISOString(),
    };
    saveUser(deps.db, row);
    return row;
  } catch (error) {
    deps.logger.warn(`users.info failed for ${userId}: ${String(error)}`);
    return cached;
  }
}

export function fallbackLang(deps: Deps): Lang {
  return currentProgram(deps.db)?.language ?? deps.config.defaultLanguage;
}

/** The user's Slack locale chooses the language, falling back to the program's, then the default. */
export async function langFor(deps: Deps, client: WebClient, userId: string): Promise<Lang> {
  const user = await getUser(deps, client, userId);
  return langFromLocale(user?.locale, fallbackLang(deps));
}

export async function translatorFor(deps: Deps, client: WebClient, userId: string): Promise<Translator> {
  return translator(await langFor(deps, client, userId));
}
