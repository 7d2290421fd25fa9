import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../../db/queries/managers";
import type { Deps } from "../../deps";
import { auditEntryPoint } from "../../services/audit";
import { showHelp } from "../../services/help";
import type { AfterAck } from "../afterAck";
import { type Actor, apologizingFor, languageOf, modalOpener, privateReply } from "../interaction";

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

/**
 * Subcommands of /mentoring, one module each; features add theirs with Registrar.subcommand in
 * src/listeners/<feature>/index.ts.
 */
export type SubcommandTable = Record<string, Subcommand>;

export function mentoringCommand(deps: Deps, table: SubcommandTable, afterAck: AfterAck) {
  return async ({ ack, command, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    afterAck(command.user_id, () =>
      apologizingFor(deps, client, command.user_id, respond, () =>
        runSubcommand(deps, table, { command, client, respond }),
      ),
    );
  };
}

type CommandArgs = Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, "command" | "client" | "respond">;

/** "Leave  now" → the subcommand as typed ("Leave") and its name ("leave"), the words after it and the raw rest. */
function parseText(raw: string) {
  const text = raw.trim();
  const [typed = "", ...args] = text.split(/\s+/).filter(Boolean);
  return { typed, name: typed.toLowerCase(), args, rest: text.slice(typed.length).trim() };
}

/** The person who typed the command, read once, as the subcommand's context. */
async function contextOf(
  deps: Deps,
  { command, client, respond }: CommandArgs,
  words: { args: string[]; rest: string },
  modalFirst: boolean,
): Promise<SubcommandContext> {
  const userId = command.user_id;
  const t = await languageOf(deps, client, userId, modalFirst);
  const reply = privateReply(deps, client, userId, respond);
  return {
    deps,
    client,
    userId,
    channelId: command.channel_id,
    triggerId: command.trigger_id,
    ...words,
    respond,
    t,
    isManager: isProgramManager(deps.db, deps.config, userId),
    reply,
    openModal: modalOpener(deps, client, command.trigger_id, reply, t),
  };
}

async function runSubcommand(deps: Deps, table: SubcommandTable, args: CommandArgs): Promise<void> {
  const { typed, name, ...words } = parseText(args.command.text);
  const asksForHelp = name === "" || name === "help";
  const sub = asksForHelp ? undefined : table[name];
  const ctx = await contextOf(deps, args, words, sub?.modalFirst ?? false);
  if (!sub)
    return showHelp({ ...deps, client: args.client }, ctx, { unknown: asksForHelp ? undefined : typed });
  if (sub.managerOnly) {
    const action = `command:${name}`;
    const details = words.rest === "" ? {} : { text: words.rest.slice(0, 300) };
    auditEntryPoint(deps, {
      actor: ctx.userId,
      action: ctx.isManager ? action : `refused:${action}`,
      details,
    });
  }
  if (sub.managerOnly && !ctx.isManager) return ctx.reply(ctx.t("common.error.not_manager"));
  await sub.run(ctx);
}
