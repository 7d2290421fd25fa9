import { ErrorCode, WebClient } from "@slack/web-api";
import { currentProgram } from "../db/queries/programs";
import { cachedUser, type SlackUser, saveUser } from "../db/queries/users";
import type { Deps } from "../deps";
import { type Address, type Lang, langFromLocale, type Translator, translator } from "../i18n";

export { cachedUser, type SlackUser };

const MAX_AGE_MS = 12 * 60 * 60 * 1000;

interface Lookup {
  client: WebClient;
  /** epoch ms until which Slack asked us (429 Retry-After) to leave users.info alone */
  quietUntil: number;
}

const lookups = new WeakMap<WebClient, Lookup>();

/**
 * users.info goes through a client of its own that gives up on a 429 instead of waiting: the Web
 * API client pauses its whole queue on a 429, so a rush of profile lookups (Tier 4) would hold up
 * views.open and every other call of the app past the 3 seconds a trigger lives.
 */
function lookupFor(deps: Deps, client: WebClient): Lookup {
  let lookup = lookups.get(client);
  if (!lookup) {
    lookup = {
      client: new WebClient(client.token, {
        slackApiUrl: client.slackApiUrl,
        logger: deps.logger,
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 500 },
      }),
      quietUntil: 0,
    };
    lookups.set(client, lookup);
  }
  return lookup;
}

/**
 * Profile facts we need (locale, time zone, names), from users.info, cached for 12 hours. When Slack
 * rate-limits the lookup, the cached row (or nothing) answers until its Retry-After has passed.
 */
export async function getUser(deps: Deps, client: WebClient, userId: string): Promise<SlackUser | undefined> {
  const cached = cachedUser(deps.db, userId);
  const now = deps.clock();
  if (cached && now.getTime() - Date.parse(cached.fetchedAt) < MAX_AGE_MS) return cached;
  const lookup = lookupFor(deps, client);
  if (Date.now() < lookup.quietUntil) return cached;
  try {
    const res = await lookup.client.users.info({ user: userId, include_locale: true });
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
    if (error instanceof Error && "code" in error && error.code === ErrorCode.RateLimitedError) {
      const retryAfter = "retryAfter" in error && typeof error.retryAfter === "number" ? error.retryAfter : 1;
      lookup.quietUntil = Date.now() + retryAfter * 1000;
    }
    deps.logger.warn(`users.info failed for ${userId}: ${String(error)}`);
    return cached;
  }
}

export function fallbackLang(deps: Deps): Lang {
  return currentProgram(deps.db)?.language ?? deps.config.defaultLanguage;
}

/** German readers are addressed as the current program says; without a program, "du". */
export function currentAddress(deps: Deps): Address {
  return currentProgram(deps.db)?.address ?? "du";
}

/**
 * The language to use right now, without asking Slack: the stored profile's locale (however old),
 * else the program's language. For answers that must not wait, e.g. a modal on a 3-second trigger.
 */
export function knownLang(deps: Deps, userId: string): Lang {
  return langFromLocale(cachedUser(deps.db, userId)?.locale, fallbackLang(deps));
}

/** The user's Slack locale chooses the language, falling back to the program's, then the default. */
export async function langFor(deps: Deps, client: WebClient, userId: string): Promise<Lang> {
  const user = await getUser(deps, client, userId);
  return langFromLocale(user?.locale, fallbackLang(deps));
}

/** How long a modal on a 3-second trigger may wait for the person's profile before it opens anyway. */
const LOOKUP_BUDGET_MS = 400;

/**
 * The person's language for a modal that must open soon: from users.info if it answers within the
 * budget, else (slow, or rate-limited) the one known already; the lookup still fills the cache.
 */
export async function translatorWithin(
  deps: Deps,
  client: WebClient,
  userId: string,
  budgetMs = LOOKUP_BUDGET_MS,
): Promise<Translator> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Lang>((resolve) => {
    timer = setTimeout(() => resolve(knownLang(deps, userId)), budgetMs);
  });
  const lang = await Promise.race([langFor(deps, client, userId), late]);
  clearTimeout(timer);
  return translator(lang, currentAddress(deps));
}

export async function translatorFor(deps: Deps, client: WebClient, userId: string): Promise<Translator> {
  return translator(await langFor(deps, client, userId), currentAddress(deps));
}
