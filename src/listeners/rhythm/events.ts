import type { Deps } from "../../deps";
import { showEventPicker } from "../../services/close";
import {
  answerRsvp,
  confirmCafeTables,
  listProgramEvents,
  openEventModal,
  proposeCafeTables,
  submitEvent,
} from "../../services/events";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import { readEventForm } from "../../slack/views/rhythmEvents";
import type { Click } from "../interaction";
import type { Registrar } from "../registrar";

/** The World Café a button names, and the saved-event modal it sits in (none in the list message). */
function cafeInput(click: Click) {
  return { eventId: values.rhythm.event.parse(click.value)?.e, viewId: click.body.view?.id };
}

export function registerEvents(r: Registrar, deps: Deps): void {
  r.subcommand("event", {
    managerOnly: true,
    run: (ctx) => {
      const word = ctx.args[0]?.toLowerCase();
      if (word === "edit" || word === "cancel") return showEventPicker({ ...deps, client: ctx.client }, ctx);
      return word === "list"
        ? listProgramEvents({ ...deps, client: ctx.client }, ctx)
        : openEventModal({ ...deps, client: ctx.client }, ctx);
    },
  });
  r.submission(
    ids.rhythm.eventModal,
    (submission) =>
      submitEvent({ ...deps, client: submission.client }, submission, {
        programId: values.rhythm.eventModal.parse(submission.view.private_metadata)?.p,
        form: readEventForm(submission.view.state.values),
        viewId: submission.view.id,
      }),
    { managerOnly: true },
  );
  r.click(
    ids.rhythm.rsvp,
    (click) => {
      const input = values.rhythm.rsvp.parse(click.value);
      return answerRsvp({ ...deps, client: click.client }, click, { eventId: input?.e, answer: input?.r });
    },
    { family: true },
  );
  r.click(
    ids.rhythm.cafePropose,
    (click) => proposeCafeTables({ ...deps, client: click.client }, click, cafeInput(click)),
    { managerOnly: true },
  );
  r.click(
    ids.rhythm.cafeConfirm,
    (click) => confirmCafeTables({ ...deps, client: click.client }, click, cafeInput(click)),
    { managerOnly: true },
  );
}
