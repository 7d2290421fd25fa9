import type { Deps } from "../../deps";
import { showAudit } from "../../services/audit";
import {
  acceptConsent,
  offerForget,
  openForget,
  sendMyData,
  submitForget,
  toggleShare,
} from "../../services/privacy";
import { ids } from "../../slack/ids";
import { values } from "../../slack/values";
import type { Click } from "../interaction";
import type { Registrar } from "../registrar";
import { registerLifecycle } from "./lifecycle";

/** Own data, erasure, the audit trail, consent, and Slack's lifecycle events (issue 11). */
export function registerTrust(r: Registrar, deps: Deps): void {
  r.subcommand("my-data", {
    managerOnly: false,
    run: (ctx) => sendMyData({ ...deps, client: ctx.client }, ctx),
  });
  r.subcommand("forget-me", {
    managerOnly: false,
    modalFirst: true,
    run: (ctx) => offerForget({ ...deps, client: ctx.client }, ctx),
  });
  r.click(ids.trust.forgetOpen, (click) => openForget({ ...deps, client: click.client }, click), {
    modalFirst: true,
  });
  r.submission(ids.trust.forgetModal, (submission) =>
    submitForget({ ...deps, client: submission.client }, submission),
  );
  registerAudit(r, deps);
  r.click(ids.trust.consentAccept, (click) =>
    acceptConsent({ ...deps, client: click.client }, click, {
      version: values.trust.consentAccept.parse(click.value)?.v,
    }),
  );
  r.click(ids.trust.shareToggle, (click) => {
    const choice = values.trust.shareToggle.parse(click.value);
    return toggleShare({ ...deps, client: click.client }, click, {
      share: choice === undefined ? undefined : choice === "on",
    });
  });
  registerLifecycle(r, deps);
}

/** `/mentoring audit [page]` and its pager, for program managers. */
function registerAudit(r: Registrar, deps: Deps): void {
  r.subcommand("audit", {
    managerOnly: true,
    run: (ctx) => {
      const page = Number(ctx.args[0] ?? "1");
      const offset = Number.isInteger(page) && page > 1 ? (page - 1) * 20 : 0;
      return showAudit({ ...deps, client: ctx.client }, ctx, { offset });
    },
  });
  const auditPage = (click: Click) =>
    showAudit({ ...deps, client: click.client }, click, {
      offset: values.trust.auditPage.parse(click.value)?.o ?? 0,
    });
  r.click(ids.trust.auditPage, auditPage, { managerOnly: true });
  r.click(`${ids.trust.auditPage}.first`, auditPage, { managerOnly: true });
}
