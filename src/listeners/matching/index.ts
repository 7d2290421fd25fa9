import type { Deps } from "../../deps";
import { type ReviewStep, reviewProposal, startMatching } from "../../services/matching";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Click } from "../interaction";
import type { Registrar } from "../registrar";

/** A click in the review modal: which modal, and what step; nothing happens for anything else. */
function review(deps: Deps, step: (click: Click) => ReviewStep | undefined) {
  return async (click: Click) => {
    const view = click.body.view;
    const meta = values.matching.reviewModal.parse(view?.private_metadata);
    const chosen = step(click);
    if (!view || !meta || !chosen) return;
    const modal = { viewId: view.id, proposalId: meta.p, page: meta.page };
    await reviewProposal({ ...deps, client: click.client }, click, modal, chosen);
  };
}

function menuStep(click: Click): ReviewStep | undefined {
  const choice = values.matching.pairMenu.parse(click.value);
  return choice ? { kind: "menu", choice } : undefined;
}

function pageStep(click: Click): ReviewStep | undefined {
  const page = Number(click.value);
  return Number.isInteger(page) && page >= 0 ? { kind: "page", page } : undefined;
}

export function registerMatching(r: Registrar, deps: Deps): void {
  const managerOnly = { managerOnly: true };
  r.subcommand("match", {
    managerOnly: true,
    run: (ctx) => startMatching({ ...deps, client: ctx.client }, ctx),
  });
  r.click(ids.matching.pairMenu, review(deps, menuStep), managerOnly);
  r.click(
    ids.matching.recompute,
    review(deps, () => ({ kind: "recompute" })),
    managerOnly,
  );
  r.click(
    ids.matching.approve,
    review(deps, () => ({ kind: "approve" })),
    managerOnly,
  );
  r.click(
    ids.matching.discard,
    review(deps, () => ({ kind: "discard" })),
    managerOnly,
  );
  r.click(`${ids.matching.page}.prev`, review(deps, pageStep), managerOnly);
  r.click(`${ids.matching.page}.next`, review(deps, pageStep), managerOnly);
}
