import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../../db/queries/managers";
import type { Deps } from "../../deps";
import { translatorFor, translatorWithin } from "../../slack/users";
import { buildHelpBlocks } from "../../slack/views/help";
import type { AfterAck } from "../afterAck";
import { type Actor, modalOpener, privateReply } from "../interaction";

/** A subcommand's context; as an Actor it answers privately and opens modals with the command's trigger. */
export interface SubcommandContext extends Actor {
  deps: Deps;
  client: WebClient;
  userId: string;
  channelId: string;
  triggerId: string;
  /** words after the subcommand, as typed */
  args: string[];
  /** the raw text after the subcommand, for mentions and channel links */
  rest: string;
  respond: RespondFn;
}

export interface Subcommand {
  managerOnly: boolean;
  /**
   * Opens a modal on the command's trigger (3 s): waits for the profile's language only briefly
   * (translatorWithin), as a rate-limited users.info could outlast the trigger.
   */
  modalFirst?: boolean;
  run(ctx: SubcommandContext): Promise<void>;
}

/** Subcommands of /mentoring, one module each; features add theirs in listeners/commands/index.ts. */
export type SubcommandTable = Record<string, Subcommand>;

export function mentoringCommand(deps: Deps, table: SubcommandTable, afterAck: AfterAck) {
  return async ({ ack, command, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    await afterAck(() => runSubcommand(deps, table, { command, client, respond }));
  };
}

async function runSubcommand(
  deps: Deps,
  table: SubcommandTable,
  {
    command,
    client,
    respond,
  }: Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, "command" | "client" | "respond">,
): Promise<void> {
  const text = command.text.trim();
  const [first = "", ...args] = text.split(/\s+/).filter(Boolean);
  const name = first.toLowerCase();
  const userId = command.user_id;
  const sub = name === "" || name === "help" ? undefined : table[name];
  const t = sub?.modalFirst
    ? await translatorWithin(deps, client, userId)
    : await translatorFor(deps, client, userId);
  const isManager = isProgramManager(deps.db, deps.config, userId);
  const reply = privateReply(deps, client, userId, respond);
  const ctx: SubcommandContext = {
    deps,
    client,
    userId,
    channelId: command.channel_id,
    triggerId: command.trigger_id,
    args,
    rest: text.slice(first.length).trim(),
    respond,
    t,
    isManager,
    reply,
    openModal: modalOpener(deps, client, command.trigger_id, reply, t),
  };
  if (!sub) {
    const unknown = name === "" || name === "help" ? undefined : first;
    await respond({
      response_type: "ephemeral",
      text: t("help.title"),
      blocks: buildHelpBlocks(t, { isManager, ...(unknown !== undefined ? { unknown } : {}) }),
    });
    return;
  }
  if (sub.managerOnly && !isManager) {
    await respond({ response_type: "ephemeral", text: t("common.error.not_manager") });
    return;
  }
  await sub.run(ctx);
}
