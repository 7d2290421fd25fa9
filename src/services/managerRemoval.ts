import { listProgramManagers, removeProgramManager } from "../db/queries/managers";
import type { WorkerDeps } from "../deps";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { mentionUser } from "../slack/text";
import type { Actor } from "./actor";
import { auditIn } from "./audit";

/**
 * `/mentoring manager remove @person …`: managers added in the app are removed, one by one, as long
 * as one manager remains; those named in PROGRAM_MANAGERS can only be removed there. Their App Home
 * (which stops showing the dashboard) is published once by the outbox.
 */
export async function removeManagers(
  deps: WorkerDeps,
  actor: Actor,
  input: { userIds: string[] },
): Promise<void> {
  const { t } = actor;
  const fromConfig = input.userIds.filter((id) => deps.config.programManagers.includes(id));
  const removed: string[] = [];
  const notManager: string[] = [];
  const last: string[] = [];
  deps.db.transaction((tx) => {
    for (const id of input.userIds.filter((u) => !fromConfig.includes(u))) {
      const managers = listProgramManagers(tx, deps.config);
      if (!managers.includes(id)) notManager.push(id);
      else if (managers.length <= 1) last.push(id);
      else {
        removeProgramManager(tx, id);
        removed.push(id);
        auditIn(deps, tx, { actor: actor.userId, action: "manager.removed", subjectUserId: id });
      }
    }
    const homes = removed.map(
      (id): OpSpec => ({
        key: `manager:${id}:removed:${deps.clock().getTime()}:home`,
        kind: "home.publish",
        args: { user: id },
      }),
    );
    enqueue(tx, "setup:managers", homes);
  });
  if (removed.length > 0) deps.wakeOutbox();
  // Parameters are mentions built from validated user ids, so they are not escaped.
  const mentions = (list: string[]) => list.map(mentionUser).join(", ");
  const lines: string[] = [];
  if (removed.length > 0) lines.push(t.plain("trust.manager.removed", { users: mentions(removed) }));
  if (notManager.length > 0)
    lines.push(t.plain("trust.manager.not_manager", { users: mentions(notManager) }));
  if (fromConfig.length > 0)
    lines.push(t.plain("trust.manager.from_config", { users: mentions(fromConfig) }));
  if (last.length > 0) lines.push(t.plain("trust.manager.last", { users: mentions(last) }));
  await actor.reply(lines.join("\n"));
}
