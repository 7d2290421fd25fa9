import { ErrorCode, WebClient } from "@slack/web-api";
import type { Config } from "../config";
import { platformErrorCode } from "./errors";

export interface BotIdentity {
  botId: string;
  botUserId: string;
}

export type IdentityResult = { ok: true; identity: BotIdentity } | { ok: false; problem: string };

const REJECTED = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

/**
 * Asks Slack who the bot is (auth.test) before the app starts, so that a wrong token or no route to
 * Slack ends the start with one clear sentence instead of a stack trace later.
 */
export async function checkBotIdentity(config: Config): Promise<IdentityResult> {
  const client = new WebClient(config.slackBotToken, {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    timeout: 10_000,
  });
  try {
    const res = await client.auth.test();
    if (!res.user_id || !res.bot_id) {
      return {
        ok: false,
        problem: "SLACK_BOT_TOKEN is not a bot token (auth.test named no bot): use the xoxb- token",
      };
    }
    return { ok: true, identity: { botId: res.bot_id, botUserId: res.user_id } };
  } catch (error) {
    const code = platformErrorCode(error);
    if (code && REJECTED.has(code)) {
      return {
        ok: false,
        problem: `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token again from api.slack.com/apps → your app → OAuth & Permissions`,
      };
    }
    if (code) return { ok: false, problem: `Slack answered auth.test with "${code}"` };
    const where = config.slackApiUrl ?? "https://slack.com/api/";
    const reason =
      error instanceof Error && "code" in error && error.code === ErrorCode.RequestError
        ? ""
        : ` (${String(error)})`;
    return {
      ok: false,
      problem: `Cannot reach Slack at ${where}${reason}: check the network connection${config.slackApiUrl ? " and SLACK_API_URL" : ""}`,
    };
  }
}
