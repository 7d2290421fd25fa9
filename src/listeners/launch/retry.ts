import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { batchStatus } from "../../db/queries/batchStatus";
import { isProgramManager } from "../../db/queries/managers";
import { retryFailed } from "../../db/queries/outbox";
import type { Deps } from "../../deps";
import { publishHome } from "../../services/home";
import { context } from "../../slack/blocks";
import { parseValue } from "../../slack/ids";
import { translatorFor } from "../../slack/users";
import { buildLaunchStatusSection } from "../../slack/views/launchStatus";
import { privateAnswer } from "../reply";

/**
 * The Retry button: failed ops of the batch go back to pending. Idempotent: a second click (or a
 * re-delivered request) finds nothing failed and changes nothing; the ops themselves stay keyed.
 */
export function retryLaunch(deps: Deps) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const userId = body.user.id;
    const t = await translatorFor(deps, client, userId);
    const answer = privateAnswer(deps, { body, client, respond });
    if (!isProgramManager(deps.db, deps.config, userId)) {
      await answer({ text: t("common.error.not_manager") });
      return;
    }
    const batch = action.type === "button" ? parseValue(action.value).batch : undefined;
    if (typeof batch !== "string" || !/^[a-z]+:[\w:-]+$/.test(batch)) return;
    const count = retryFailed(deps.db, batch);
    if (count > 0) deps.wakeOutbox();
    const note = count > 0 ? t("launch.retry.done", { count }) : t("launch.retry.nothing");
    if (body.container?.type === "view") {
      await publishHome({ ...deps, client }, userId);
      return;
    }
    await answer({
      replace: true,
      text: note,
      blocks: [...buildLaunchStatusSection(t, batchStatus(deps.db, batch)), context(note)],
    });
  };
}
