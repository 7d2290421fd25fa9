import type { Deps } from "../../deps";
import {
  answerConsent,
  confirmEventCancel,
  openClosingSettings,
  openEventChange,
  openSuccessModal,
  saveClosingSettings,
  saveEventEdit,
  saveSuccess,
} from "../../services/close";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readCancelNote, readClosingSettings, readSuccessText } from "../../slack/views/close";
import { readEventForm } from "../../slack/views/rhythmEvents";
import type { Registrar } from "../registrar";

/**
 * Closing: the tandems' first successes (either member, in their channel), the managers' closing
 * settings, and changing or cancelling events (`/mentoring event edit`). `/mentoring program new`
 * is in listeners/setup/program.ts, beside `/mentoring program`.
 */
export function registerClose(r: Registrar, deps: Deps): void {
  registerSuccesses(r, deps);
  registerClosingSettings(r, deps);
  registerEventChanges(r, deps);
}

/** The first successes in a tandem's channel: write, agree, withdraw. */
function registerSuccesses(r: Registrar, deps: Deps): void {
  const tandemOf = (raw: string | undefined) => values.close.tandem.parse(raw)?.t;
  r.click(
    ids.close.successEdit,
    (click) =>
      openSuccessModal({ ...deps, client: click.client }, click, { tandemId: tandemOf(click.value) }),
    { modalFirst: true },
  );
  for (const [id, agree] of [
    [ids.close.successAgree, true],
    [ids.close.successWithdraw, false],
  ] as const) {
    r.click(id, (click) =>
      answerConsent({ ...deps, client: click.client }, click, { tandemId: tandemOf(click.value), agree }),
    );
  }
  r.submission(ids.close.successModal, (submission) =>
    saveSuccess({ ...deps, client: submission.client }, submission, {
      tandemId: tandemOf(submission.view.private_metadata),
      text: readSuccessText(submission.view.state.values),
    }),
  );
}

/** `/mentoring closing`: the showcase channel and archiving. */
function registerClosingSettings(r: Registrar, deps: Deps): void {
  r.subcommand("closing", {
    managerOnly: true,
    run: (ctx) => openClosingSettings({ ...deps, client: ctx.client }, ctx),
  });
  r.submission(
    ids.close.settingsModal,
    (submission) =>
      saveClosingSettings({ ...deps, client: submission.client }, submission, {
        programId: values.close.program.parse(submission.view.private_metadata)?.p,
        ...readClosingSettings(submission.view.state.values),
      }),
    { managerOnly: true },
  );
}

/** `/mentoring event edit`'s menu, the edit form and the cancel confirmation. */
function registerEventChanges(r: Registrar, deps: Deps): void {
  r.click(
    ids.close.eventMenu,
    (click) => {
      const choice = values.close.eventMenu.parse(click.value);
      return openEventChange({ ...deps, client: click.client }, click, {
        eventId: choice?.e,
        action: choice?.a,
      });
    },
    { managerOnly: true, modalFirst: true },
  );
  r.submission(
    ids.close.eventEditModal,
    (submission) =>
      saveEventEdit({ ...deps, client: submission.client }, submission, {
        eventId: values.close.event.parse(submission.view.private_metadata)?.e,
        form: readEventForm(submission.view.state.values),
      }),
    { managerOnly: true },
  );
  r.submission(
    ids.close.eventCancelModal,
    (submission) =>
      confirmEventCancel({ ...deps, client: submission.client }, submission, {
        eventId: values.close.event.parse(submission.view.private_metadata)?.e,
        note: readCancelNote(submission.view.state.values),
      }),
    { managerOnly: true },
  );
}
