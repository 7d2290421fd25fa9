import { addProgramManager, isProgramManager, listProgramManagers } from "../db/queries/managers";
import type { WorkerDeps } from "../deps";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { mentionUser } from "../slack/text";
import type { Actor } from "./actor";
import { auditIn } from "./audit";

const MANAGERS_BATCH = "setup:managers";

/** `/mentoring manager list`: everyone who manages the program, and who is named in the configuration. */
export async function listManagers(deps: WorkerDeps, actor: Actor): Promise<void> {
  const { t } = actor;
  const list = listProgramManagers(deps.db, deps.config)
    .map((id) => {
      const fromConfig = deps.config.programManagers.includes(id) ? ` ${t("setup.manager.from_config")}` : "";
      return `• ${mentionUser(id)}${fromConfig}`;
    })
    .join("\n");
  await actor.reply(`${t("setup.manager.list")}\n${list}`);
}

/**
 * `/mentoring manager add @person …`: the new managers, and their App Home (which shows them the
 * dashboard from now on) published once by the outbox, saved together.
 */
export async function addManagers(
  deps: WorkerDeps,
  actor: Actor,
  input: { userIds: string[] },
): Promise<void> {
  const { t } = actor;
  const already = input.userIds.filter((id) => isProgramManager(deps.db, deps.config, id));
  const added = input.userIds.filter((id) => !already.includes(id));
  const homes = added.map(
    (id): OpSpec => ({ key: `manager:${id}:home`, kind: "home.publish", args: { user: id } }),
  );
  deps.db.transaction((tx) => {
    for (const id of added) {
      addProgramManager(tx, id, actor.userId);
      auditIn(deps, tx, { actor: actor.userId, action: "manager.added", subjectUserId: id });
    }
    enqueue(tx, MANAGERS_BATCH, homes);
  });
  if (homes.length > 0) deps.wakeOutbox();

  // Parameters are mentions built from validated user ids, so they are not escaped.
  const mentions = (list: string[]) => list.map(mentionUser).join(", ");
  const lines: string[] = [];
  if (added.length > 0) lines.push(t.plain("setup.manager.added", { users: mentions(added) }));
  if (already.length > 0) lines.push(t.plain("setup.manager.already", { users: mentions(already) }));
  await actor.reply(lines.join("\n"));
}
