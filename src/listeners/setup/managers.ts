import { addProgramManager, isProgramManager, listProgramManagers } from "../../db/queries/managers";
import { publishHome } from "../../slack/home";
import { mentionUser } from "../../slack/text";
import type { SubcommandContext } from "../commands/router";
import { parseUserArgs } from "./args";

/** `/mentoring manager add @person …` and `/mentoring manager list` (manager-only through the router). */
export async function managerCommand(ctx: SubcommandContext): Promise<void> {
  const { deps, t } = ctx;
  const reply = (text: string) => ctx.respond({ response_type: "ephemeral", text });
  const verb = (ctx.args[0] ?? "list").toLowerCase();

  if (verb === "list") {
    const list = listProgramManagers(deps.db, deps.config)
      .map((id) => {
        const fromConfig = deps.config.programManagers.includes(id)
          ? ` ${t("setup.manager.from_config")}`
          : "";
        return `• ${mentionUser(id)}${fromConfig}`;
      })
      .join("\n");
    await reply(`${t("setup.manager.list")}\n${list}`);
    return;
  }
  if (verb !== "add") {
    await reply(t("setup.manager.usage"));
    return;
  }
  const userIds = parseUserArgs(ctx.rest.replace(/^\S+/, ""));
  if (userIds.length === 0) {
    await reply(t("setup.manager.usage"));
    return;
  }
  const already = userIds.filter((id) => isProgramManager(deps.db, deps.config, id));
  const added = userIds.filter((id) => !already.includes(id));
  for (const id of added) addProgramManager(deps.db, id, ctx.userId);

  // Parameters are mentions built from validated user ids, so they are not escaped.
  const mentions = (list: string[]) => list.map(mentionUser).join(", ");
  const lines: string[] = [];
  if (added.length > 0) lines.push(t.plain("setup.manager.added", { users: mentions(added) }));
  if (already.length > 0) lines.push(t.plain("setup.manager.already", { users: mentions(already) }));
  await reply(lines.join("\n"));
  for (const id of added) await publishHome(deps, ctx.client, id);
}
