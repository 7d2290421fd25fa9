import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isProgramManager } from "../../db/queries/managers";
import { currentProgram, setSignupOpen } from "../../db/queries/programs";
import type { Deps } from "../../deps";
import { todayIn } from "../../domain/program";
import type { Translator } from "../../i18n";
import { publishHome } from "../../slack/home";
import { formatDate } from "../../slack/views/setup";
import type { SubcommandContext } from "../commands/router";
import { replyPrivately, whoClicked } from "../reply";

/** Opens or closes sign-up of the current program and says what happened, for the acting manager. */
async function changeSignup(
  deps: Deps,
  client: WebClient,
  userId: string,
  t: Translator,
  open: boolean,
): Promise<string> {
  const before = currentProgram(deps.db);
  if (!before) return t("setup.no_program");
  if (before.signupOpen === open) {
    return t(open ? "setup.signup.already_open" : "setup.signup.already_closed", { name: before.name });
  }
  const program = setSignupOpen(deps.db, before.id, open, deps.clock()) ?? before;
  await publishHome(deps, client, userId);
  const lines = [t(open ? "setup.signup.opened" : "setup.signup.closed", { name: program.name })];
  if (open && todayIn(program.timezone, deps.clock()) > program.signupDeadline) {
    lines.push(t("setup.signup.deadline_passed", { date: formatDate(t.lang, program.signupDeadline) }));
  }
  return lines.join("\n");
}

/** `/mentoring signup open|close` (manager-only through the router). */
export async function signupCommand(ctx: SubcommandContext): Promise<void> {
  const verb = (ctx.args[0] ?? "").toLowerCase();
  const open = verb === "open" ? true : verb === "close" ? false : undefined;
  const text =
    open === undefined
      ? ctx.t("setup.signup.usage")
      : await changeSignup(ctx.deps, ctx.client, ctx.userId, ctx.t, open);
  await ctx.respond({ response_type: "ephemeral", text });
}

/** The App Home's open/close sign-up buttons. */
export function signupAction(deps: Deps, open: boolean) {
  return async ({
    ack,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const { userId, t, to } = await whoClicked(deps, { body, client, respond });
    if (!isProgramManager(deps.db, deps.config, userId)) {
      await replyPrivately(deps, client, to, t("common.error.not_manager"));
      return;
    }
    await replyPrivately(deps, client, to, await changeSignup(deps, client, userId, t, open));
  };
}
