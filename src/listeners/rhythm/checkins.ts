import type { Deps } from "../../deps";
import { answerCheckin, chooseHelp, submitCheckin } from "../../services/checkins";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

export function registerCheckins(r: Registrar, deps: Deps): void {
  r.click(
    ids.rhythm.checkinAnswer,
    async (click) => {
      const input = values.rhythm.checkinAnswer.parse(click.value);
      if (!input) {
        deps.logger.warn(`Ignored a check-in click with value ${String(click.value)}`);
        await click.reply(click.t("rhythm.checkin.error.gone"));
        return;
      }
      const where = { channel: click.body.channel?.id, ts: click.body.message?.ts };
      await answerCheckin({ ...deps, client: click.client }, click, {
        checkinId: input.c,
        answer: input.a,
        where,
      });
    },
    { family: true },
  );
  r.click(
    ids.rhythm.helpChoice,
    async (click) => {
      const input = values.rhythm.helpChoice.parse(click.value);
      if (!input) return click.reply(click.t("rhythm.checkin.error.gone"));
      await chooseHelp({ ...deps, client: click.client }, click, { checkinId: input.c, choice: input.h });
    },
    { family: true },
  );
  r.submission(ids.rhythm.checkinModal, (submission) =>
    submitCheckin({ ...deps, client: submission.client }, submission, {
      checkinId: values.rhythm.checkinModal.parse(submission.view.private_metadata)?.c,
      values: submission.view.state.values,
    }),
  );
}
