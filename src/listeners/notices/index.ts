import type { Deps } from "../../deps";
import { closeSignupAndMatch } from "../../services/notices";
import { openChangesModal, saveChanges } from "../../services/outcome";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Registrar } from "../registrar";

/** The buttons in the managers' notices and the "what changes" modal; all for program managers only. */
export function registerNotices(r: Registrar, deps: Deps): void {
  const programOf = (raw: string | undefined) => values.notices.program.parse(raw)?.p;
  r.click(
    ids.notices.closeAndMatch,
    (click) =>
      closeSignupAndMatch({ ...deps, client: click.client }, click, { programId: programOf(click.value) }),
    { managerOnly: true, modalFirst: true },
  );
  r.click(
    ids.notices.changesOpen,
    (click) =>
      openChangesModal({ ...deps, client: click.client }, click, { programId: programOf(click.value) }),
    { managerOnly: true, modalFirst: true },
  );
  r.submission(
    ids.notices.changesModal,
    (submission) =>
      saveChanges({ ...deps, client: submission.client }, submission, {
        programId: programOf(submission.view.private_metadata),
        values: submission.view.state.values,
      }),
    { managerOnly: true },
  );
}
